"""Reflective listening: a reply to a partner's statement, what it did well, what to try,
one possible reply, and the reminder that only the partner can say if they felt understood."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worksheets import AnswersInvalid, Result, get
from worksheets.library.reflective_listening import REAL_TEST, STATEMENTS, changes, summary_for
from worksheets.text.listening import TRY, analyse

from .strategies import answers_like, result_or_invalid

HOSTILE = '<img src=x onerror=alert(1)> """); import js # {{ 7*7 }}'


@pytest.fixture
def sheet():
    return get("reflective-listening")


def headings(result: Result) -> list[str]:
    return [b.heading for b in result.blocks]


def block(result: Result, heading: str) -> tuple[str, ...]:
    return next(b.items for b in result.blocks if b.heading == heading)


def test_declares_six_varied_statements_and_three_fields(sheet) -> None:
    assert [s.key for s in STATEMENTS] == ["work", "friend", "parent", "left_out", "new_parent", "distance"]
    assert [f.id for f in sheet.fields] == ["statement", "reply", "second_try"]
    assert [f.required for f in sheet.fields] == [True, True, False]
    options = sheet.field("statement").options
    assert options[0].label == (
        "Work stress: “My boss moved the deadline up again. Now I'll be working all weekend, "
        "and I was supposed to see my sister.”"
    )
    assert sheet.chapter == "active-listening"


@pytest.mark.parametrize("statement", STATEMENTS, ids=lambda s: s.key)
def test_every_model_reply_names_a_feeling_and_checks_with_nothing_to_try(statement) -> None:
    analysis = analyse(statement.model_reply, feeling_hint=statement.feeling_hint)
    assert analysis.keys == ("named_feeling", "checked")
    assert not any(f.kind == TRY for f in analysis.findings)


def test_a_fixing_reply_gets_kind_specific_suggestions(sheet) -> None:
    result = sheet.run({"statement": "work", "reply": "Don't worry about it. You should tell your boss no."})
    assert result.summary == (
        "Thank you for writing a reply. Something to try: naming a feeling, checking your guess, "
        "asking before you give advice and letting the feeling be as big as it is."
    )
    assert headings(result) == [
        "What your partner said",
        "Your reply",
        "What to try",
        "One possible reply",
        "The real test",
    ]
    tries = block(result, "What to try")
    assert tries[0].endswith("You might add: “You sound stressed.”")
    assert tries[2].startswith("You offered advice (“you should”). Advice that comes too soon")
    assert tries[3].startswith("You made the feeling smaller (“don't worry”).")
    assert block(result, "One possible reply") == (
        STATEMENTS[0].model_reply,
        "This is one possible reply, not the right one. Your own words will sound more like you, "
        "and your partner knows your voice.",
    )
    assert result.data == {
        "statement": "work",
        "first": ["no_feeling", "no_check", "advice", "minimising"],
        "second": None,
    }


def test_a_reflective_reply_is_named_for_what_it_did(sheet) -> None:
    result = sheet.run(
        {
            "statement": "parent",
            "reply": "That must be scary. It sounds like you’re really worried about her. Is that right?",
            "second_try": "",
        }
    )
    assert result.summary == (
        "Your reply named a feeling and checked your understanding. These rules found nothing to change."
    )
    assert block(result, "What your reply did well") == (
        "You named a feeling (“scary” and “worried”). Naming the feeling under the words shows you heard "
        "more than the facts. Keep it short, and hold your guess lightly.",
        "You checked your understanding (“it sounds like” and “is that right”). A check lets your partner "
        "correct you, and a correction helps you understand. If they say “not quite”, thank them and "
        "try again.",
    )
    assert "What to try" not in headings(result)
    assert "Your second try" not in headings(result)


def test_second_try_shows_what_changed(sheet) -> None:
    result = sheet.run(
        {
            "statement": "new_parent",
            "reply": "At least the baby is healthy. Have you tried sleeping when she sleeps?",
            "second_try": "You sound so worn out. Is it the tiredness, or something more?",
        }
    )
    assert result.summary == (
        "Thank you for writing a reply. Something to try: naming a feeling, checking your guess, "
        "asking before you give advice and staying with the hard part before any bright side. "
        "In your second try, you also named a feeling and checked your understanding."
    )
    assert block(result, "Your second try") == (
        "You sound so worn out. Is it the tiredness, or something more?",
    )
    assert block(result, "What changed in your second try") == (
        "New this time: you named a feeling (“worn out”).",
        "New this time: you checked your understanding (you asked a question).",
        "You held back the advice this time.",
        "You stayed with the hard part instead of looking for a bright side.",
    )
    assert result.data["second"] == ["named_feeling", "checked"]


def test_changes_name_a_lost_strength_and_what_is_still_to_try() -> None:
    first = analyse("You sound worried. Is that it? You should call her.")
    second = analyse("You should call her, at least.")
    assert changes(first, second) == (
        "Your first try named a feeling, and this one does not. "
        "Both can work; notice which feels more like you.",
        "Your first try checked your understanding, and this one does not. Both can work; notice which "
        "feels more like you.",
        "Still something to try: naming a feeling, checking your guess, asking before you give advice and "
        "staying with the hard part before any bright side.",
    )


def test_identical_tries_are_described_without_judgement() -> None:
    same = analyse("You sound tired. Is that right?")
    assert changes(same, same) == (
        "By these rules, both tries do the same things. The rules only see words, so read both aloud "
        "and notice which sounds more like you.",
    )
    assert summary_for(same, same) == (
        "Your reply named a feeling and checked your understanding. These rules found nothing to change."
    )


def test_real_test_cites_weger_in_words_without_numbers(sheet) -> None:
    result = sheet.run({"statement": "friend", "reply": "Ouch."})
    assert block(result, "The real test") == REAL_TEST
    assert "Weger and colleagues" in REAL_TEST[0]
    assert not re.search(r"\d", " ".join(REAL_TEST))
    assert [link.href for link in result.links] == [
        "chapters/active-listening/#how-to-practise",
        "chapters/empathy-and-compassion/",
    ]


def test_hostile_and_unicode_text_comes_back_unchanged(sheet) -> None:
    result = sheet.run({"statement": "distance", "reply": "Oh love 💛 ça va?", "second_try": HOSTILE})
    assert block(result, "Your reply") == ("Oh love 💛 ça va?",)
    assert block(result, "Your second try") == (HOSTILE,)


def test_maximal_length_is_accepted_and_one_more_is_not(sheet) -> None:
    long_reply = ("You sound worried. " * 200)[:2000]
    assert sheet.run({"statement": "work", "reply": long_reply}).data["first"][0] == "named_feeling"
    with pytest.raises(AnswersInvalid) as caught:
        sheet.run({"statement": "work", "reply": long_reply + "x"})
    assert caught.value.problems[0].expected == "text of at most 2000 characters"


def test_missing_or_unknown_answers_are_named(sheet) -> None:
    with pytest.raises(AnswersInvalid) as caught:
        sheet.run({"statement": "boss", "reply": "  "})
    assert [(p.field, p.received) for p in caught.value.problems] == [
        ("statement", "the text 'boss'"),
        ("reply", "an empty answer"),
    ]


def test_every_example_runs(sheet) -> None:
    for example in sheet.examples:
        json.dumps(sheet.run(example).to_json())


PLAUSIBLE = {
    "statement": st.sampled_from([s.key for s in STATEMENTS] + ["", "nope"]),
    "reply": st.text(max_size=300) | st.just(HOSTILE) | st.just("x" * 2001),
    "second_try": st.none() | st.text(max_size=300),
}
ANSWERS = answers_like(get("reflective-listening"), PLAUSIBLE)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANSWERS)
def test_any_answers_give_a_result_or_answers_invalid(answers) -> None:
    sheet = get("reflective-listening")
    result_or_invalid(sheet.run, answers)
