"""The disclosure ladder: ordering, next step, turn plan, fitted questions and validation."""

from __future__ import annotations

import re
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worksheets import AnswersInvalid, Result, get
from worksheets.library.disclosure_ladder import (
    CHECK_INS_AFTER_PARTNER,
    CHECK_INS_AFTER_YOU,
    LADDER_RULE,
    PAUSE,
    QUESTION_LEVELS,
    WORKSHEET,
)

from .strategies import JSON_VALUES, answers_like, result_or_invalid

HOSTILE = ("<script>alert(1)</script>", '"""); import js', "{{ 7*7 }}")


@pytest.fixture
def ladder():
    return get("disclosure-ladder")


def items(*rows: tuple[str, int | None, int | None], first: str = "me") -> dict:
    """Answers from (text, risk, ready) rows, in form order."""
    answers: dict = {"first": first}
    for n, (text, risk, ready) in enumerate(rows, 1):
        answers[f"item_{n}"] = text
        if risk is not None:
            answers[f"risk_{n}"] = risk
        if ready is not None:
            answers[f"ready_{n}"] = ready
    return answers


def block(result: Result, heading: str) -> tuple[str, ...]:
    return next(b.items for b in result.blocks if b.heading == heading)


def rungs(result) -> list[str]:
    """The things on the ladder, in the order a person reads them."""
    return [
        re.match(r"Rung \d+: “(.*)”\. You would", item, re.S).group(1)
        for item in block(result, "Your ladder")
    ]


def test_declares_six_rated_items_and_who_goes_first(ladder) -> None:
    kinds = [(f.id, f.kind, f.required) for f in ladder.fields]
    assert kinds[:3] == [("item_1", "short", True), ("risk_1", "scale", True), ("ready_1", "scale", True)]
    assert kinds[3:6] == [("item_2", "short", False), ("risk_2", "scale", False), ("ready_2", "scale", False)]
    assert len(kinds) == 6 * 3 + 1
    assert kinds[-1] == ("first", "choice", True)
    assert [o.value for o in ladder.field("first").options] == ["me", "partner", "turns"]
    assert ladder.chapter == "vulnerability"


def test_only_the_first_item_is_needed(ladder) -> None:
    result = ladder.run(items(("A song I love", 1, 5)))
    assert result.summary == (
        "Your next step could be “A song I love”. It is the lowest rung you feel ready for."
    )
    assert block(result, "Your ladder") == (
        "Rung 1: “A song I love”. You would feel not at all exposed (1 of 5) and you feel "
        "fully ready (5 of 5).",
    )


def test_ladder_orders_by_risk_then_readiness_then_form_order(ladder) -> None:
    result = ladder.run(
        items(
            ("money worries", 4, 2),
            ("a childhood memory", 2, 3),
            ("a small joy", 2, 5),
            ("my job fears", 3, 3),
            ("another childhood memory", 2, 3),
            ("an old mistake", 5, 1),
        )
    )
    assert rungs(result) == [
        "a small joy",
        "a childhood memory",
        "another childhood memory",
        "my job fears",
        "money worries",
        "an old mistake",
    ]
    assert block(result, "How your ladder is ordered") == (LADDER_RULE,)
    assert LADDER_RULE == (
        "The things that would feel least exposing come first. When two feel the same, the one you "
        "feel more ready for comes first. If they still tie, they keep the order you wrote them in."
    )


def test_next_step_is_the_lowest_rung_with_readiness_at_least_risk(ladder) -> None:
    result = ladder.run(items(("a tiny thing", 1, 1), ("a hope", 2, 1), ("a fear", 3, 4)))
    # "a tiny thing" has readiness 1 ≥ risk 1, so it is the next step even though readiness is low.
    assert (
        result.summary == "Your next step could be “a tiny thing”. It is the lowest rung you feel ready for."
    )
    result = ladder.run(items(("a hope", 2, 1), ("a fear", 3, 4), ("a secret", 5, 5)))
    assert result.summary == "Your next step could be “a fear”. It is the lowest rung you feel ready for."
    assert block(result, "Your next step") == (
        "You expect to feel somewhat exposed (3 of 5) sharing it, and you feel mostly ready (4 of 5). "
        "Your readiness is at least as high as the risk, so this looks like a kind place to start.",
        "The rungs below it feel less exposing, but you feel less ready for them right now. "
        "That is worth trusting. You can come back to them later.",
    )


def test_when_nothing_feels_ready_the_lowest_rung_is_offered_gently(ladder) -> None:
    result = ladder.run(items(("my grief", 5, 2), ("my anger", 4, 1), ("my shame", 4, 3)))
    assert result.summary == (
        "Everything on your list feels a bit bigger than you feel ready for right now, and that is "
        "okay. The gentlest place to start is “my shame”."
    )
    assert block(result, "Your next step") == (
        "You do not have to share any of it yet. You could share a small piece of it first. "
        "Or you could start by telling your partner that opening up feels hard for you. "
        "Saying that is a brave step too.",
        "Everything on your list would feel quite exposing. That makes sense: these things matter to "
        "you. You could warm up with something lighter first, such as a small joy from this week.",
    )


def test_everything_risky_but_ready_still_gets_the_gentle_note(ladder) -> None:
    result = ladder.run(items(("my grief", 5, 5), ("my anger", 4, 4)))
    assert result.summary == "Your next step could be “my anger”. It is the lowest rung you feel ready for."
    assert block(result, "Your next step")[-1].startswith(
        "Everything on your list would feel quite exposing."
    )


def test_turn_plan_with_me_first_alternates_and_checks_in_after_every_turn(ladder) -> None:
    result = ladder.run(items(("a joy", 1, 5), ("a worry", 3, 1), first="me"))
    assert block(result, "A plan for taking turns") == (
        f"Round 1, turn 1 (you): share “a joy”. Then your partner asks: “{CHECK_INS_AFTER_YOU[0]}”",
        "Round 1, turn 2 (your partner): they share something about the same size as your step in "
        f"this round. Then you ask: “{CHECK_INS_AFTER_PARTNER[0]}”",
        PAUSE,
        f"Round 2, turn 1 (you): share “a worry”. Then your partner asks: “{CHECK_INS_AFTER_YOU[1]}”",
        "Round 2, turn 2 (your partner): they share something about the same size as your step in "
        f"this round. Then you ask: “{CHECK_INS_AFTER_PARTNER[1]}”",
    )


def test_turn_plan_with_partner_first_and_taking_turns(ladder) -> None:
    rows = (("a", 1, 5), ("b", 2, 5), ("c", 3, 5))
    partner = block(ladder.run(items(*rows, first="partner")), "A plan for taking turns")
    assert [p.split(":")[0] for p in partner] == [
        "Round 1, turn 1 (your partner)",
        "Round 1, turn 2 (you)",
        "Round 2, turn 1 (your partner)",
        "Round 2, turn 2 (you)",
        "Round 3, turn 1 (your partner)",
        "Round 3, turn 2 (you)",
    ]
    turns = block(ladder.run(items(*rows, first="turns")), "A plan for taking turns")
    assert [p.split(":")[0] for p in turns] == [
        "Round 1, turn 1 (you)",
        "Round 1, turn 2 (your partner)",
        "Round 2, turn 1 (your partner)",
        "Round 2, turn 2 (you)",
        "Round 3, turn 1 (you)",
        "Round 3, turn 2 (your partner)",
    ]
    assert all("Then " in p and p.endswith("”") for p in turns)


def test_plan_puts_ready_steps_first_then_a_pause_then_the_rest(ladder) -> None:
    result = ladder.run(items(("tiny", 1, 1), ("not yet", 2, 1), ("ready big", 4, 5)))
    plan = block(result, "A plan for taking turns")
    assert plan[0].startswith("Round 1, turn 1 (you): share “tiny”.")
    assert plan[2].startswith("Round 2, turn 1 (you): share “ready big”.")
    assert plan[4] == PAUSE
    assert plan[5].startswith("Round 3, turn 1 (you): share “not yet”.")


@pytest.mark.parametrize(
    ("rows", "levels"),
    [
        ((("a", 1, 5),), 1),
        ((("a", 2, 2),), 1),
        ((("a", 1, 5), ("b", 3, 3)), 2),
        ((("a", 1, 5), ("b", 3, 2)), 1),
        ((("a", 4, 4),), 3),
        ((("a", 5, 5), ("b", 1, 1)), 3),
        ((("a", 5, 1), ("b", 4, 2)), 1),
    ],
)
def test_questions_fit_the_biggest_step_the_reader_feels_ready_for(ladder, rows, levels) -> None:
    result = ladder.run(items(*rows))
    headings = [b.heading for b in result.blocks if b.heading.startswith("Questions, level")]
    assert (
        headings
        == ["Questions, level 1: light", "Questions, level 2: middle", "Questions, level 3: deeper"][:levels]
    )
    note = block(result, "Questions to try together")[0]
    assert note.endswith("ready for bigger steps.") == (levels < 3)


def test_question_set_is_three_levels_of_five_written_for_closer() -> None:
    assert [name for name, _ in QUESTION_LEVELS] == ["light", "middle", "deeper"]
    questions = [q for _, level in QUESTION_LEVELS for q in level]
    assert [len(level) for _, level in QUESTION_LEVELS] == [5, 5, 5]
    assert len(set(questions)) == 15
    assert all(q.endswith("?") for q in questions)
    # Not Aron et al.'s 36 questions: none of their well-known prompts appear.
    text = " ".join(questions).lower()
    for phrase in ("dinner guest", "famous", "perfect day", "crystal ball", "sang to yourself", "treasured"):
        assert phrase not in text


def test_an_item_with_text_needs_both_ratings_and_the_message_says_why(ladder) -> None:
    answers = items(("a joy", 1, 5), ("My job worries", None, None), ("x", 2, None))
    with pytest.raises(AnswersInvalid) as caught:
        ladder.run(answers)
    problems = caught.value.problems
    assert [p.field for p in problems] == ["risk_2", "ready_2", "ready_3"]
    assert problems[0].label == "Thing 2: how exposed would I feel?"
    assert problems[0].text == "Please answer this question, because you wrote something for thing 2."
    assert problems[0].received == "nothing"
    assert problems[2].message == (
        "Worksheet 'disclosure-ladder', field 'ready_3': expected an answer, because 'item_3' is "
        "answered, received nothing."
    )


def test_rating_problems_arrive_with_the_other_problems_in_one_round() -> None:
    """A missing rating and a missing 'who goes first' are reported together."""
    answers = items(("a joy", 1, 5), ("w" * 60, 3, None))
    del answers["first"]
    with pytest.raises(AnswersInvalid) as caught:
        WORKSHEET.run(answers)
    assert [(p.field, p.text) for p in caught.value.problems] == [
        ("ready_2", "Please answer this question, because you wrote something for thing 2."),
        ("first", "Please answer this question."),
    ]


def test_ratings_without_text_are_ignored(ladder) -> None:
    answers = items(("a joy", 1, 5))
    answers.update({"risk_4": 5, "ready_4": 1, "item_5": "   ", "risk_6": 2})
    result = ladder.run(answers)
    assert rungs(result) == ["a joy"]


def test_first_item_and_who_goes_first_are_required(ladder) -> None:
    with pytest.raises(AnswersInvalid) as caught:
        ladder.run({})
    assert [p.field for p in caught.value.problems] == ["item_1", "risk_1", "ready_1", "first"]


def test_text_length_limit(ladder) -> None:
    ladder.run(items(("é" * 200, 1, 1)))
    with pytest.raises(AnswersInvalid):
        ladder.run(items(("é" * 201, 1, 1)))


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_and_unicode_text_is_returned_unchanged(ladder, text) -> None:
    result = ladder.run(items((text, 2, 3), ("Ich vermisse 家 🌧️", 1, 1)))
    assert (
        result.summary
        == "Your next step could be “Ich vermisse 家 🌧️”. It is the lowest rung you feel ready for."
    )
    assert (
        f"Rung 2: “{text}”. You would feel a little exposed (2 of 5) and you feel somewhat ready (3 of 5)."
        in (block(result, "Your ladder"))
    )


def test_ratings_arrive_as_text_from_the_form(ladder) -> None:
    result = ladder.run({"item_1": "a joy", "risk_1": "2", "ready_1": "4", "first": "turns"})
    assert block(result, "Your ladder") == (
        "Rung 1: “a joy”. You would feel a little exposed (2 of 5) and you feel mostly ready (4 of 5).",
    )


def test_safety_reminder_and_links(ladder) -> None:
    result = ladder.run(items(("a joy", 1, 5)))
    assert "please do not use this plan with them" in block(result, "A reminder")[0]
    assert [link.href for link in result.links] == ["is-this-for-you/", "chapters/sustaining-the-flame/"]


def test_examples_run(ladder) -> None:
    for example in ladder.examples:
        assert isinstance(ladder.run(example), Result)


def test_wording_reads_at_grade_8_or_below(ladder) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import textstat
    result = ladder.run(ladder.examples[0])
    words = " ".join([result.summary, *(i for b in result.blocks for i in b.items)])
    assert textstat.flesch_kincaid_grade(words) <= 8
    assert textstat.flesch_kincaid_grade(" ".join(q for _, lv in QUESTION_LEVELS for q in lv)) <= 8


# --- any answers give a Result or AnswersInvalid ----------------------------------------------

JSON = JSON_VALUES
PLAUSIBLE = {
    **{f"item_{n}": st.text(max_size=220) | st.sampled_from(HOSTILE) for n in range(1, 7)},
    **{
        f"{kind}_{n}": st.integers(0, 6) | st.sampled_from(["1", "5", " 3 "])
        for kind in ("risk", "ready")
        for n in range(1, 7)
    },
    "first": st.sampled_from(["me", "partner", "turns", "nobody"]),
}
# Realistic answers with a few fields changed, keyed answers of any shape, and any JSON at all.
ANSWERS = answers_like(WORKSHEET, PLAUSIBLE)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANSWERS)
def test_any_answers_give_a_result_or_answers_invalid(answers) -> None:
    result = result_or_invalid(WORKSHEET.run, answers)
    if result is not None:
        assert result.summary
