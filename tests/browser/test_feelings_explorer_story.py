"""A reader names a feeling from broad to precise, guesses their partner's, and gets questions."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from .helpers import RESULT_TIMEOUT_MS, choose, submit_and_wait, switch_answerer, worksheet

PAGE = "chapters/empathy-and-compassion/"


def pick(form: Locator, group: str, *labels: str) -> None:
    fieldset = form.get_by_role("group", name=group, exact=False)
    for label in labels:
        fieldset.get_by_label(label, exact=True).check()


def test_name_guess_and_get_questions(page: Page) -> None:
    page.goto(PAGE)
    form = worksheet(page, "feelings-explorer")
    form.scroll_into_view_if_needed()
    form.get_by_label("What moment are you thinking of?").fill("Sunday's call — ça allait pas 💔")
    choose(form, "My broad feeling", "Hurt")
    pick(form, "My precise feelings", "let down (hurt)", "left out (hurt)", "numb (tired or overwhelmed)")
    # Three is the most: the other boxes are disabled, and a note says why, until one is unticked.
    words = form.get_by_role("group", name="My precise feelings")
    expect(words.get_by_label("worried (scared)", exact=True)).to_be_disabled()
    note = words.locator("[data-choice-note]")
    expect(note).to_have_text(
        "You have chosen three, the most for this question. To choose another, untick one first."
    )
    # On a phone the list runs to 50-odd rows: the note stays in sight wherever the person is
    # in it (it sticks to the bottom of the screen), not only after the last row.
    size = page.viewport_size
    page.set_viewport_size({"width": 360, "height": 740})
    for where in ("let down (hurt)", "worried (scared)"):
        words.get_by_label(where, exact=True).scroll_into_view_if_needed()
        expect(note).to_be_in_viewport()
        assert not words.get_by_label(where, exact=True).evaluate(
            "(box, note) => { const a = box.closest('label').getBoundingClientRect(),"
            " b = note.getBoundingClientRect(); return a.bottom > b.top && a.top < b.bottom; }",
            note.element_handle(),
        ), f"the note covers {where}"
    if size:
        page.set_viewport_size(size)
    words.get_by_label("numb (tired or overwhelmed)", exact=True).uncheck()
    expect(note).to_be_hidden()
    pick(form, "My precise feelings", "worried (scared)")
    pick(form, "How strong was it for me?", "4 Strongly")
    choose(form, "My guess of my partner's broad feeling", "Tired or overwhelmed")
    pick(form, "My guess of my partner's precise feelings", "drained (tired or overwhelmed)")
    pick(form, "How strong do I guess it was for my partner?", "3 Clearly")

    result = submit_and_wait(form)
    expect(result.locator(".result__summary")).to_have_text(
        "You feel hurt (let down, left out and worried), strongly (4 of 5). Your guess: your partner feels "
        "tired or overwhelmed (drained), clearly (3 of 5)."
    )
    expect(result).to_contain_text("Some of your words come from other families: worried (scared).")
    expect(result).to_contain_text(
        "you might also be: misunderstood, unappreciated, embarrassed, rejected or ashamed."
    )
    questions = result.locator("section", has_text="Questions to ask").locator("li")
    expect(questions.first).to_have_text("“I'm guessing you felt drained. Is that close?”")
    expect(result.locator("section", has_text="The moment").locator("p")).to_have_text(
        "Sunday's call — ça allait pas 💔"
    )

    # Checked feelings are saved on the device and come back after a reload.
    page.reload()
    form = worksheet(page, "feelings-explorer")
    expect(form.locator("[data-worksheet-save]")).to_contain_text("are restored")
    mine = form.get_by_role("group", name="My precise feelings")
    expect(mine.get_by_label("left out (hurt)")).to_be_checked()
    expect(mine.get_by_label("numb (tired or overwhelmed)")).not_to_be_checked()
    guess = form.get_by_role("group", name="My guess of my partner's precise feelings")
    expect(guess.get_by_label("left out (hurt)")).not_to_be_checked()


def answer(
    form: Locator, family: str, words: tuple[str, ...], strength: str, guess: str, guess_words=()
) -> None:
    choose(form, "My broad feeling", family)
    pick(form, "My precise feelings", *words)
    pick(form, "How strong was it for me?", strength)
    choose(form, "My guess of my partner's broad feeling", guess)
    pick(form, "My guess of my partner's precise feelings", *guess_words)


def test_partners_guess_then_check_together(page: Page) -> None:
    page.goto(PAGE)
    form = worksheet(page, "feelings-explorer")
    form.scroll_into_view_if_needed()
    panel = form.get_by_role("region", name="Answer as a couple (optional)")
    answer(
        form,
        "Hurt",
        ("let down (hurt)",),
        "4 Strongly",
        "Tired or overwhelmed",
        ("drained (tired or overwhelmed)",),
    )
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")

    switch_answerer(panel, "My partner is answering")
    expect(form.locator("input:checked")).to_have_count(0)
    answer(
        form,
        "Tired or overwhelmed",
        ("drained (tired or overwhelmed)", "numb (tired or overwhelmed)"),
        "5 Very strongly",
        "Angry",
    )
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")

    panel.get_by_role("button", name="Compare our answers").click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(result.locator(".result__summary")).to_have_text(
        "One guess landed in the same feeling family, and one points somewhere else. "
        "Both give you something to talk about."
    )
    expect(result).to_contain_text(
        "Your guess about your partner's feeling was tired or overwhelmed, and your partner said "
        "tired or overwhelmed too."
    )
    expect(result).to_contain_text(
        "Your partner's guess about your feeling was angry; you said hurt. A good question: "
        "“I guessed you felt angry, and you felt hurt. What was it like for you?”"
    )
    expect(result).not_to_contain_text("wrong")
