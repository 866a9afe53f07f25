"""A reader plans a repair after a fight: flooding check, soft start-up, phrases and a download."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from .helpers import RESULT_TIMEOUT_MS, worksheet

PAGE = "chapters/navigating-challenges/"
HOSTILE = '<img src=x onerror="window.__pwned=1">"""); import js; js.window.__pwned = 2 #'


def pick(form: Locator, legend: str, option: str) -> None:
    form.get_by_role("group", name=legend, exact=False).get_by_label(option, exact=True).check()


def rate(form: Locator, statement: str, words: str) -> None:
    """A scale point reads as its number and its words, e.g. "4 A lot"."""
    form.get_by_role("group", name=statement, exact=False).get_by_label(words, exact=False).check()


def submit(form: Locator) -> Locator:
    form.get_by_role("button", name="Make my plan").click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    return result


def fill_plan(form: Locator, heart: str) -> None:
    form.get_by_label("What happened?").fill("We argued about the concert tickets.")
    form.get_by_label("What was my part in it?").fill(f"I opened with an attack. {HOSTILE}")
    pick(form, "What set me off? Choose any that fit.", "Money worries")
    pick(form, "What set me off? Choose any that fit.", "I was tired or hungry")
    rate(form, "My heart is racing, or my chest feels tight.", heart)
    rate(form, "I can't think straight.", "Somewhat")
    rate(form, "I want to attack, or to get away.", "A little")
    pick(form, "How long ago was the argument?", "Less than 20 minutes ago")
    form.get_by_label("What I might say if I were still upset").fill(
        "Seriously? You never think about anyone but yourself."
    )
    form.get_by_label("When … (what happened, as a camera would see it)").fill("I saw the concert charge")
    form.get_by_label("I feel … (one or two words)").fill("anxious")
    form.get_by_label("I need …").fill("to feel we’re on top of money")
    form.get_by_label("Would you be willing to …?").fill("look at the budget with me tonight")
    pick(form, "Phrases I could use during the next hard talk", "I'm getting overwhelmed. Can we pause?")
    pick(form, "Phrases I could use during the next hard talk", "I see my part in this.")
    form.get_by_label("A phrase of my own").fill("Pineapple 🍍")
    pick(form, "When will we come back to talk?", "After a real break, once we have both calmed down")


def test_flooded_reader_gets_a_break_first_and_a_plan_to_download(page: Page) -> None:
    page.goto(PAGE)
    form = worksheet(page, "repair-plan")
    form.scroll_into_view_if_needed()
    fill_plan(form, heart="A lot")
    result = submit(form)

    expect(result.locator(".result__summary")).to_have_text(
        "Your body may still be on alert. Before anything else, take a real break, long enough for "
        "your body to settle, do something soothing, and agree a time to come back. Your plan is "
        "below."
    )
    expect(result.locator(".result__heading")).to_have_text(
        [
            "Before we talk",
            "What I'll say first",
            "Phrases I'll use",
            "If I get flooded",
            "Notes on how you start",
            "Read more",
        ]
    )
    first = result.locator(".result__block").filter(has_text="What I'll say first")
    expect(first.locator("li").first).to_have_text(
        "I feel anxious when I saw the concert charge. I need to feel we’re on top of money. "
        "Would you be willing to look at the budget with me tonight?"
    )
    notes = result.locator(".result__block").filter(has_text="Notes on how you start").locator("li")
    expect(notes.first).to_contain_text("In your first words: Sarcasm. “Seriously?”")
    expect(notes.nth(1)).to_contain_text("In your first words: A blame opener. “You never”")
    expect(result).to_contain_text(f"My part in it: I opened with an attack. {HOSTILE}")
    assert page.evaluate("window.__pwned") is None

    with page.expect_download() as info:
        result.get_by_role("link", name="Download the plan (text file)").click()
    download = info.value
    assert download.suggested_filename == "repair-plan.txt"
    text = Path(download.path()).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "REPAIR PLAN"
    headings = [lines[i - 1] for i, line in enumerate(lines) if line and set(line) == {"-"}]
    assert headings == ["Before we talk", "What I'll say first", "Phrases I'll use", "If I get flooded"]
    assert lines[2:5] == [
        "Before we talk",
        "--------------",
        "- Take a break first, long enough for your body to settle. That is a rule of thumb, "
        "not a law. Many people need longer than they expect.",
    ]
    assert "- Pineapple 🍍" in lines
    assert "Notes on how you start" not in text


def test_a_calm_reader_is_not_told_to_take_a_break_first(page: Page) -> None:
    page.goto(PAGE)
    form = worksheet(page, "repair-plan")
    fill_plan(form, heart="Not at all")
    result = submit(form)
    expect(result.locator(".result__summary")).to_have_text(
        "Your plan is ready. The argument was very recent, so check in with your body before you talk. "
        "A pause rarely hurts."
    )
    before = result.locator(".result__block").filter(has_text="Before we talk").locator("li")
    expect(before.first).to_have_text(
        "When we'll come back to talk: after a real break, once we have both calmed down. "
        "Say this out loud, and keep to it."
    )
