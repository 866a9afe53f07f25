"""A reader plans two rituals, sees the week, and downloads a calendar file that reads back right."""

from __future__ import annotations

from datetime import datetime, timedelta

from playwright.sync_api import Locator, Page, expect

from ..unit.library.test_rituals_planner import expand, local, parse, unescape
from .helpers import RESULT_TIMEOUT_MS, choose, worksheet

SUSTAINING = "chapters/sustaining-the-flame/"
HOSTILE = 'Tea, talk; and \\ <img src=x onerror="window.__pwned=1">'


def press(form: Locator, button: str) -> Locator:
    form.get_by_role("button", name=button, exact=True).click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    return result


def add_ritual(form: Locator, name: str, include: str, days: list[str], time: str, minutes: str) -> None:
    choose(form, include, "Yes, include it")
    group = form.get_by_role("group", name=f"{name}: which days?")
    for day in days:
        group.get_by_label(day, exact=True).check()
    form.get_by_label(f"{name}: start time").fill(time)
    form.get_by_label(f"{name}: how many minutes?").fill(minutes)


def fill_plan(form: Locator) -> None:
    add_ritual(form, "Daily check-in", "Include the daily check-in?", ["Monday", "Wednesday"], "07:30", "15")
    choose(form, "Include your own ritual?", "Yes, include it")
    form.get_by_label("Name of your own ritual").fill(HOSTILE)
    add_ritual(form, "Your own ritual", "Include your own ritual?", ["Saturday"], "23:30", "60")
    form.get_by_label("Start date").fill("2026-01-07")
    choose(form, "How long should the plan run?", "For a set number of weeks")
    form.get_by_role("spinbutton", name="Number of weeks").fill("6")


def test_plan_the_week_and_download_the_calendar(page: Page) -> None:
    page.goto(SUSTAINING)
    form = worksheet(page, "rituals-planner")
    form.scroll_into_view_if_needed()
    fill_plan(form)
    result = press(form, "Make our plan")

    expect(result.locator(".result__summary")).to_have_text(
        "Your plan has 2 rituals: 90 minutes a week in all (1 hour 30 minutes). "
        "It starts on January 7, 2026 and runs for 6 weeks."
    )
    monday = result.locator("section", has=page.get_by_role("heading", name="Monday", exact=True))
    # Times as the form's time fields show them (en-US here: 12-hour), a span written once.
    expect(monday.locator("li")).to_have_text(["7:30 – 7:45 AM: Daily check-in (15 minutes)"])
    saturday = result.locator("section", has=page.get_by_role("heading", name="Saturday", exact=True))
    expect(saturday.locator("li")).to_have_text(
        [f"11:30 PM – 12:30 AM (ends after midnight): {HOSTILE} (60 minutes)"]
    )
    expect(result).to_contain_text("Tuesday, Thursday, Friday and Sunday have no ritual yet.")

    with page.expect_download() as download_info:
        result.get_by_role("link", name="Download the calendar file (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == "closer-rituals.ics"
    content = download.path().read_bytes().decode("utf-8")

    calendar, events = parse(content)
    assert calendar["VERSION"] == "2.0" and calendar["CALSCALE"] == "GREGORIAN"
    assert calendar["PRODID"] == "-//Closer//Rituals planner 1//EN"
    checkin, own = events
    assert unescape(checkin["SUMMARY"]) == "Daily check-in"
    # The first Monday or Wednesday on or after Wednesday 7 January is that Wednesday.
    assert (checkin["DTSTART"], checkin["DTEND"]) == ("20260107T073000", "20260107T074500")
    assert checkin["RRULE"] == "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=12"
    assert unescape(own["SUMMARY"]) == HOSTILE
    assert "SUMMARY:Tea\\, talk\\; and \\\\ <img" in content.replace("\r\n ", "")
    assert (own["DTSTART"], own["DTEND"]) == ("20260110T233000", "20260111T003000")
    assert own["RRULE"] == "FREQ=WEEKLY;BYDAY=SA;COUNT=6"
    start, end = datetime(2026, 1, 7), datetime(2026, 1, 7) + timedelta(weeks=6)
    for event in events:
        assert event["UID"].endswith("@closer.invalid")
        assert event["DTSTAMP"] == "20260107T000000Z"
        occurrences = expand(event)
        assert occurrences[0] == local(event["DTSTART"])
        assert all(start <= o < end for o in occurrences)
        assert unescape(event["DESCRIPTION"]).endswith(
            "From your Closer rituals plan; change or delete it any time."
        )
    assert page.evaluate("window.__pwned") is None


def test_an_included_ritual_without_days_is_named_in_the_message(page: Page) -> None:
    page.goto(SUSTAINING)
    form = worksheet(page, "rituals-planner")
    choose(form, "Include the stress-reducing conversation?", "Yes, include it")
    form.get_by_label("Stress-reducing conversation: start time").fill("18:00")
    form.get_by_label("Stress-reducing conversation: how many minutes?").fill("20")
    form.get_by_label("Start date").fill("2026-01-05")
    choose(form, "How long should the plan run?", "Every week, with no end date")

    form.get_by_role("button", name="Make our plan").click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "error", timeout=RESULT_TIMEOUT_MS)
    expect(form.locator('[data-field-error="stress_days"]')).to_have_text(
        "Please answer this question, because you chose to include the stress-reducing conversation."
    )

    form.get_by_role("group", name="Stress-reducing conversation: which days?").get_by_label(
        "Tuesday"
    ).check()
    result = press(form, "Make our plan")
    expect(result.locator(".result__summary")).to_contain_text("repeats every week with no end date.")
    expect(result.get_by_role("link", name="Download the calendar file (.ics)")).to_be_visible()
