"""Printed from the browser, a part of a page follows the design of the PDF handouts: a running
head with the site's name and the title, a foot with the permanent link and the date printed.
Beside a worksheet's print buttons, its PDF handout downloads alone.

window.print() is replaced by a counter (as in test_print_handouts), so the page stays in its
print state and page.pdf() shows what would be printed; pypdf reads the text."""

from __future__ import annotations

import io
import re
from pathlib import Path

from playwright.sync_api import Page, expect
from pypdf import PdfReader

from .helpers import CHECKIN, worksheet
from .test_import_export import fill_and_wait
from .test_print_handouts import STUB_PRINT


def printed(page: Page) -> list[str]:
    """Each printed page's words; the CSS page size and margins (where the head and foot are)."""
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    return [" ".join(p.extract_text().split()) for p in reader.pages]


def site_url(page: Page, path: str) -> str:
    """An address on the test server, which serves the site at its root."""
    return page.evaluate("(path) => new URL(path, location.origin + '/').href", path)


def test_the_summary_prints_with_title_permanent_link_and_date(context, page: Page) -> None:
    context[0].add_init_script(STUB_PRINT)
    fill_and_wait(page, weakest="listening")
    page.goto("your-answers/")
    share = page.locator("[data-share]")
    share.get_by_role("button", name="Show a printable summary").click()
    summary = share.get_by_role("region", name="Summary of my answers")
    summary.get_by_role("button", name="Print the summary").click()
    assert page.evaluate("window.__printed") == 1
    pages = printed(page)
    home = site_url(page, "go/home/")
    for number, text in enumerate(pages, 1):
        assert "Closer · My answers, to share with my therapist" in text
        assert f"{home} · Printed " in text
        assert f"{number} / {len(pages)}" in text
    # Once printed, the page is itself again: no head or foot left behind.
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate("document.documentElement.style.getPropertyValue('--print-head')") == ""


def test_a_blank_copy_prints_with_its_worksheets_permanent_link(context, page: Page) -> None:
    context[0].add_init_script(STUB_PRINT)
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    tools = form.locator(".worksheet__tools")
    # The copy button shows once the permanent links are known: the print foot needs them too.
    copy = tools.get_by_role("button", name="Copy link to the worksheet “Closeness check-in”")
    expect(copy).to_have_count(1)
    form.get_by_role("button", name="Print a blank copy of “Closeness check-in”").click()
    link = site_url(page, "go/checkin/")
    first = printed(page)[0]
    assert "Closer · Closeness check-in" in first and f"{link} · Printed " in first


def test_the_handout_downloads_from_beside_the_print_buttons(page: Page, tmp_path: Path) -> None:
    page.goto(CHECKIN)
    tools = worksheet(page, "checkin").locator(".worksheet__tools")
    expect(tools.get_by_role("button", name="Print a blank copy of “Closeness check-in”")).to_be_visible()
    handout = tools.get_by_role("link", name="Blank handout to print")
    expect(handout).to_have_text(re.compile(r"\(PDF, 2 pages, \d+ KB\)$"))
    with page.expect_download() as download:
        handout.click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "closer-checkin-en.pdf"
    reader = PdfReader(saved)
    assert len(reader.pages) == 2
    assert "Closeness check-in" in reader.pages[0].extract_text()
