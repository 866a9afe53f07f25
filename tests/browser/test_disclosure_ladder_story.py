"""A reader lists a few things they might share, builds a ladder and gets a plan for turns."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from .helpers import RESULT_TIMEOUT_MS, choose, feel_safe, worksheet

VULNERABILITY = "chapters/vulnerability/"
HOSTILE = '<img src=x onerror="window.__pwned=1">{{ 7*7 }}'


def press(form: Locator, button: str, check: bool = False) -> Locator:
    form.get_by_role("button", name=button, exact=True).click()
    if check:  # a rung rated 4 or 5 for exposure: the safety check comes first
        feel_safe(form.page, "disclosure-ladder")
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    return result


def add_thing(form: Locator, n: int, text: str, exposed: str | None, ready: str | None) -> None:
    form.get_by_label(f"Thing {n}: what I might share").fill(text)
    if exposed:
        choose(form, f"Thing {n}: how exposed would I feel?", exposed)
    if ready:
        choose(form, f"Thing {n}: how ready am I?", ready)


def test_build_a_ladder_and_a_plan_for_turns(page: Page) -> None:
    page.goto(VULNERABILITY)
    form = worksheet(page, "disclosure-ladder")
    form.scroll_into_view_if_needed()
    add_thing(form, 1, "My worries about money", "Quite exposed", "A little ready")
    add_thing(form, 2, "A film that always makes me cry", "Not at all exposed", "Fully ready")
    add_thing(form, 3, HOSTILE, "Somewhat exposed", "Somewhat ready")
    form.get_by_role("group", name="Who will go first?").get_by_label("We take turns going first").check()

    result = press(form, "Build my ladder", check=True)

    expect(result.locator(".result__summary")).to_have_text(
        "Your next step could be “A film that always makes me cry”. It is the lowest rung you feel ready for."
    )
    rungs = result.locator("section", has=page.get_by_role("heading", name="Your ladder", exact=True))
    expect(rungs.locator("li")).to_have_text(
        [
            "Rung 1: “A film that always makes me cry”. You would feel not at all exposed (1 of 5) "
            "and you feel fully ready (5 of 5).",
            f"Rung 2: “{HOSTILE}”. You would feel somewhat exposed (3 of 5) and you feel "
            "somewhat ready (3 of 5).",
            "Rung 3: “My worries about money”. You would feel quite exposed (4 of 5) and you feel "
            "a little ready (2 of 5).",
        ]
    )
    plan = result.locator("section", has=page.get_by_role("heading", name="A plan for taking turns"))
    items = plan.locator("li")
    expect(items).to_have_count(7)  # three rounds of two turns and one pause
    expect(items.nth(0)).to_have_text(
        "Round 1, turn 1 (you): share “A film that always makes me cry”. "
        "Then your partner asks: “How do you feel now that you have said it?”"
    )
    expect(items.nth(2)).to_contain_text("Round 2, turn 1 (your partner)")
    expect(items.nth(4)).to_contain_text("Pause here.")
    expect(result.get_by_role("heading", name="Questions, level 2: middle")).to_be_visible()
    expect(result.get_by_role("heading", name="Questions, level 3: deeper")).to_have_count(0)
    assert page.evaluate("window.__pwned") is None


def test_a_thing_without_ratings_gets_a_clear_message(page: Page) -> None:
    page.goto(VULNERABILITY)
    form = worksheet(page, "disclosure-ladder")
    add_thing(form, 1, "A small joy from this week", "A little exposed", "Mostly ready")
    add_thing(form, 4, "How I feel about my dad", None, "Not ready yet")
    form.get_by_role("group", name="Who will go first?").get_by_label("Me", exact=True).check()

    form.get_by_role("button", name="Build my ladder").click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "error", timeout=RESULT_TIMEOUT_MS)
    error = form.locator('[data-field-error="risk_4"]')
    expect(error).to_have_text("Please answer this question, because you wrote something for thing 4.")
    expect(form.locator("[data-worksheet-errors]")).to_contain_text("Thing 4: how exposed would I feel?")

    choose(form, "Thing 4: how exposed would I feel?", "Very exposed")
    result = press(form, "Build my ladder", check=True)
    expect(result.locator(".result__summary")).to_have_text(
        "Your next step could be “A small joy from this week”. It is the lowest rung you feel ready for."
    )
    expect(error).to_be_hidden()
