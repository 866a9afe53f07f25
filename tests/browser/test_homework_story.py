"""A therapist builds a homework link; the client opens it on their own device and sees each
item's status change as they read and fill in; a bad or cut-off link changes nothing."""

from __future__ import annotations

import base64
import json
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page, expect

from .conftest import open_context
from .helpers import worksheet
from .server import SiteServer
from .test_checkin_story import fill_checkin

NOTE = "Try the check-in twice this week. Notice one calm moment."
DAMAGED = "This homework link is damaged or incomplete"
CHAPTER = "chapters/understanding-emotional-intimacy/"


def storage_snapshot(page: Page) -> dict[str, str]:
    return page.evaluate(
        "() => Object.fromEntries(Object.keys(localStorage).map(k => [k, localStorage.getItem(k)]))"
    )


def make_homework_link(page: Page) -> str:
    """The therapist ticks a chapter and a worksheet, writes a note and a due date, and gets a link."""
    page.goto("therapists/homework-builder/")
    page.get_by_role("group", name="Chapters to read").get_by_label("Active listening").check()
    page.get_by_role("group", name="Worksheets to fill in").get_by_label("Closeness check-in").check()
    page.get_by_label("A short note for your client (optional)").fill(NOTE)
    page.get_by_label("Due date (optional)").fill("2026-12-01")
    page.get_by_role("button", name="Make the homework link").click()
    expect(page.get_by_text("The homework link for 2 items is ready below.")).to_be_visible()
    sheet = page.get_by_role("region", name="Homework sheet (printable)")
    expect(sheet).to_contain_text("Read: Active listening")
    expect(sheet).to_contain_text("Worksheet: Closeness check-in")
    expect(sheet).to_contain_text("/go/listening/")
    expect(sheet).to_contain_text("To do by: December 1, 2026")
    qr = sheet.get_by_role("img", name="QR code of the homework link")
    expect(qr).to_be_visible()
    assert int(qr.get_attribute("data-modules")) >= 21
    return page.get_by_role("textbox", name="Homework link").input_value()


def item(page: Page, slug: str):
    return page.locator(f'.homework__item[data-slug="{slug}"]')


def follow(page: Page, link, path: str) -> None:
    """Click a link and wait until the new page is there and its scripts have run."""
    link.click()
    page.wait_for_url(f"**/{path}**")
    page.wait_for_load_state("load")


def test_builder_asks_for_at_least_one_item(page: Page) -> None:
    page.goto("therapists/homework-builder/")
    page.get_by_role("button", name="Make the homework link").click()
    expect(
        page.get_by_role("status").filter(has_text="Choose at least one chapter or worksheet.")
    ).to_be_visible()
    expect(page.get_by_role("textbox", name="Homework link")).to_have_count(0)


def test_homework_link_round_trip(browser: Browser, server: SiteServer, page: Page) -> None:
    url = make_homework_link(page)
    parts = urlsplit(url)
    assert parts.path == "/therapists/homework/" and parts.query == ""
    # Everything is in the fragment, which no browser sends to a server.
    code = parts.fragment.removeprefix("h=")
    data = json.loads(base64.urlsafe_b64decode(code + "=" * (-len(code) % 4)))
    assert data == {"v": 1, "items": ["listening", "checkin"], "note": NOTE, "due": "2026-12-01"}

    client, log = open_context(browser, server.url)  # the client's own device
    try:
        mine = client.new_page()
        mine.set_default_timeout(30_000)
        mine.goto(url)
        expect(mine.get_by_role("heading", name="Your homework", level=1)).to_be_visible()
        expect(mine.locator(".homework__note")).to_have_text(NOTE)
        expect(mine.locator(".homework__due")).to_have_text("To do by December 1, 2026.")
        expect(item(mine, "listening").locator(".homework__status")).to_have_text("Not read yet")
        expect(item(mine, "checkin").locator(".homework__status")).to_have_text("Not started")
        expect(mine.locator(".homework__progress")).to_have_text("0 of 2 done.")
        assert "#h=" not in mine.url, "the kept homework is read from the device, not the address"

        # Part of the check-in: in progress.
        follow(mine, item(mine, "checkin").get_by_role("link", name="Closeness check-in"), CHAPTER)
        form = worksheet(mine, "checkin")
        form.get_by_role("group", name="We set aside time just for the two of us.").get_by_label(
            "Mostly"
        ).check()
        expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")
        follow(mine, mine.get_by_role("link", name="Your homework"), "therapists/homework/")  # on every page
        expect(item(mine, "checkin").locator(".homework__status")).to_have_text("In progress")
        expect(item(mine, "checkin")).to_contain_text("12 questions still to answer.")

        # All of it: done.
        follow(mine, item(mine, "checkin").get_by_role("link", name="Closeness check-in"), CHAPTER)
        fill_checkin(mine, weakest="time")
        expect(worksheet(mine, "checkin").locator("[data-worksheet-save]")).to_have_text(
            "Saved on this device."
        )
        follow(mine, mine.get_by_role("link", name="Your homework"), "therapists/homework/")
        expect(item(mine, "checkin").locator(".homework__status")).to_have_text("Done")
        expect(mine.locator(".homework__progress")).to_have_text("1 of 2 done.")

        # The chapter, marked as read; kept after a reload.
        item(mine, "listening").get_by_label("I have read “Active listening”").check()
        expect(item(mine, "listening").locator(".homework__status")).to_have_text("Read")
        mine.reload()
        expect(mine.locator(".homework__progress")).to_have_text("2 of 2 done.")
        expect(item(mine, "listening").get_by_label("I have read “Active listening”")).to_be_checked()

        # Removed when the client says so (with a way back).
        mine.get_by_role("button", name="Remove this homework from this device").click()
        expect(mine.get_by_text("There is no homework kept on this device.")).to_be_visible()
        expect(mine.get_by_role("link", name="Your homework")).to_have_count(0)
        mine.get_by_role("button", name="Undo").click()
        expect(mine.locator(".homework__progress")).to_have_text("2 of 2 done.")
    finally:
        client.close()
    assert log.foreign == []


def test_bad_or_cut_off_links_change_nothing(page: Page) -> None:
    url = make_homework_link(page)
    base = url.split("#h=")[0]

    def encoded(data: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    bad_links = {
        url[:-12]: DAMAGED,  # cut off when copied
        f"{base}#h=%%%not-base64": DAMAGED,
        f"{base}#h=" + encoded({"v": 1, "items": "checkin", "note": "", "due": ""}): DAMAGED,
        f"{base}#h=" + encoded({"v": 1, "items": ["checkin"], "note": "", "due": "2026-02-30"}): DAMAGED,
        f"{base}#h="
        + encoded({"v": 2, "items": ["checkin"], "note": "", "due": ""}): "different version of Closer",
        f"{base}#h=" + encoded({"v": 1, "items": ["no-such-page"], "note": "", "due": ""}): "no-such-page",
    }
    # With nothing kept yet, a bad link keeps nothing.
    page.goto("about:blank")
    page.goto(url[:-12])
    expect(page.get_by_role("alert")).to_contain_text(DAMAGED)
    expect(page.get_by_text("There is no homework kept on this device.")).to_be_visible()
    assert not any(key.endswith(":homework") for key in storage_snapshot(page))

    page.goto(url)
    expect(item(page, "checkin")).to_be_visible()
    kept = storage_snapshot(page)
    for bad, message in bad_links.items():
        page.goto("about:blank")
        page.goto(bad)
        expect(page.get_by_role("alert")).to_contain_text(message)
        expect(page.get_by_role("alert")).to_contain_text("Nothing was changed.")
        expect(item(page, "checkin")).to_be_visible()  # the kept homework is still shown
        assert storage_snapshot(page) == kept, bad
