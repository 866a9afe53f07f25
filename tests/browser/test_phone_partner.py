"""Partner mode on a phone: switching who answers takes a deliberate second press, and after
"Compare our answers" the comparison is on screen and focused, drawn readably with a legend."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .helpers import CHECKIN, RESULT_TIMEOUT_MS, switch_answerer, worksheet
from .test_partner_mode import answer_all
from .test_phone_checkin import PHONE, assert_readable, chart_texts


def test_switching_back_needs_a_deliberate_step(page: Page) -> None:
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    panel = form.get_by_role("region", name="Answer as a couple (optional)")
    answer_all(page, listening="Very much like us", others="Mostly like us", picture="Some overlap")
    switch_answerer(panel, "My partner is answering")
    expect(form.locator("input[type=radio]:checked")).to_have_count(0)

    # A press on "I am answering" alone shows nothing of the other person's answers.
    panel.get_by_role("button", name="I am answering").click()
    expect(panel.get_by_role("button", name="Yes, switch now")).to_be_focused()
    expect(form.locator("input[type=radio]:checked")).to_have_count(0)
    panel.get_by_role("button", name="Not yet").click()
    expect(panel.get_by_role("button", name="Yes, switch now")).to_be_hidden()
    expect(panel.get_by_role("button", name="My partner is answering")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(form.locator("input[type=radio]:checked")).to_have_count(0)


def test_the_comparison_is_in_view_and_focused_after_compare(page: Page) -> None:
    page.set_viewport_size(PHONE)
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    panel = form.get_by_role("region", name="Answer as a couple (optional)")
    answer_all(page, listening="Very much like us", others="Mostly like us", picture="Some overlap")
    switch_answerer(panel, "My partner is answering")
    answer_all(page, listening="A little like us", others="Mostly like us", picture="Mostly overlapping")
    compare = panel.get_by_role("button", name="Compare our answers")
    compare.scroll_into_view_if_needed()
    compare.click()

    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(result).to_be_focused()
    expect(result.locator(".result__summary")).to_be_in_viewport()
    texts = chart_texts(page)
    assert_readable(texts, "chart--pairs")
    legend = [t["text"] for t in texts]
    assert "You" in legend and "Your partner" in legend
    # The partner's bars are striped, not only another colour.
    assert (
        result.locator("svg.chart--pairs rect.chart__bar--1").first.get_attribute("fill").startswith("url(#")
    )
