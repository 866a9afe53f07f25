"""A couple draws cards, keeps a favourite, closes the page, and carries on where they left off."""

from __future__ import annotations

import json

from playwright.sync_api import Locator, Page, expect

from worksheets.library.conversation_deck import BY_ID, QUESTIONS

from .helpers import RESULT_TIMEOUT_MS, worksheet

SUSTAINING = "chapters/sustaining-the-flame/"
LIGHT = set(QUESTIONS["light"])


def press(form: Locator, button: str, previous: str | None = None) -> str:
    """Press a deck button; wait for Python's new result and return its summary."""
    form.get_by_role("button", name=button, exact=True).click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    summary = result.locator(".result__summary")
    if previous is not None:
        expect(summary).not_to_have_text(previous)
    return summary.inner_text()


def hidden(form: Locator, field: str):
    raw = form.locator(f'input[type="hidden"][name="{field}"]').input_value()
    return json.loads(raw) if raw else None


def section(form: Locator, heading: str) -> Locator:
    result = form.locator("[data-worksheet-result]")
    return result.locator("section", has=form.page.get_by_role("heading", name=heading, exact=True))


def test_draw_keep_reload_and_carry_on(page: Page) -> None:
    page.goto(SUSTAINING)
    form = worksheet(page, "conversation-deck")
    form.scroll_into_view_if_needed()
    form.get_by_role("group", name="Which cards would you like?").get_by_label("Light", exact=True).check()

    cards: list[str] = []
    for count in (1, 2, 3):
        cards.append(press(form, "Draw a card", cards[-1] if cards else None))
        expect(section(form, "Your deck").locator("li").first).to_have_text(f"{count} of 48 cards drawn.")
    assert len(set(cards)) == 3, f"a card came up twice: {cards}"
    assert set(cards) <= LIGHT

    kept = press(form, "Keep this card as a favourite", cards[-1])
    assert kept == f"Kept as a favourite: “{cards[-1]}”"
    expect(section(form, "Your favourites").locator("li")).to_have_text([cards[-1]])
    seed = hidden(form, "seed")
    assert isinstance(seed, str) and seed
    drawn = hidden(form, "drawn")
    assert [BY_ID[i].text for i in drawn] == cards
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")

    page.reload()
    form = worksheet(page, "conversation-deck")
    expect(form.locator("[data-worksheet-save]")).to_contain_text("are restored")
    assert hidden(form, "drawn") == drawn
    assert [BY_ID[i].text for i in hidden(form, "favourites")] == [cards[-1]]
    assert hidden(form, "seed") == seed
    expect(form.get_by_label("Light", exact=True)).to_be_checked()

    fourth = press(form, "Draw a card")
    assert fourth in LIGHT and fourth not in cards
    expect(section(form, "Your deck").locator("li")).to_have_text(
        ["4 of 48 cards drawn.", "4 of 16 light cards drawn."]
    )
    expect(section(form, "Your favourites").locator("li")).to_have_text([cards[-1]])

    shuffled = press(form, "Shuffle the deck again", fourth)
    assert shuffled == "The deck is shuffled. All 48 cards are back, and your favourites are kept."
    expect(section(form, "Your deck").locator("li").first).to_have_text("0 of 48 cards drawn.")
    expect(section(form, "Your favourites").locator("li")).to_have_text([cards[-1]])
    assert hidden(form, "drawn") == [] and hidden(form, "seed") != seed
