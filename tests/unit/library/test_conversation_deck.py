"""The conversation deck: seeded draws without repeats, favourites, reset and untrusted state."""

from __future__ import annotations

import random
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worksheets import AnswersInvalid, Result, get
from worksheets.library.conversation_deck import BY_ID, CARDS, QUESTIONS, WORKSHEET, draw, reshuffled

from .strategies import JSON_VALUES, answers_like, result_or_invalid

HOSTILE = ("<script>alert(1)</script>", '"""); import js', "{{ 7*7 }}")


@pytest.fixture
def deck():
    return get("conversation-deck")


def press(deck, action: str, state: dict, level: str | None = "light") -> Result:
    """Press a button the way the page does: the saved hidden state plus the chosen level."""
    answers = {"action": action, "seed": "", "drawn": [], "favourites": [], "current": "", **state}
    if level is not None:
        answers["level"] = level
    return deck.run(answers)


def carry(state: dict, result: Result) -> dict:
    """What the page saves after a result: the old state with the result's state written over it."""
    return {**state, **result.state}


def block(result: Result, heading: str) -> tuple[str, ...]:
    return next(b.items for b in result.blocks if b.heading == heading)


def test_three_levels_of_at_least_fifteen_cards_written_for_closer() -> None:
    assert list(QUESTIONS) == ["light", "deeper", "deepest"]
    assert all(len(texts) >= 15 for texts in QUESTIONS.values())
    assert len(CARDS) == 48
    texts = [c.text for c in CARDS]
    assert len(set(texts)) == len(texts) and len(BY_ID) == len(CARDS)
    assert all(t.endswith("?") for t in texts)
    assert [c.id for c in CARDS[:2]] == ["light-01", "light-02"] and CARDS[-1].id == "deepest-16"
    joined = " ".join(texts).lower()
    for phrase in ("dinner guest", "famous", "perfect day", "crystal ball", "sang to yourself", "house"):
        assert phrase not in joined
    # Inclusive: no gendered words for a partner.
    for word in (" he ", " she ", "husband", "wife", "boyfriend", "girlfriend"):
        assert word not in f" {joined} "


def test_declares_a_level_hidden_state_and_three_buttons(deck) -> None:
    fields = {f.id: f for f in deck.fields}
    assert [o.value for o in fields["level"].options] == ["light", "deeper", "deepest", "mix"]
    assert (fields["seed"].kind, fields["seed"].shape, fields["seed"].fill) == ("hidden", "text", "seed")
    assert (fields["drawn"].shape, fields["favourites"].shape, fields["current"].shape) == (
        "list",
        "list",
        "text",
    )
    assert [(a.value, a.label) for a in deck.actions] == [
        ("draw", "Draw a card"),
        ("keep", "Keep this card as a favourite"),
        ("reset", "Shuffle the deck again"),
    ]


def test_draw_is_seeded_by_seed_and_count(deck) -> None:
    result = press(deck, "draw", {"seed": "9f3a61c2"})
    pool = [c for c in CARDS if c.level == "light"]
    expected = random.Random("9f3a61c2:0").choice(pool)
    assert expected.id == "light-05"
    assert result.summary == expected.text == "What is a simple outing you would like us to take this month?"
    assert result.state == {"drawn": ["light-05"], "favourites": [], "current": "light-05"}
    assert block(result, "About this card") == (
        "A light card. Take turns answering, and have fun with it.",
        "Either of you can pass on any card, with no reason needed.",
    )
    assert block(result, "Your deck") == ("1 of 48 cards drawn.", "1 of 16 light cards drawn.")
    assert press(deck, "draw", {"seed": "9f3a61c2"}).state == result.state  # pure


def test_draws_never_repeat_until_the_level_is_used_up(deck) -> None:
    state: dict = {"seed": "a1"}
    seen = []
    for _ in range(16):
        result = press(deck, "draw", state, level="deepest")
        seen.append(result.state["current"])
        state = carry(state, result)
    assert sorted(seen) == [f"deepest-{n:02d}" for n in range(1, 17)]
    assert seen != sorted(seen)  # shuffled, not in order
    done = press(deck, "draw", state, level="deepest")
    assert done.summary == (
        "You have drawn every card at the deepest level. Press “Shuffle the deck again” to start "
        "over, or choose another level."
    )
    assert done.state["drawn"] == state["drawn"] and done.state["current"] == seen[-1]
    assert block(done, "Your deck") == ("16 of 48 cards drawn.", "16 of 16 deepest cards drawn.")
    # Another level still has cards.
    assert press(deck, "draw", state, level="light").state["current"].startswith("light-")


def test_mix_draws_from_every_level_and_says_when_the_deck_is_empty(deck) -> None:
    state: dict = {"seed": "mix"}
    levels = set()
    for _ in range(48):
        result = press(deck, "draw", state, level="mix")
        levels.add(BY_ID[result.state["current"]].level)
        state = carry(state, result)
    assert levels == {"light", "deeper", "deepest"}
    assert len(state["drawn"]) == 48
    done = press(deck, "draw", state, level="mix")
    assert done.summary.startswith("You have drawn every card in the deck.")
    assert block(done, "Your deck") == ("48 of 48 cards drawn.",)


def test_keep_adds_the_card_on_the_table_once(deck) -> None:
    state = carry({"seed": "k"}, press(deck, "draw", {"seed": "k"}))
    card = BY_ID[state["current"]]
    kept = press(deck, "keep", state)
    assert kept.summary == f"Kept as a favourite: “{card.text}”"
    assert kept.state == {"drawn": [card.id], "favourites": [card.id], "current": card.id}
    assert block(kept, "Your favourites") == (card.text,)
    again = press(deck, "keep", carry(state, kept))
    assert again.summary == f"This card is already one of your favourites: “{card.text}”"
    assert again.state["favourites"] == [card.id]


def test_keep_with_no_card_on_the_table(deck) -> None:
    result = press(deck, "keep", {"current": ""})
    assert (
        result.summary == "There is no card on the table yet. Draw a card first, then keep it if you like it."
    )
    assert block(result, "Your favourites") == (
        "No favourites yet. After you draw a card you like, press “Keep this card as a favourite”.",
    )


def test_reset_clears_drawn_keeps_favourites_and_reshuffles(deck) -> None:
    state = {
        "seed": "s1",
        "drawn": ["light-01", "light-02"],
        "favourites": ["light-02"],
        "current": "light-02",
    }
    result = press(deck, "reset", state)
    assert result.summary == "The deck is shuffled. All 48 cards are back, and your favourites are kept."
    assert result.state == {"seed": reshuffled("s1"), "drawn": [], "favourites": ["light-02"], "current": ""}
    assert reshuffled("s1") != "s1" and len(reshuffled("s1")) == 16
    assert block(result, "Your deck") == ("0 of 48 cards drawn.", "0 of 16 light cards drawn.")
    assert block(result, "Your favourites") == (BY_ID["light-02"].text,)
    # After a reset the next round starts from the new seed.
    after = press(deck, "draw", carry(state, result))
    assert after.state["current"] == draw(reshuffled("s1"), [], "light").id


def test_unknown_and_malformed_ids_in_the_state_are_ignored(deck) -> None:
    state = {
        "seed": "x",
        "drawn": ["light-01", "light-99", 7, None, ["light-02"], {"id": "light-03"}, "light-01", "LIGHT-04"],
        "favourites": ["deeper-01", "nope", 3.5, "deeper-01"],
        "current": "<script>alert(1)</script>",
    }
    result = press(deck, "keep", state)
    assert result.summary.startswith("There is no card on the table yet.")
    assert result.state == {"drawn": ["light-01"], "favourites": ["deeper-01"], "current": ""}
    assert block(result, "Your deck") == ("1 of 48 cards drawn.", "1 of 16 light cards drawn.")
    assert block(result, "Your favourites") == (BY_ID["deeper-01"].text,)


def test_no_level_chosen_draws_a_light_card_and_says_so(deck) -> None:
    result = press(deck, "draw", {"seed": "n"}, level=None)
    assert result.state["current"].startswith("light-")
    assert block(result, "About this card")[0] == "You did not choose a level, so this card is a light one."


def test_the_default_button_is_draw_and_unknown_buttons_are_refused(deck) -> None:
    drawn = deck.run({"level": "deeper", "seed": "d"})
    assert drawn.summary == BY_ID[drawn.state["current"]].text
    with pytest.raises(AnswersInvalid) as caught:
        deck.run({"action": "cheat", "level": "light"})
    assert caught.value.problems[0].field == "action"


@pytest.mark.parametrize("seed", [*HOSTILE, "ünïcødé 🌱", "z" * 500, ""])
def test_any_seed_text_works(deck, seed) -> None:
    result = press(deck, "draw", {"seed": seed}, level="deeper")
    assert result.state["current"] == draw(seed, [], "deeper").id
    assert BY_ID[result.state["current"]].level == "deeper"


def test_examples_run_and_read_plainly(deck) -> None:
    for example in deck.examples:
        assert isinstance(deck.run(example), Result)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import textstat
    for texts in QUESTIONS.values():
        assert textstat.flesch_kincaid_grade(" ".join(texts)) <= 8


# --- any answers give a Result or AnswersInvalid ----------------------------------------------

# Ids in a saved state as they may really be: real cards, or one of each kind of wrong value,
# picked from a list (cheaper than deep JSON for each of up to 60 items, and as telling).
CARD_IDS = [c.id for c in CARDS]
NOT_IDS = ["", "light-99", "LIGHT-01", "<script>", None, True, 7, 3.5, ["light-01"], {"id": "light-01"}]
IDS = st.sampled_from(CARD_IDS) | st.sampled_from(NOT_IDS)
# Whole levels (and the whole deck) already drawn, with or without stray items: the "used up" paths.
USED_UP = st.builds(
    lambda cards, extra: cards + extra,
    st.sampled_from([[c.id for c in CARDS if c.level == level] for level in QUESTIONS] + [CARD_IDS]),
    st.lists(IDS, max_size=3),
)
PLAUSIBLE = {
    "action": st.sampled_from(["draw", "keep", "reset", "other"]),
    "level": st.sampled_from(["light", "deeper", "deepest", "mix", "none"]),
    "seed": st.text(max_size=40) | st.sampled_from(HOSTILE),
    "drawn": st.lists(IDS, max_size=60) | USED_UP | JSON_VALUES,
    "favourites": st.lists(IDS, max_size=10) | JSON_VALUES,
    "current": st.sampled_from(CARD_IDS) | st.text(max_size=20) | JSON_VALUES,
}
ANSWERS = answers_like(WORKSHEET, PLAUSIBLE)


@settings(max_examples=100, deadline=None)
@given(ANSWERS)
def test_any_answers_give_a_result_or_answers_invalid(answers) -> None:
    result = result_or_invalid(WORKSHEET.run, answers)
    if result is not None:
        assert result.summary
        assert all(i in BY_ID for i in result.state["drawn"] + result.state["favourites"])
        assert len(set(result.state["drawn"])) == len(result.state["drawn"])
        assert block(result, "Your deck")[0].endswith(" of 48 cards drawn.")


def test_a_mix_opens_light_and_reaches_deepest_only_after_a_deeper_card(deck) -> None:
    """ "A mix of all three" never opens with a deepest card, for any shuffle."""
    for seed in ("a", "b", "c", "d", "e", "f", "g", "h"):
        state: dict = {"seed": seed}
        levels = []
        for _ in range(6):
            result = press(deck, "draw", state, level="mix")
            state = carry(state, result)
            levels.append(BY_ID[state["current"]].level)
        assert levels[0] == "light", (seed, levels)
        if "deepest" in levels:
            assert "deeper" in levels[: levels.index("deepest")], (seed, levels)
