"""A person adds a reminder to their calendar, in their own words: under the check-in (every
month) and on the homework page (the due date, once). The .ics parses back with its alarm."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from tests.unit.test_reminders import parse

from .helpers import CHECKIN, RESULT_TIMEOUT_MS
from .test_homework_story import make_homework_link


def save_reminder(page: Page, tmp_path: Path, words: str | None = None) -> dict[str, object]:
    box = page.locator("details.reminder")
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


def test_a_monthly_check_in_reminder_in_the_persons_words(page: Page, tmp_path: Path) -> None:
    page.goto(CHECKIN)
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
    page.goto(CHECKIN)
    box = page.locator("details.reminder")
    box.get_by_text("Add a reminder to my calendar").click()
    box.get_by_label("What the reminder says").fill("  ")
    box.get_by_role("button", name="Save the reminder for my calendar").click()
    expect(box.get_by_role("status")).to_have_text(
        "Write what the reminder should say.", timeout=RESULT_TIMEOUT_MS
    )
