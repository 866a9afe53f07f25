"""The reminder's day and time fields are drawn by the browser in its own locale ("12/31/2026",
"07:00 PM" on a Spanish page); under each, a line says them in the page's words, with the time on
the reader's own 12- or 24-hour clock, as under a worksheet's date fields (issue 16)."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Locator, Page, expect

from .conftest import open_context
from .helpers import CHECKIN
from .server import SiteServer
from .test_spanish_homework_loop import therapist_makes_spanish_homework


def seen(text: str) -> str:
    """Text as a person reads it: the thin and narrow spaces Intl puts in times as plain spaces."""
    return re.sub(r"[\u2009\u202f\u00a0]", " ", text)


def words_under(box: Locator, label: str) -> str:
    """The line in words right under the field labelled `label`."""
    field = box.get_by_label(label, exact=True)
    return seen(
        field.locator("xpath=following-sibling::p[contains(@class, 'field__date-words')]").inner_text()
    )


def open_reminder(page: Page, summary: str) -> Locator:
    box = page.locator("details.reminder").first
    box.scroll_into_view_if_needed()
    box.get_by_text(summary).click()
    expect(box).to_have_attribute("open", "")
    return box


def test_the_spanish_reminder_says_its_day_and_time_in_spanish(browser: Browser, server: SiteServer) -> None:
    """A US browser (12-hour clock) on the Spanish check-in: the fields show "12/31/2026" and
    "07:00 PM"; the lines under them say the day and the time in Spanish."""
    context, _log = open_context(browser, server.url, locale="en-US")
    try:
        page = context.new_page()
        page.goto(f"es/{CHECKIN}")
        box = open_reminder(page, "Agregar un recordatorio a mi calendario")
        day, time = box.get_by_label("Día", exact=True), box.get_by_label("Hora", exact=True)
        day.fill("2026-12-31")
        time.fill("19:00")
        expect(day).to_have_accessible_description("Elegiste el 31 de diciembre de 2026.")
        assert words_under(box, "Día") == "Elegiste el 31 de diciembre de 2026."
        assert words_under(box, "Hora") == "La hora que elegiste: 7:00 p. m."
        time.fill("")
        assert words_under(box, "Hora") == "Todavía no has elegido una hora."
        # A day left empty is told under its field; the line in words stays, after the problem.
        day.fill("")
        box.get_by_role("button", name="Guardar el recordatorio para mi calendario").click()
        expect(day).to_be_focused()
        expect(day).to_have_accessible_description(
            re.compile(r"^Todavía no has elegido un día\..*Elige el día del recordatorio\.$")
        )
    finally:
        context.close()


def test_the_spanish_homework_reminder_keeps_a_24_hour_clock(browser: Browser, server: SiteServer) -> None:
    """A German browser (24-hour clock) on a Spanish homework page: the reminder opens on the due
    date, and its lines say that day in Spanish and the time as "19:00", not "7:00 p. m."."""
    context, _log = open_context(browser, server.url, locale="de-DE")
    try:
        page = context.new_page()
        url = therapist_makes_spanish_homework(page)
        page.goto(url)
        box = open_reminder(page, "Agregar un recordatorio a mi calendario")
        expect(box.get_by_label("Día", exact=True)).to_have_value("2026-12-15")
        assert words_under(box, "Día") == "Elegiste el 15 de diciembre de 2026."
        assert words_under(box, "Hora") == "La hora que elegiste: 19:00"
    finally:
        context.close()


def test_the_english_reminder_says_its_day_and_time_in_english(page: Page) -> None:
    page.goto(CHECKIN)
    box = open_reminder(page, "Add a reminder to my calendar")
    box.get_by_label("Day", exact=True).fill("2026-12-31")
    box.get_by_label("Time", exact=True).fill("07:30")
    expect(box.get_by_text("You chose December 31, 2026.")).to_be_visible()
    expect(box.get_by_label("Time", exact=True)).to_have_accessible_description(
        re.compile(r"^You chose the time (7:30\sAM|07:30)\.$")
    )


def test_a_spanish_12_hour_time_ends_its_sentence_with_one_full_stop(
    browser: Browser, server: SiteServer
) -> None:
    """On a Spanish homework page in a 12-hour browser, "Recibida el … 10:00 a. m.." had two full
    stops: the time's own and the sentence's."""
    context, _log = open_context(browser, server.url, locale="en-US")
    try:
        page = context.new_page()
        page.goto(therapist_makes_spanish_homework(page))
        received = page.locator(".homework__received")
        expect(received).to_contain_text("Recibida el")
        text = seen(received.inner_text())
        assert re.search(r"\d:\d\d [ap]\. m\.$", text), text
        assert not text.endswith(".."), text
    finally:
        context.close()
