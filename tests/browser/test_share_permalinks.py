"""A therapist copies the permanent link of a chapter or a worksheet; the link leads there, now and
after the guide is reorganised; without a clipboard the link is shown selected instead."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Page, expect

from .helpers import CHECKIN, worksheet
from .server import SiteServer

NO_CLIPBOARD = "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });"


def test_copy_link_copies_the_permanent_link(context, page: Page, server: SiteServer) -> None:
    ctx: BrowserContext = context[0]
    ctx.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(CHECKIN)
    chapter = page.get_by_role("button", name="Copy link to “Understanding emotional intimacy”")
    chapter.click()
    expect(page.locator(".copy-link--page").get_by_role("status")).to_have_text("Link copied.")
    assert page.evaluate("navigator.clipboard.readText()") == f"{server.url}go/intimacy/"

    form = worksheet(page, "checkin")
    form.get_by_role("button", name="Copy link to the worksheet “Closeness check-in”").click()
    expect(form.locator(".copy-link").get_by_role("status")).to_have_text("Link copied.")
    assert page.evaluate("navigator.clipboard.readText()") == f"{server.url}go/checkin/"


def test_without_a_clipboard_the_link_is_shown_selected(context, page: Page, server: SiteServer) -> None:
    context[0].add_init_script(NO_CLIPBOARD)
    page.goto("chapters/vulnerability/")
    form = worksheet(page, "disclosure-ladder")
    form.get_by_role("button", name="Copy link to the worksheet “Disclosure ladder”").click()
    control = form.locator(".copy-link")
    expect(control.get_by_role("status")).to_contain_text("did not let the page copy")
    box = control.get_by_role("textbox", name="The link:")
    expect(box).to_have_value(f"{server.url}go/disclosure-ladder/")
    expect(box).to_be_focused()
    assert page.evaluate("[document.activeElement.selectionStart, document.activeElement.selectionEnd]") == [
        0,
        len(f"{server.url}go/disclosure-ladder/"),
    ]


def test_permanent_links_lead_to_the_chapter_and_the_worksheet(page: Page, server: SiteServer) -> None:
    page.goto("go/listening/")
    page.wait_for_url(f"{server.url}chapters/active-listening/")
    expect(page.get_by_role("heading", name="Active listening", level=1)).to_be_visible()

    page.goto("go/checkin/")
    page.wait_for_url(f"{server.url}{CHECKIN}#worksheet-checkin")
    expect(worksheet(page, "checkin")).to_be_in_viewport()


def test_the_therapists_page_lists_every_permanent_link(page: Page, server: SiteServer) -> None:
    page.goto("therapists/")
    table = page.locator("table.permalinks")
    row = table.get_by_role("row").filter(has_text="Repair plan")
    expect(row).to_contain_text("Worksheet")
    expect(row).to_contain_text("(in Navigating challenges together)")
    row.get_by_role("link", name="/go/repair-plan/").click()
    page.wait_for_url(f"{server.url}chapters/navigating-challenges/#worksheet-repair-plan")
