"""A reader replies to something a partner might say, sees what the reply did, and tries again."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from worksheets.library.reflective_listening import STATEMENTS

from .helpers import RESULT_TIMEOUT_MS, choose, submit_and_wait, worksheet

PAGE = "chapters/active-listening/"
HOSTILE = '<img src=x onerror="window.__pwned=1">"""); import js; js.window.__pwned = 2 # {{ 7*7 }}'


def test_reply_feedback_then_a_second_try(page: Page) -> None:
    page.goto(PAGE)
    form = worksheet(page, "reflective-listening")
    form.scroll_into_view_if_needed()
    choose(form, "Pick one thing your partner might say", "A new-parent moment")
    form.get_by_label("What would you say back?").fill(
        "At least the baby is healthy. Have you tried sleeping when she sleeps?"
    )
    result = submit_and_wait(form)

    expect(result.locator(".result__summary")).to_have_text(
        "Thank you for writing a reply. Something to try: naming a feeling, checking your guess, "
        "asking before you give advice and staying with the hard part before any bright side."
    )
    expect(result).to_contain_text("You offered advice (“have you tried”).")
    expect(result).to_contain_text("You might add: “You sound exhausted.”")
    model = next(s.model_reply for s in STATEMENTS if s.key == "new_parent")
    expect(result).to_contain_text(model)
    expect(result).to_contain_text("This is one possible reply, not the right one.")
    expect(result).to_contain_text("In research by Weger and colleagues")
    headings = result.locator(".result__heading")
    expect(headings).to_have_text(
        [
            "What your partner said",
            "Your reply",
            "What to try",
            "One possible reply",
            "The real test",
            "Read more",
        ]
    )

    # A second try, written after reading the feedback.
    form.get_by_label("A second try").fill(
        "You sound so worn out, love. Is it the tiredness, or something more?"
    )
    form.get_by_role("button", name="Show my reflection").click()
    expect(result.locator(".result__summary")).to_contain_text(
        "In your second try, you also named a feeling and checked your understanding.",
        timeout=RESULT_TIMEOUT_MS,
    )
    expect(result).to_have_attribute("data-state", "ready")
    changed = result.locator("section", has_text="What changed in your second try")
    expect(changed.locator("li")).to_have_text(
        [
            "New this time: you named a feeling (“worn out”).",
            "New this time: you checked your understanding (you asked a question).",
            "You held back the advice this time.",
            "You stayed with the hard part instead of looking for a bright side.",
        ]
    )


def test_a_missing_reply_is_named_and_hostile_text_stays_text(page: Page) -> None:
    page.goto(PAGE)
    form = worksheet(page, "reflective-listening")
    choose(form, "Pick one thing your partner might say", "Missing each other from afar")
    form.get_by_role("button", name="Show my reflection").click()
    expect(form.locator("[data-worksheet-result]")).to_have_attribute(
        "data-state", "error", timeout=RESULT_TIMEOUT_MS
    )
    expect(form.locator('[data-field-error="reply"]')).to_have_text("Please answer this question.")

    form.get_by_label("What would you say back?").fill(HOSTILE)
    result = submit_and_wait(form)
    expect(result.locator("section", has_text="Your reply").locator("p")).to_have_text(HOSTILE)
    assert page.evaluate("window.__pwned") is None
