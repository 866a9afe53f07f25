"""A person adds a reminder to their calendar, in their own words: under the check-in (every
month) and on the homework page (the due date, once). The .ics parses back with its alarm."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import Locator, Page, expect

from tests.unit.test_reminders import parse

from .helpers import CHECKIN, RESULT_TIMEOUT_MS, worksheet
from .test_homework_story import make_homework_link


def save_reminder(scope: Page | Locator, tmp_path: Path, words: str | None = None) -> dict[str, Any]:
    """Open the reminder within `scope` (a page, or a plan's step), save it, parse the .ics."""
    page = scope if isinstance(scope, Page) else scope.page
    box = scope.locator("details.reminder")
    box.get_by_text("Add a reminder to my calendar").click()
    if words is not None:
        box.get_by_label("What the reminder says").fill(words)
    with page.expect_download(timeout=RESULT_TIMEOUT_MS) as download:  # Python may be starting
        box.get_by_role("button", name="Save the reminder for my calendar").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    expect(box.get_by_role("status")).to_contain_text("is saved to your downloads")
    [event] = parse(path.read_bytes().decode("utf-8"))["VCALENDAR"][0]["VEVENT"]
    return event


def open_checkin(page: Page) -> None:
    """The check-in page once its worksheet is ready: while Python starts, the form's progress
    line changes its height, and the reminder below it moves."""
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()  # as a person scrolls past it to the reminder below
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "idle", timeout=RESULT_TIMEOUT_MS)


def test_a_monthly_check_in_reminder_in_the_persons_words(page: Page, tmp_path: Path) -> None:
    open_checkin(page)
    event = save_reminder(page, tmp_path, words="Our check-in; tea, no phones")
    assert event["SUMMARY"] == "Our check-in; tea, no phones"
    assert event["RRULE"] == "FREQ=MONTHLY"
    assert event["VALARM"][0]["TRIGGER"] == "-PT60M"
    assert str(event["DTSTART"]).endswith("T190000")


def test_the_homework_reminder_is_on_its_due_date_once(page: Page, tmp_path: Path) -> None:
    page.goto(make_homework_link(page))
    expect(page.get_by_role("heading", name="Readings and worksheets")).to_be_visible()
    event = save_reminder(page, tmp_path)
    assert event["SUMMARY"] == "My homework from my therapist"
    assert event["DTSTART"] == "20261201T190000"
    assert "RRULE" not in event
    assert event["VALARM"][0]["TRIGGER"] == "-PT1440M"


def test_a_reminder_without_words_says_what_to_do(page: Page) -> None:
    open_checkin(page)
    box = page.locator("details.reminder")
    box.get_by_text("Add a reminder to my calendar").click()
    expect(box).to_have_attribute("open", "")
    box.get_by_label("What the reminder says").fill("  ")
    box.get_by_role("button", name="Save the reminder for my calendar").click()
    words = box.get_by_label("What the reminder says")
    expect(words).to_have_accessible_description("Write what the reminder should say.")
    # The problem reads as the field's own: under it and no wider than it.
    problem, field = box.locator(".reminder__problem").bounding_box(), words.bounding_box()
    assert problem and field and problem["width"] <= field["width"] + 1, (problem, field)
    assert field["y"] + field["height"] <= problem["y"] < field["y"] + field["height"] + 20
    expect(words).to_be_focused()


def test_words_typed_as_the_box_opens_are_kept(page: Page) -> None:
    """The box fills in its first words a moment after it opens (its toggle event): what a quick
    person typed in that moment is theirs, not prefixed or replaced by the preset."""
    open_checkin(page)
    box = page.locator("details.reminder")
    # Open and type in one go, before the browser's toggle event can run.
    box.evaluate(
        """box => {
            box.open = true;
            const words = box.querySelector('input[type=text]');
            words.value = 'Tea first';
            words.dispatchEvent(new Event('input', { bubbles: true }));
        }"""
    )
    words = box.get_by_label("What the reminder says")
    # The preset still came for the fields not typed in: the day is filled.
    expect(box.get_by_label("Day", exact=True)).not_to_have_value("")
    expect(words).to_have_value("Tea first")
