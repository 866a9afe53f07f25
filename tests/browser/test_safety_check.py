"""The safety check before the hard exercises, as a person meets it with a keyboard only: it
asks kindly, carries on when both feel safe, shows the checked help when they do not, and keeps
nothing about the answer (only "don't ask again", and only when ticked)."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from worksheets.library.conversation_deck import QUESTIONS

from .helpers import RESULT_TIMEOUT_MS, worksheet

SUSTAINING = "chapters/sustaining-the-flame/"
CHECKIN = "chapters/understanding-emotional-intimacy/"
NAVIGATING = "chapters/navigating-challenges/"
SAFE = "We both feel safe with each other. Carry on"
DEEPEST = re.compile("|".join(re.escape(q) for q in QUESTIONS["deepest"]))
# The submit went through to Python (no need to wait for Python to finish starting).
SUBMITTED = re.compile("loading|ready")
UNSAFE = "Not really: I feel afraid of my partner, I am being hurt or controlled, or I am in crisis"


def check(page: Page, worksheet_id: str) -> Locator:
    return page.locator(f'section.safety-check[data-safety-check="{worksheet_id}"]')


def stored(page: Page) -> dict[str, str]:
    """Everything this site keeps in local and session storage right now."""
    return page.evaluate(
        "() => Object.fromEntries([...Object.entries(localStorage), ...Object.entries(sessionStorage)])"
    )


def tab_to(page: Page, name: str, limit: int = 40) -> None:
    """Press Tab until the focused element is the one a person reads as `name`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        label = page.evaluate("() => (document.activeElement.innerText || '').trim()")
        if label == name:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def choose_deepest_and_draw(page: Page) -> Locator:
    page.goto(SUSTAINING)
    form = worksheet(page, "conversation-deck")
    form.scroll_into_view_if_needed()
    form.get_by_role("group", name="Which cards would you like?").get_by_label("Light", exact=True).focus()
    page.keyboard.press("ArrowDown")  # Deeper
    page.keyboard.press("ArrowDown")  # Deepest
    expect(form.get_by_label("Deepest", exact=True)).to_be_checked()
    form.get_by_role("button", name="Draw a card", exact=True).focus()
    page.keyboard.press("Enter")
    return form


def test_deepest_cards_ask_first_and_carry_on_when_both_feel_safe(page: Page) -> None:
    form = choose_deepest_and_draw(page)
    box = check(page, "conversation-deck")
    expect(box).to_be_visible()
    expect(box.get_by_role("heading", name="Before you go on: a quick check-in")).to_be_focused()
    expect(box).to_contain_text("We ask everyone this")
    # Held back: no card is drawn while the question is open.
    expect(form.locator("[data-worksheet-result]")).not_to_have_attribute("data-state", "ready")

    tab_to(page, SAFE)
    page.keyboard.press("Enter")
    expect(box).to_be_hidden()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(result.locator(".result__summary")).to_have_text(DEEPEST)
    # The card drawn is where the person is looking (an off-screen result is scrolled to and
    # focused), and the check no longer stands between them and the deck.
    expect(result).to_be_in_viewport()

    # Asked once per visit: the next draw goes straight through.
    summary = result.locator(".result__summary").inner_text()
    form.get_by_role("button", name="Draw a card", exact=True).focus()
    page.keyboard.press("Enter")
    expect(result.locator(".result__summary")).not_to_have_text(summary, timeout=RESULT_TIMEOUT_MS)
    expect(box).to_be_hidden()
    assert not [key for key in stored(page) if "safety" in key], stored(page)


def test_light_cards_need_no_check(page: Page) -> None:
    page.goto(SUSTAINING)
    form = worksheet(page, "conversation-deck")
    form.get_by_role("group", name="Which cards would you like?").get_by_label("Light", exact=True).check()
    form.get_by_role("button", name="Draw a card", exact=True).click()
    expect(form.locator("[data-worksheet-result]")).to_have_attribute("data-state", SUBMITTED)
    expect(check(page, "conversation-deck")).to_be_hidden()


def test_not_feeling_safe_shows_the_checked_help_and_keeps_nothing(page: Page) -> None:
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    form.get_by_role("button", name="My partner is answering").focus()
    before = stored(page)
    page.keyboard.press("Enter")
    box = check(page, "checkin")
    expect(box.get_by_role("heading", name="Before you go on: a quick check-in")).to_be_focused()

    tab_to(page, UNSAFE)
    page.keyboard.press("Enter")
    help_ = box.get_by_role("region", name="Thank you for telling us")
    expect(help_).to_be_visible()
    expect(help_.get_by_role("heading", name="Thank you for telling us")).to_be_focused()
    expect(help_).to_contain_text("These exercises are not meant for that situation.")
    expect(help_).to_contain_text("1-800-799-7233")
    expect(help_).to_contain_text("call or text 988")
    expect(help_.get_by_role("link", name="thehotline.org")).to_have_attribute(
        "href", "https://www.thehotline.org"
    )
    expect(help_.get_by_role("link", name="Leave this site now")).to_have_attribute("data-quick-exit", "")
    expect(help_.get_by_role("link", name="safety page")).to_be_visible()

    # The partner switch was held back, and nothing about the answer was kept.
    expect(form.locator("[data-partner-status]")).to_have_text("Answering as: you.")
    assert stored(page) == before

    tab_to(page, "Close this message")
    page.keyboard.press("Enter")
    expect(box).to_be_hidden()
    expect(form.locator(".worksheet__title")).to_be_focused()
    assert stored(page) == before


def test_the_quick_exit_in_the_help_leaves_at_once(page: Page) -> None:
    """The help's exit works like the one on every page: it replaces this page in the history."""
    page.goto(CHECKIN)
    worksheet(page, "checkin").get_by_role("button", name="Compare our answers").click()
    box = check(page, "checkin")
    box.get_by_role("button", name=UNSAFE).click()
    leave = box.get_by_role("link", name="Leave this site now")
    expect(leave).to_have_attribute("href", page.locator("a.quick-exit").get_attribute("href"))
    # Point it at this site's home page instead of the neutral one, so no request leaves the site.
    leave.evaluate("(link) => { link.href = new URL('../../?left', location.href).href; }")
    length = page.evaluate("() => history.length")
    leave.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/?left")
    assert page.evaluate("() => history.length") == length


def test_dont_ask_again_keeps_only_that_choice(page: Page) -> None:
    page.goto(NAVIGATING)
    box = check(page, "repair-plan")
    expect(box).to_be_visible()  # the repair plan asks from the start, above the worksheet
    before = stored(page)
    box.get_by_role("checkbox", name="Don't ask me again on this device").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Shift+Tab")  # the answers come just before the checkbox
    expect(box.get_by_role("button", name="Skip this question")).to_be_focused()
    page.keyboard.press("Enter")
    expect(box).to_be_hidden()
    first_field = "input:not([type=hidden]), select, textarea"
    expect(worksheet(page, "repair-plan").locator(first_field).first).to_be_focused()
    added = {k: v for k, v in stored(page).items() if k not in before}
    assert [(k.rsplit(":", 2)[-2:], v) for k, v in added.items()] == [(["safety-check", "dont-ask"], "yes")]

    page.reload()
    expect(check(page, "repair-plan")).to_be_hidden()
    form = choose_deepest_and_draw(page)
    expect(form.locator("[data-worksheet-result]")).to_have_attribute("data-state", SUBMITTED)
    expect(check(page, "conversation-deck")).to_be_hidden()
