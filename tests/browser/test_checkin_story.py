"""A reader fills the closeness check-in, sees Python's reflection, and finds it again later."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from worksheets.library.checkin import THEMES

from .conftest import RequestLog
from .helpers import CHECKIN, choose, submit_and_wait, worksheet

HOSTILE = '<img src=x onerror="window.__pwned=1">"""); import js; js.window.__pwned = 2 #'


def fill_checkin(page: Page, weakest: str) -> None:
    form = worksheet(page, "checkin")
    for theme in THEMES:
        for _, statement in theme.statements:
            answer = "Not like us" if theme.key == weakest else "Mostly like us"
            choose(form, statement, answer)
    form.get_by_label("About half overlap").check()
    form.get_by_label("Anything you want to remember about today?").fill(HOSTILE)


def test_fill_submit_and_see_python_result(page: Page, requests: RequestLog) -> None:
    """The reader's answers go to Python in the browser; the reflection names the weakest theme."""
    page.goto(CHECKIN)
    page.wait_for_load_state("networkidle")
    assert requests.local("/assets/pyodide/") == [], "Pyodide was fetched before the worksheet was near"

    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()
    fill_checkin(page, weakest="listening")
    result = submit_and_wait(form)

    expect(result.locator(".result__summary")).to_contain_text("listening may be the place to start")
    expect(result.get_by_role("img")).to_be_visible()  # the SVG chart
    expect(result).to_contain_text("Listening (1 of 5) may be worth some gentle attention.")
    first_link = result.locator(".result__links a").first
    expect(first_link).to_have_text("Active listening")
    assert first_link.get_attribute("href").endswith("/chapters/active-listening/")
    # Hostile text is shown as typed and never runs.
    expect(result).to_contain_text(HOSTILE)
    assert page.evaluate("window.__pwned") is None
    assert requests.local("pyodide.asm.wasm"), "Python never loaded"
    assert requests.local("worksheets-0.1.0-py3-none-any.whl")


def test_answers_survive_reload(page: Page) -> None:
    """Every change is saved on the device and restored when the page is opened again."""
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    fill_checkin(page, weakest="time")
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")

    page.reload()
    form = worksheet(page, "checkin")
    expect(form.locator("[data-worksheet-save]")).to_contain_text("are restored")
    statement = THEMES[-1].statements[0][1]
    group = form.get_by_role("group", name=statement)
    expect(group.get_by_label("Not like us")).to_be_checked()
    expect(form.get_by_label("About half overlap")).to_be_checked()
    expect(form.get_by_label("Anything you want to remember about today?")).to_have_value(HOSTILE)


def test_history_charts_check_ins_over_days(page: Page) -> None:
    """Each completed check-in is kept with its date; the second day shows a trend chart."""
    page.clock.set_fixed_time("2026-11-01T10:00:00")
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    fill_checkin(page, weakest="time")
    result = submit_and_wait(form)
    expect(result.locator("svg.chart--lines")).to_have_count(0)

    page.clock.set_fixed_time("2026-11-26T10:00:00")
    page.reload()
    form = worksheet(page, "checkin")
    # A finished check-in weeks old: the form starts empty, its history kept.
    fill_checkin(page, weakest="time")
    form.get_by_role("group", name="We set aside time just for the two of us.").get_by_label(
        "Very much"
    ).check()
    result = submit_and_wait(form)
    # Days in the reader's own style (Chromium's default locale here is en-US).
    expect(result).to_contain_text(
        "You have 2 check-ins saved on this device, from November 1, 2026 to November 26, 2026."
    )
    expect(result.locator("svg.chart--lines")).to_be_visible()
    expect(result).to_contain_text("Time together from 1 to 3")
