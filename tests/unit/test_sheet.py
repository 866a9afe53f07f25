"""The engine: declarations fail at import; answers are validated with every problem named."""

from __future__ import annotations

import pytest

from worksheets import AnswersInvalid, DeclarationError, Result, Worksheet
from worksheets.fields import (
    Choice,
    Date,
    LongText,
    MultiChoice,
    Number,
    Option,
    Scale,
    ShortText,
    Time,
)
from worksheets.sheet import Section


def _echo(answers: dict) -> Result:
    return Result(summary=repr(sorted(answers.items())))


def make(*fields, **extra) -> Worksheet:
    return Worksheet(
        id="demo",
        version=1,
        title="Demo",
        chapter="c",
        introduction="",
        sections=(Section("", tuple(fields)),),
        evaluate=_echo,
        **extra,
    )


OPTIONS = (Option("a", "Apple"), Option("b", "Banana"), Option("c", "Cherry"))


class TestDeclarations:
    def test_duplicate_field_ids_fail(self) -> None:
        """Two fields with one id cannot both be a form's `name`."""
        with pytest.raises(DeclarationError, match=r"worksheet 'demo': duplicate field id\(s\) \['x'\]"):
            make(ShortText(id="x", label="One"), ShortText(id="x", label="Two"))

    def test_empty_choices_fail(self) -> None:
        with pytest.raises(DeclarationError, match="field 'pick': the choices are empty"):
            Choice(id="pick", label="Pick one", options=())

    def test_repeated_choice_values_fail(self) -> None:
        with pytest.raises(DeclarationError, match=r"repeated choice value\(s\) \['a'\]"):
            Choice(id="pick", label="Pick", options=(Option("a", "A"), Option("a", "Again")))

    def test_bad_ids_labels_and_ranges_fail(self) -> None:
        with pytest.raises(DeclarationError, match="field id 'Bad Id'"):
            ShortText(id="Bad Id", label="x")
        with pytest.raises(DeclarationError, match="the label is empty"):
            ShortText(id="ok", label="  ")
        with pytest.raises(DeclarationError, match="low \\(5\\) must be below high"):
            Scale(id="s", label="S", low=5, high=5)
        with pytest.raises(DeclarationError, match="2 point labels for 5 points"):
            Scale(id="s", label="S", point_labels=("a", "b"))
        with pytest.raises(DeclarationError, match="minimum is above maximum"):
            Number(id="n", label="N", minimum=3, maximum=1)

    def test_worksheet_identity_is_checked(self) -> None:
        with pytest.raises(DeclarationError, match="id must be lowercase"):
            Worksheet(
                id="Demo!",
                version=1,
                title="T",
                chapter="c",
                introduction="",
                sections=(Section("", (ShortText(id="a", label="A"),)),),
                evaluate=_echo,
            )
        with pytest.raises(DeclarationError, match="version must be 1 or more, got 0"):
            Worksheet(
                id="demo",
                version=0,
                title="T",
                chapter="c",
                introduction="",
                sections=(Section("", (ShortText(id="a", label="A"),)),),
                evaluate=_echo,
            )
        with pytest.raises(DeclarationError, match="it has no fields"):
            make()

    def test_examples_in_another_language_replace_only_the_written_answers(self) -> None:
        """Spanish examples hold the answers written in words; the rest is the English example's."""
        sheet = make(
            ShortText(id="note", label="Note"),
            Scale(id="s", label="S"),
            examples=({"note": "Tired", "s": 2}, {"note": "Fine", "s": 4}),
            examples_in={"es": ({"note": "Con cansancio"},)},
        )
        assert sheet.examples_for("es") == ({"note": "Con cansancio", "s": 2}, {"note": "Fine", "s": 4})
        assert sheet.examples_for("en") == sheet.examples

    def test_an_invalid_example_in_another_language_fails(self) -> None:
        with pytest.raises(DeclarationError, match="es example 1 is invalid"):
            make(
                ShortText(id="note", label="Note", max_length=5),
                examples=({"note": "Tired"},),
                examples_in={"es": ({"note": "Con mucho cansancio"},)},
            )


class TestValidation:
    def test_every_problem_is_collected_with_exact_messages(self) -> None:
        sheet = make(
            Scale(id="mood", label="Mood"),
            Choice(id="fruit", label="Fruit", options=OPTIONS),
            ShortText(id="name", label="Name", max_length=5),
        )
        with pytest.raises(AnswersInvalid) as caught:
            sheet.validate({"mood": "9", "fruit": "kiwi", "name": "Alexandra", "extra": 1})
        assert [p.message for p in caught.value.problems] == [
            "Worksheet 'demo', field 'extra': expected one of this worksheet's fields, "
            "received an unknown field.",
            "Worksheet 'demo', field 'mood': expected a whole number from 1 to 5, received the text '9'.",
            "Worksheet 'demo', field 'fruit': expected one of 'a', 'b', 'c', received the text 'kiwi'.",
            "Worksheet 'demo', field 'name': expected text of at most 5 characters, "
            "received the text 'Alexandra'.",
        ]
        problem = caught.value.problems[1]
        assert (problem.worksheet, problem.field, problem.label) == ("demo", "mood", "Mood")

    def test_missing_required_answers_are_named(self) -> None:
        sheet = make(Scale(id="mood", label="Mood"), LongText(id="note", label="Note", required=False))
        with pytest.raises(AnswersInvalid) as caught:
            sheet.validate({"note": ""})
        assert [p.message for p in caught.value.problems] == [
            "Worksheet 'demo', field 'mood': expected an answer, received nothing."
        ]

    def test_answers_that_are_not_an_object(self) -> None:
        with pytest.raises(AnswersInvalid) as caught:
            make(Scale(id="mood", label="Mood")).validate([1, 2])
        assert caught.value.problems[0].message == (
            "Worksheet 'demo', field '*': expected an object of answers, received a list of 2 items."
        )

    def test_clean_values(self) -> None:
        sheet = make(
            Scale(id="mood", label="Mood"),
            MultiChoice(id="fruits", label="Fruits", options=OPTIONS, max_count=2),
            Number(id="minutes", label="Minutes", minimum=0, maximum=120),
            Number(id="hours", label="Hours", minimum=0, maximum=2, step=0.5),
            Time(id="at", label="At"),
            Date(id="on", label="On"),
            LongText(id="note", label="Note", required=False),
        )
        clean = sheet.validate(
            {
                "mood": "4",
                "fruits": ["c", "a", "c"],
                "minutes": "30",
                "hours": 1.5,
                "at": "07:30",
                "on": "2026-11-26",
                "note": "  hi ",
            }
        )
        assert clean == {
            "mood": 4,
            "fruits": ["a", "c"],
            "minutes": 30,
            "hours": 1.5,
            "at": "07:30",
            "on": "2026-11-26",
            "note": "hi",
        }

    @pytest.mark.parametrize(
        ("field", "raw", "expected", "received"),
        [
            (Scale(id="f", label="F"), True, "a whole number from 1 to 5", "true (a yes/no value)"),
            (Scale(id="f", label="F"), 2.5, "a whole number from 1 to 5", "the number 2.5"),
            (
                MultiChoice(id="f", label="F", options=OPTIONS, max_count=1),
                ["a", "b"],
                "at most 1 of 'a', 'b', 'c'",
                "a list of 2 items",
            ),
            (
                MultiChoice(id="f", label="F", options=OPTIONS, min_count=2),
                ["a"],
                "at least 2 choices",
                "a list of 1 item",
            ),
            (
                MultiChoice(id="f", label="F", options=OPTIONS),
                {"a": 1},
                "a list of 'a', 'b', 'c'",
                "an object",
            ),
            (
                Number(id="f", label="F", minimum=0, maximum=10),
                "11",
                "a whole number from 0 to 10",
                "the text '11'",
            ),
            (
                Number(id="f", label="F", minimum=0, maximum=10),
                2.5,
                "a whole number from 0 to 10",
                "the number 2.5",
            ),
            (
                Number(id="f", label="F", minimum=0, maximum=10),
                "NaN",
                "a whole number from 0 to 10",
                "the text 'NaN'",
            ),
            (Time(id="f", label="F"), "25:00", "a time of day as HH:MM", "the text '25:00'"),
            (Date(id="f", label="F"), "2026-02-30", "a date as YYYY-MM-DD", "the text '2026-02-30'"),
            (ShortText(id="f", label="F"), 42, "text of at most 200 characters", "the number 42"),
            (
                ShortText(id="f", label="F", max_length=50),
                "x" * 51,
                "text of at most 50 characters",
                "the text 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (51 characters)",
            ),
        ],
    )
    def test_each_field_kind_names_its_expectation(self, field, raw, expected, received) -> None:
        with pytest.raises(AnswersInvalid) as caught:
            make(field).validate({"f": raw})
        problem = caught.value.problems[0]
        assert (problem.expected, problem.received) == (expected, received)

    def test_run_validates_then_evaluates(self) -> None:
        sheet = make(Scale(id="mood", label="Mood"))
        assert sheet.run({"mood": 3}).summary == "[('mood', 3)]"
