"""Feelings explorer: broad to precise feelings, a guess about the partner, questions to ask,
and partner mode that compares guesses with answers without calling anyone wrong."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worksheets import AnswersInvalid, Result, get
from worksheets.browser import compare_json
from worksheets.library.feelings_explorer import FAMILIES, GUESS_THEN_CHECK, WORDS, compare, describe

from .strategies import answers_like, result_or_invalid

HOSTILE = '<script>alert(1)</script> """); import js # {{ 7*7 }}'
JUDGING = re.compile(r"\b(wrong|incorrect|fail(ed|ure)?|score|mistake|bad at)\b", re.I)


@pytest.fixture
def sheet():
    return get("feelings-explorer")


def block(result: Result, heading: str) -> tuple[str, ...]:
    return next(b.items for b in result.blocks if b.heading == heading)


def headings(result: Result) -> list[str]:
    return [b.heading for b in result.blocks]


def person(
    family: str,
    words: list[str],
    strength: int,
    guess: str | None = None,
    guess_words=(),
    guess_strength=None,
):
    answers = {"my_family": family, "my_words": words, "my_strength": strength}
    if guess:
        answers.update(their_family=guess, their_words=list(guess_words), their_strength=guess_strength)
    return get("feelings-explorer").validate(answers)


def test_declares_eight_families_of_five_to_eight_unique_words(sheet) -> None:
    assert [f.key for f in FAMILIES] == ["glad", "sad", "scared", "angry", "hurt", "tired", "loving", "calm"]
    assert all(5 <= len(f.words) <= 8 for f in FAMILIES)
    assert len(WORDS) == sum(len(f.words) for f in FAMILIES)  # no word in two families
    words = sheet.field("my_words")
    assert (words.max_count, len(words.options)) == (3, len(WORDS))
    assert words.options[0].label == "cheerful (glad)"
    assert sheet.field("their_words").options == words.options
    assert sheet.compare is compare
    assert [f.id for f in sheet.fields if f.required] == ["my_family", "my_strength"]


def test_more_than_three_precise_words_is_a_validation_problem(sheet) -> None:
    with pytest.raises(AnswersInvalid) as caught:
        sheet.run(
            {"my_family": "glad", "my_strength": 3, "my_words": ["proud", "relieved", "hopeful", "excited"]}
        )
    assert caught.value.problems[0].field == "my_words"


def test_solo_result_names_feelings_suggests_words_and_questions(sheet) -> None:
    result = sheet.run(
        {
            "moment": "Sunday's call",
            "my_family": "hurt",
            "my_words": ["left-out", "let-down"],
            "my_strength": 4,
            "my_why": "They made plans without me.",
            "their_family": "tired",
            "their_words": ["drained"],
            "their_strength": "3",
        }
    )
    assert result.summary == (
        "You feel hurt (let down and left out), strongly (4 of 5). "
        "Your guess: your partner feels tired or overwhelmed (drained), clearly (3 of 5)."
    )
    assert headings(result) == [
        "The moment",
        "Your feelings",
        "More precise words to try",
        "What's behind it",
        "Your guess about your partner",
        "Questions to ask",
        "Guess, then check",
    ]
    assert block(result, "Your feelings") == (
        "Broad feeling: hurt.",
        "Precise words: let down and left out.",
        "How strong: strongly (4 of 5).",
    )
    assert block(result, "More precise words to try")[0] == (
        "If “hurt” is close but not exact, you might also be: misunderstood, unappreciated, "
        "embarrassed, rejected or ashamed."
    )
    assert block(result, "Questions to ask") == (
        "“I'm guessing you felt drained. Is that close?”",
        "“What would take some of the weight off?”",
        "“What was that moment like for you?”",
        "“Is there a word that fits better than mine?”",
        "“Would you like to hear how it was for me?”",
    )
    assert block(result, "Guess, then check") == (GUESS_THEN_CHECK,)


def test_words_from_other_families_and_no_guess(sheet) -> None:
    result = sheet.run({"my_family": "glad", "my_words": ["close", "proud"], "my_strength": 5})
    assert result.summary == (
        "You feel glad (proud and close), very strongly (5 of 5). "
        "You did not guess your partner's feeling this time."
    )
    assert block(result, "Your feelings")[-1] == (
        "Some of your words come from other families: close (loving). Mixed feelings are common, "
        "and naming each one helps."
    )
    assert "Your guess about your partner" not in headings(result)
    assert block(result, "Questions to ask")[0] == "“What was that moment like for you?”"


def test_no_precise_words_points_to_the_list_and_a_guess_uses_the_broad_word(sheet) -> None:
    result = sheet.run({"my_family": "scared", "my_strength": 2, "their_family": "calm"})
    assert (
        block(result, "Your feelings")[1]
        == "You did not pick precise words this time. The list below may help."
    )
    assert block(result, "Questions to ask")[0] == "“I'm guessing you felt calm. Is that close?”"
    assert result.summary.endswith("Your guess: your partner feels calm.")


def test_describe_skips_unknown_words_and_missing_families() -> None:
    assert describe("sad", ["lonely", "not-a-word"], None) == "sad (lonely)"
    assert describe(None, [], 3) == "no feeling named"


def test_hostile_and_unicode_text_is_returned_unchanged(sheet) -> None:
    result = sheet.run({"moment": HOSTILE, "my_family": "calm", "my_strength": 1, "my_why": "Ruhe 🌿 enfin"})
    assert block(result, "The moment") == (HOSTILE,)
    assert block(result, "What's behind it") == ("Ruhe 🌿 enfin",)


class TestCompare:
    def test_both_guesses_in_the_family_with_details_to_talk_about(self) -> None:
        me = person(
            "hurt", ["let-down", "left-out"], 4, guess="tired", guess_words=["drained"], guess_strength=3
        )
        them = person(
            "tired", ["drained", "numb"], 5, guess="hurt", guess_words=["let-down"], guess_strength=2
        )
        result = compare(me, them)
        assert result.summary == (
            "Both guesses landed in the same feeling family as what the other person said. "
            "Check the details together: the precise words and the strength."
        )
        assert block(result, "What each of you said") == (
            "You: hurt (let down and left out), strongly (4 of 5).",
            "Your partner: tired or overwhelmed (drained and numb), very strongly (5 of 5).",
        )
        assert block(result, "Where your guesses met") == (
            "Your guess about your partner's feeling was tired or overwhelmed, and your partner said "
            "tired or overwhelmed too.",
            "The same precise words: drained.",
            "Your partner's guess about your feeling was hurt, and you said hurt too.",
            "The same precise words: let down.",
        )
        assert block(result, "Where to talk") == (
            "Words your partner chose that the guess did not include: numb. "
            "Ask: “Tell me more about when you felt numb.”",
            "It was stronger for your partner than the guess (2 steps). Ask: “It sounds bigger than I knew. "
            "Can you tell me more?”",
            "Words you chose that the guess did not include: left out. "
            "Ask: “Tell me more about when you felt left out.”",
            "It was stronger for you than the guess (2 steps). "
            "Ask: “It sounds bigger than I knew. Can you tell me more?”",
        )
        assert block(result, "Questions to ask each other")[:2] == (
            "You could ask: “What would take some of the weight off?”",
            "Your partner could ask: “What part of it hurt the most?”",
        )

    def test_different_families_are_places_to_talk_never_wrong(self) -> None:
        me = person("scared", [], 2, guess="calm", guess_strength=1)
        them = person("hurt", ["let-down"], 4, guess="tired", guess_strength=3)
        result = compare(me, them)
        assert result.summary == (
            "Both guesses point to different feelings than the answers. That is useful: each gap is "
            "something to talk about, and every check makes the next guess better."
        )
        assert block(result, "Where your guesses met") == (
            "Your partner's guess about how strong it was came within one step.",
        )
        talk = block(result, "Where to talk")
        assert talk[0] == (
            "Your guess about your partner's feeling was calm; your partner said hurt. A good question: "
            "“I guessed you felt calm, and you felt hurt. What was it like for you?”"
        )
        assert talk[2] == (
            "It was stronger for your partner than the guess (3 steps). Ask: “It sounds bigger than I knew. "
            "Can you tell me more?”"
        )
        assert talk[3].startswith(
            "Your partner's guess about your feeling was tired or overwhelmed; you said scared."
        )
        text = json.dumps(result.to_json())
        assert not JUDGING.search(text.replace("is not a failure", ""))

    def test_milder_than_guessed_and_exact_strength(self) -> None:
        me = person("glad", ["proud"], 3, guess="glad", guess_words=["excited"], guess_strength=5)
        them = person("glad", ["relieved"], 2, guess="glad", guess_strength=3)
        result = compare(me, them)
        assert (
            "It was milder for your partner than the guess (3 steps). Ask: “What helped it stay small?”"
            in block(result, "Where to talk")
        )
        assert "Your partner's guess about how strong it was matched exactly." in block(
            result, "Where your guesses met"
        )

    def test_missing_guesses_are_invitations(self) -> None:
        me = person("glad", [], 3)
        them = person("calm", [], 3, guess="glad", guess_strength=3)
        one = compare(me, them)
        assert one.summary == (
            "One of you made a guess, and it landed in the same feeling family as the answer. "
            "Check the details together: the precise words and the strength."
        )
        assert block(one, "Where to talk")[0] == (
            "Your guess about your partner's feeling is missing this time. Next time, try a guess: "
            "even a rough one gives you something to check."
        )
        none = compare(me, person("calm", [], 3))
        assert none.summary == "Neither of you made a guess this time. Try a guess each, then compare again."
        assert block(none, "Where your guesses met") == ("Not this time. That is fine: now you know more.",)

    def test_one_in_one_out(self) -> None:
        me = person("sad", ["lonely"], 3, guess="angry")
        them = person("angry", ["fed-up"], 3, guess="glad")
        assert compare(me, them).summary == (
            "One guess landed in the same feeling family, and one points somewhere else. "
            "Both give you something to talk about."
        )

    def test_compare_through_the_browser_entry(self) -> None:
        mine = {"my_family": "loving", "my_words": ["close"], "my_strength": "4", "their_family": "loving"}
        theirs = {"my_family": "loving", "my_words": ["fond"], "my_strength": 4}
        reply = json.loads(compare_json("feelings-explorer", json.dumps(mine), json.dumps(theirs)))
        assert reply["ok"] is True
        assert (
            reply["result"]["summary"]
            == compare(
                get("feelings-explorer").validate(mine), get("feelings-explorer").validate(theirs)
            ).summary
        )
        assert "data" not in reply["result"]  # the page is sent only what a person reads
        bad = json.loads(compare_json("feelings-explorer", json.dumps(mine), json.dumps({"my_family": "x"})))
        assert [p["field"] for p in bad["problems"]] == ["my_family", "my_strength"]


FAMILY = st.sampled_from([f.key for f in FAMILIES] + ["", "nope"])
WORD_LIST = st.lists(st.sampled_from([*WORDS, "nope"]), max_size=4)
STRENGTH = st.integers(0, 6) | st.sampled_from(["1", "5", " 3 ", None])
PLAUSIBLE = {
    "moment": st.text(max_size=220) | st.just(HOSTILE),
    "my_family": FAMILY,
    "my_words": WORD_LIST,
    "my_strength": STRENGTH,
    "my_why": st.none() | st.text(max_size=200),
    "their_family": FAMILY | st.none(),
    "their_words": WORD_LIST,
    "their_strength": STRENGTH,
}
ANSWERS = answers_like(get("feelings-explorer"), PLAUSIBLE)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANSWERS)
def test_any_answers_give_a_result_or_answers_invalid(answers) -> None:
    sheet = get("feelings-explorer")
    result_or_invalid(sheet.run, answers)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANSWERS, ANSWERS)
def test_any_pair_of_answers_compares_or_is_invalid(mine, theirs) -> None:
    reply = json.loads(compare_json("feelings-explorer", json.dumps(mine), json.dumps(theirs)))
    assert reply["ok"] is True or "problems" in reply, reply.get("error")
    if reply["ok"]:
        assert not JUDGING.search(json.dumps(reply["result"]).replace("is not a failure", ""))


# A quoted sentence (it ends with "." or "?"), not a quoted word such as «tranquilo/a».
SAID_TO_A_PARTNER = re.compile(r"[“«][^”»]*[.?][”»]")


def _quoted_sentences(result: Result) -> list[str]:
    """Every sentence in quotation marks: what one partner could say to the other."""
    text = [result.summary] + [item for b in result.blocks for item in b.items]
    return [m.group(0) for line in text for m in SAID_TO_A_PARTNER.finditer(line)]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_what_a_partner_says_back_fits_anyone_for_every_feeling(lang: str) -> None:
    """No "dolido/a" in "I'm guessing you felt…", nor in the comparison's questions: each family
    and each precise word, as the guess and as the answer, in both languages."""
    from worksheets.i18n import language

    choices = [(f.key, []) for f in FAMILIES] + [(f.key, [v]) for v, (_, f) in WORDS.items()]
    calm = [v for v, (_, f) in WORDS.items() if f.key == "calm"][:1]
    with language(lang):
        for family, words in choices:
            other = "calm" if family != "calm" else "glad"
            me = person(other, calm if other == "calm" else [], 3, guess=family, guess_words=words)
            them = person(family, words, 3, guess=other)
            said = _quoted_sentences(get("feelings-explorer").evaluate(me))
            said += _quoted_sentences(compare(me, them))
            assert said, (family, words)
            assert [s for s in said if "/" in s] == [], (lang, family, words)
            if lang == "es":
                assert not any("“" in s and "«" not in s for s in said), said


def test_every_family_and_word_has_a_way_to_be_said_back() -> None:
    from worksheets.library.feelings_explorer import FELT

    assert set(FELT) == {f.key for f in FAMILIES} | {w for f in FAMILIES for w in f.words}
