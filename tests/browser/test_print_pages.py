"""A printed blank worksheet fits one or two pages (A4 and Letter) and says what it is: a header
with the site's name and the worksheet's title, a footer with its permanent link and the date."""

from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import Page
from pypdf import PdfReader

from worksheets import all_worksheets

from .helpers import CHECKIN, submit_and_wait, worksheet
from .test_checkin_story import fill_checkin
from .test_print_handouts import STUB_PRINT

# The reader's own date style (the browser's locale): either order of day and month.
PRINTED = r"(December 7, 2026|7 December 2026)"
SHEETS = [(f"chapters/{s.chapter}/", s.id, s.title) for s in all_worksheets()]


def printed(page: Page, paper: str) -> list[str]:
    reader = PdfReader(io.BytesIO(page.pdf(format=paper)))
    return [" ".join(p.extract_text().split()) for p in reader.pages]


@pytest.mark.parametrize(("path", "sheet", "title"), SHEETS, ids=[s[1] for s in SHEETS])
def test_each_blank_worksheet_prints_on_one_or_two_pages(context, page: Page, path, sheet, title) -> None:
    context[0].add_init_script(STUB_PRINT)
    page.clock.set_fixed_time("2026-12-07T10:00:00")
    page.goto(path)
    form = worksheet(page, sheet)
    for paper in ("A4", "Letter"):
        # Each print is a press of the button: printing ends the print state (afterprint).
        form.get_by_role("button", name=f"Print a blank copy of “{title}”").click()
        pages = printed(page, paper)
        assert len(pages) <= 2, f"the blank {title} takes {len(pages)} {paper} pages"
    text = " ".join(pages)
    assert f"Closer · {title}" in pages[0]
    assert re.search(rf"/go/{re.escape(sheet)}/ · Printed {PRINTED}", text), text[-300:]


def test_a_filled_check_in_prints_with_its_header_and_footer(context, page: Page) -> None:
    context[0].add_init_script(STUB_PRINT)
    page.clock.set_fixed_time("2026-12-07T10:00:00")
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    fill_checkin(page, weakest="time")
    submit_and_wait(form)
    form.get_by_role("button", name="Print with my answers: “Closeness check-in”").click()
    pages = printed(page, "A4")
    assert "Closer · Closeness check-in" in pages[0]
    assert re.search(rf"/go/checkin/ · Printed {PRINTED}", pages[-1])
