"""Two phones, one link each way: partners send their check-in answers by a link whose answers
live in the fragment (sealed with a code, or open), and compare on each phone. A tampered or
truncated link says so and changes nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from .conftest import RequestLog, open_context
from .helpers import CHECKIN, RESULT_TIMEOUT_MS, feel_safe, worksheet
from .server import SiteServer
from .test_partner_mode import answer_all

STORED = "JSON.stringify(Object.entries(localStorage).filter(([k]) => !k.includes('offline')))"
ARRIVED = "Your partner's answers arrived (hidden until you have answered)."
DAMAGED = (
    "This link is damaged or incomplete (perhaps cut short when it was copied). Nothing was changed. "
    "Ask your partner to send it again, or to show you its QR code."
)


class Phones:
    """Two browser contexts: two phones that share nothing but what a person copies across."""

    def __init__(self, browser: Browser, server: SiteServer) -> None:
        self.opened: list[tuple[BrowserContext, RequestLog]] = []
        self.browser, self.server = browser, server

    def phone(self) -> Page:
        context, log = open_context(self.browser, self.server.url, viewport={"width": 360, "height": 740})
        self.opened.append((context, log))
        page = context.new_page()
        page.set_default_timeout(30_000)
        return page

    def close(self) -> None:
        for context, log in self.opened:
            context.close()
            assert log.foreign == [], f"requests left the site's origin: {log.foreign}"


@pytest.fixture
def phones(browser: Browser, server: SiteServer) -> Iterator[Phones]:
    made = Phones(browser, server)
    yield made
    made.close()


def panel(page: Page) -> Locator:
    return worksheet(page, "checkin").get_by_role("region", name="Answer as a couple (optional)")


def make_link(page: Page, sealed: bool) -> tuple[str, str]:
    """Press "Make the link" as a person would; the link and the code the page shows."""
    area = panel(page)
    name = "Make a link sealed with a code" if sealed else "Make a link without a code"
    area.get_by_role("button", name=name).click()
    link = area.get_by_label("The link (", exact=False)
    expect(link).to_be_visible()
    code = area.locator(".partner-link__code-value").text_content() if sealed else ""
    return link.input_value(), code or ""


#: The largest QR code version (module count 17 + 4 x version) a link may need.
QR_EASY = 15


def qr_version(page: Page) -> int:
    """The version of the QR code the page draws for its link when asked."""
    panel(page).get_by_role("button", name="Show a QR code").click()
    qr = panel(page).get_by_role("img", name="QR code of the link to your answers")
    expect(qr).to_be_visible()
    modules = qr.get_attribute("data-modules")
    return (int(modules or 0) - 17) // 4


def compare(page: Page, first: bool = True) -> Locator:
    panel(page).get_by_role("button", name="Compare our answers").click()
    if first:
        feel_safe(page, "checkin")
    result = worksheet(page, "checkin").locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    return result


def test_partners_compare_on_two_phones_with_a_sealed_link_and_an_open_one_back(phones: Phones) -> None:
    alex, sam = phones.phone(), phones.phone()
    alex.goto(CHECKIN)
    answer_all(alex, listening="Very much like us", others="Mostly like us", picture="Some overlap")
    expect(worksheet(alex, "checkin").locator("[data-worksheet-save]")).to_have_text("Saved on this device.")
    link, code = make_link(alex, sealed=True)
    ready = panel(alex).get_by_role("status").filter(has_text="The link is ready, sealed")
    expect(ready).to_contain_text(code)
    assert "#partner=checkin." in link
    assert "communication" not in link  # sealed: nothing readable in the link

    # Sam's phone: the link, then the code told aloud (typed in lower case, without the dash).
    sam.goto(link)
    area = panel(sam)
    expect(area.get_by_text("Your partner's answers arrived, sealed with a code.")).to_be_visible()
    # The answers left the address bar at once (Material's heading tracking may put a
    # section's anchor there as the page scrolls to the arrival).
    assert "partner=" not in sam.url
    area.get_by_label("The code").fill("zzzz-zzzz")
    area.get_by_role("button", name="Open my partner's answers").click()
    expect(area.get_by_role("alert").filter(has_text="That code does not open these answers")).to_be_visible()
    assert sam.evaluate("Object.keys(localStorage).filter(k => k.includes('partner')).length") == 0
    area.get_by_label("The code").fill(code.lower().replace("-", ""))
    area.get_by_role("button", name="Open my partner's answers").click()
    status = area.locator("[data-partner-status]")
    expect(status).to_contain_text(ARRIVED)
    expect(status).to_contain_text("Answer the questions yourself")
    # Hidden: Sam's form shows none of Alex's answers.
    expect(worksheet(sam, "checkin").locator("input[type=radio]:checked")).to_have_count(0)

    answer_all(sam, listening="A little like us", others="Mostly like us", picture="Mostly overlapping")
    result = compare(sam)
    expect(result).to_contain_text("Listening: you 2, your partner 5.")

    # Back the other way, with no code: Alex had answered already.
    back, _ = make_link(sam, sealed=False)
    sealed_size, open_size = qr_version(alex), qr_version(sam)
    print(
        f"\nfull check-in by partner link: sealed {len(link)} characters (QR version {sealed_size}),"
        f" open {len(back)} characters (QR version {open_size})"
    )
    # A phone camera reads a QR code of version 15 (77 modules a side) on a screen at once.
    assert max(sealed_size, open_size) <= QR_EASY, (sealed_size, open_size)
    expect(panel(sam).get_by_role("status").filter(has_text="The link is ready.")).to_contain_text(
        "Anyone who has it can read your answers."
    )
    alex.goto("about:blank")  # a link opened from another app is a new load of the page
    alex.goto(back)
    expect(panel(alex).locator("[data-partner-status]")).to_contain_text(
        f"{ARRIVED} You have answered already: press “Compare our answers”."
    )
    result = compare(alex)
    expect(result).to_contain_text("Listening: you 5, your partner 2.")
    expect(result.locator(".result__summary")).to_have_text(
        "Of the 6 themes, you see 5 alike, 0 a little differently, "
        "and 1 differently enough to be worth talking about."
    )


def test_a_cut_or_changed_link_says_so_and_changes_nothing(phones: Phones) -> None:
    alex, sam = phones.phone(), phones.phone()
    alex.goto(CHECKIN)
    answer_all(alex, listening="Very much like us", others="Mostly like us", picture="Some overlap")
    link, _ = make_link(alex, sealed=False)

    sam.goto(CHECKIN)
    answer_all(sam, listening="A little like us", others="Mostly like us", picture="Mostly overlapping")
    sam.reload()  # leaving the page saves at once: what is stored is settled
    expect(worksheet(sam, "checkin").get_by_label("Mostly overlapping")).to_be_checked()
    before = sam.evaluate(STORED)

    cut = link[: len(link) - 12]
    head, token = link.split("#partner=checkin.")
    middle = len(token) // 2
    swap = "A" if token[middle] != "A" else "B"
    changed = f"{head}#partner=checkin.{token[:middle]}{swap}{token[middle + 1 :]}"
    for broken in (cut, changed):
        sam.goto("about:blank")  # opened from another app: a new load of the page
        sam.goto(broken)
        expect(panel(sam).get_by_role("alert").filter(has_text="damaged")).to_have_text(DAMAGED)
        assert "partner=" not in sam.url
        after = sam.evaluate(STORED)
        assert after == before
    # Pasted into the address bar of the open check-in: only the fragment changes, no new page
    # load, and the link is read all the same.
    sam.goto("about:blank")
    sam.goto(CHECKIN)
    expect(panel(sam).get_by_role("alert").filter(has_text="damaged")).to_have_count(0)
    sam.goto(f"{head}#partner=checkin.not-a-link")
    expect(panel(sam).get_by_role("alert").filter(has_text="damaged")).to_have_text(DAMAGED)
    assert "partner=" not in sam.url
    assert sam.evaluate(STORED) == before
    # Sam's own answers are still on screen.
    expect(worksheet(sam, "checkin").get_by_label("Mostly overlapping")).to_be_checked()
    # And a good link, pasted the same way, arrives over the damaged one.
    sam.goto(link)
    expect(panel(sam).locator("[data-partner-status]")).to_contain_text(ARRIVED)
    expect(panel(sam).locator("[data-partner-status]")).to_have_count(1)
    expect(panel(sam).get_by_role("alert").filter(has_text="damaged")).to_have_count(0)
    assert "partner=" not in sam.url


@pytest.mark.service_worker
def test_a_sealed_link_opens_offline_once_the_site_is_kept(phones: Phones) -> None:
    alex, sam = phones.phone(), phones.phone()
    sam.goto(CHECKIN)
    offline = sam.locator("[data-offline-status]")
    expect(offline).to_have_text(re.compile("available offline"), timeout=120_000)
    sam.goto("")  # elsewhere on the site, so the link below is a new page load
    alex.goto(CHECKIN)
    answer_all(alex, listening="Very much like us", others="Mostly like us", picture="Some overlap")
    link, code = make_link(alex, sealed=True)

    sam.context.set_offline(True)
    sam.goto(link)  # the fragment never reaches a server: the kept page opens it
    area = panel(sam)
    area.get_by_label("The code").fill(code)
    area.get_by_role("button", name="Open my partner's answers").click()
    expect(area.locator("[data-partner-status]")).to_contain_text(ARRIVED)
