"""On a 360 px phone, the check-in's charts are readable, a second check-in a day later starts
empty and keeps the first in its trend, and a finished check-in shows its reflection on return."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .helpers import CHECKIN, RESULT_TIMEOUT_MS, submit_and_wait, worksheet
from .test_partner_mode import answer_all

PHONE = {"width": 360, "height": 740}

# Every text of every chart in `scope`: its size as rendered (CSS px) and whether it lies inside
# the chart's own box (nothing cut off at the edges).
CHART_TEXT = """(root) => [...root.querySelectorAll("svg.chart")].flatMap((svg) => {
  const view = svg.viewBox.baseVal;
  return [...svg.querySelectorAll("text")].map((t) => {
    const box = t.getBBox();
    return { text: t.textContent, kind: svg.getAttribute("class"),
      px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
      inside: box.x >= view.x - 0.5 && box.x + box.width <= view.x + view.width + 0.5 };
  });
})"""


def chart_texts(page: Page) -> list[dict]:
    return page.locator('form[data-worksheet="checkin"] [data-worksheet-result]').evaluate(CHART_TEXT)


def assert_readable(texts: list[dict], kind: str) -> None:
    mine = [t for t in texts if kind in t["kind"]]
    assert mine, f"no {kind} chart was drawn"
    small = [f"{t['text']!r} {t['px']:.1f} px" for t in mine if t["px"] < 12]
    assert not small, f"{kind} chart text under 12 px at 360 px: {small}"
    cut = [t["text"] for t in mine if not t["inside"]]
    assert not cut, f"{kind} chart text cut off at the edge: {cut}"


def test_a_second_check_in_a_day_later_starts_empty_and_keeps_the_first(page: Page) -> None:
    page.set_viewport_size(PHONE)
    page.clock.set_fixed_time("2026-11-01T10:00:00")
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    answer_all(page, listening="A little like us", others="Mostly like us", picture="Some overlap")
    result = submit_and_wait(form)
    assert_readable(chart_texts(page), "chart--bars")

    page.clock.set_fixed_time("2026-11-02T09:00:00")
    page.reload()
    form = worksheet(page, "checkin")
    expect(form.locator("[data-worksheet-save]")).to_contain_text("is kept in your history")
    expect(form.locator("input[type=radio]:checked")).to_have_count(0)
    expect(form.get_by_role("button", name="Start a new check-in")).to_be_visible()

    answer_all(page, listening="Very much like us", others="Mostly like us", picture="About half overlap")
    result = submit_and_wait(form)
    expect(result).to_contain_text("You have 2 check-ins saved on this device")
    expect(result.locator("svg.chart--lines")).to_be_visible()
    expect(result).to_contain_text("Listening from 2 to 5")
    lines = chart_texts(page)
    assert_readable(lines, "chart--lines")
    # Each line's points are marked, and the legend names every theme.
    assert result.locator("svg.chart--lines .chart__marker").count() >= 6 * 2
    legend = [t["text"] for t in lines if "chart--lines" in t["kind"]]
    assert "Empathy and compassion" in legend and "Time together" in legend


def test_a_finished_check_in_shows_its_last_reflection_on_return(page: Page) -> None:
    page.clock.set_fixed_time("2026-11-01T10:00:00")
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    answer_all(page, listening="Not like us", others="Mostly like us", picture="Some overlap")
    submit_and_wait(form)

    page.clock.set_fixed_time("2026-11-01T18:00:00")  # the same day: the check-in is still today's
    page.reload()
    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(result).to_contain_text("Your last reflection")
    expect(result.locator(".result__summary")).to_contain_text("listening may be the place to start")


def test_start_a_new_check_in_keeps_the_history(page: Page) -> None:
    page.clock.set_fixed_time("2026-11-01T10:00:00")
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    answer_all(page, listening="Not like us", others="Mostly like us", picture="Some overlap")
    submit_and_wait(form)
    form.get_by_role("button", name="Start a new check-in").click()
    expect(form.locator("input[type=radio]:checked")).to_have_count(0)
    expect(form.locator("[data-worksheet-save]")).to_contain_text("earlier ones are kept")
    expect(form.locator('input[name="history"]')).to_have_value(re.compile(r'^\[\{"date":"2026-11-01"'))
