"""A reader builds an I-statement: picks a feeling and a need, types a request, reads the notes."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from .helpers import RESULT_TIMEOUT_MS, worksheet

PAGE = "chapters/effective-communication/"
HOSTILE = '<img src=x onerror="window.__pwned=1">"""); import js; js.window.__pwned = 2 #'


def pick(form: Locator, legend: str, option: str) -> None:
    form.get_by_role("group", name=legend, exact=False).get_by_label(option, exact=True).check()


def submit(form: Locator) -> Locator:
    form.get_by_role("button", name="Put my message together").click()
    return form.locator("[data-worksheet-result]")


def test_build_a_message_and_read_the_feedback(page: Page) -> None:
    page.goto(PAGE)
    form = worksheet(page, "i-statement")
    form.scroll_into_view_if_needed()
    form.get_by_label("When … (what happened, as a camera would see it)").fill(
        "When I’m up for every night feed"
    )
    pick(form, "How do you feel?", "Exhausted")
    form.get_by_label("Another feeling, in your own words").fill("a bit alone")
    pick(form, "What do you need?", "Rest")
    form.get_by_label("Would you be willing to …?").fill("Could we split the nights, starting tonight?")
    form.get_by_label("What I first wanted to say").fill(f"You never get up. Whatever. {HOSTILE}")

    result = submit(form)
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(result.locator(".result__summary")).to_have_text(
        "When I’m up for every night feed, I feel exhausted and a bit alone, because I need rest. "
        "Would you be willing to split the nights, starting tonight?"
    )
    works = result.locator(".result__block").filter(has_text="What works well")
    expect(works).to_contain_text("Your request says when (“nights”, “tonight”), so it is easy to act on.")
    # "You never" is blame and an absolute, each said once; then the sarcasm.
    expect(works).to_contain_text("this message leaves out 3 things that can make a partner defend.")
    draft = result.locator(".result__block").filter(has_text="About what you first wanted to say")
    expect(draft.locator("li")).to_have_count(3)
    expect(draft.locator("li").first).to_contain_text("In your first words: A blame opener.")
    expect(draft.locator("li").nth(1)).to_contain_text("In your first words: An all-or-nothing word.")
    expect(draft.locator("li").nth(2)).to_contain_text("“Whatever” can sound sarcastic")
    expect(result).to_contain_text("How to say it")
    assert page.evaluate("window.__pwned") is None


def test_flagged_request_gets_a_kind_rewrite(page: Page) -> None:
    page.goto(PAGE)
    form = worksheet(page, "i-statement")
    form.get_by_label("When … (what happened, as a camera would see it)").fill("the bins are still full")
    pick(form, "How do you feel?", "Another feeling (write it below)")
    form.get_by_label("Another feeling, in your own words").fill("like you don't care")
    pick(form, "What do you need?", "Some help")
    form.get_by_label("Would you be willing to …?").fill("You need to take them out tonight")

    result = submit(form)
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    change = result.locator(".result__block").filter(has_text="Things you might change").locator("li")
    expect(change).to_have_count(2)
    expect(change.first).to_contain_text("In your feeling: A thought dressed as a feeling.")
    expect(change.nth(1)).to_contain_text("“Would you be willing to take them out tonight?”")


def test_a_missing_feeling_is_shown_next_to_the_question(page: Page) -> None:
    page.goto(PAGE)
    form = worksheet(page, "i-statement")
    form.get_by_label("When … (what happened, as a camera would see it)").fill("the bins are still full")
    pick(form, "What do you need?", "Some help")
    form.get_by_label("Would you be willing to …?").fill("take them out tonight")

    result = submit(form)
    expect(result).to_have_attribute("data-state", "error", timeout=RESULT_TIMEOUT_MS)
    expect(form.locator('[data-field-error="feeling"]')).to_have_text(
        "Please choose an answer here, or write your own in “Another feeling, in your own words”."
    )
