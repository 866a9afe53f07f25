"""Cross-field checks: declared with the worksheet, run after per-field validation, one round."""

from __future__ import annotations

import pytest

from worksheets import AnswersInvalid, DeclarationError, Result, Worksheet
from worksheets.checks import AnswerOne, RequiredIf
from worksheets.fields import Choice, MultiChoice, Option, ShortText
from worksheets.sheet import Section

PICK = Choice(id="pick", label="Pick one", options=(Option("a", "A"), Option("other", "Something else")))
OWN = ShortText(id="own", label="In your own words", required=False, max_length=10)
NAME = ShortText(id="name", label="Your name", max_length=5)


def make(*checks, fields=(PICK, OWN, NAME)) -> Worksheet:
    return Worksheet(
        id="demo",
        version=1,
        title="Demo",
        chapter="c",
        introduction="",
        sections=(Section("", tuple(fields)),),
        evaluate=lambda answers: Result(summary="ok"),
        checks=tuple(checks),
    )


class TestDeclaration:
    def test_a_check_on_an_unknown_field_names_file_worksheet_and_fix(self) -> None:
        with pytest.raises(DeclarationError) as caught:
            make(RequiredIf("own", "colour", "you chose a colour"))
        assert str(caught.value) == (
            "tests/unit/test_checks.py, worksheet 'demo': RequiredIf reads field 'colour', which the "
            "worksheet does not have. Fix: use the id of one of the worksheet's fields."
        )

    def test_a_value_the_other_field_never_gives_fails(self) -> None:
        with pytest.raises(DeclarationError, match=r"field 'own': RequiredIf waits for value 'b'"):
            make(RequiredIf("own", "pick", "you chose b", equals="b"))

    def test_checking_an_always_required_field_fails(self) -> None:
        with pytest.raises(DeclarationError, match=r"field 'name': .*always required.*Fix: declare"):
            make(RequiredIf("name", "pick", "you picked"))

    def test_a_reason_is_needed(self) -> None:
        with pytest.raises(DeclarationError, match="RequiredIf has no reason"):
            make(RequiredIf("own", "pick", " "))

    def test_field_mistakes_name_the_file_too(self) -> None:
        with pytest.raises(
            DeclarationError, match=r"^tests/unit/test_checks.py, field 'x': the label is empty"
        ):
            ShortText(id="x", label="")


class TestPhase:
    def test_a_problem_per_field_and_across_fields_arrive_together(self) -> None:
        sheet = make(RequiredIf("own", "pick", "you chose something else", equals="other"))
        with pytest.raises(AnswersInvalid) as caught:
            sheet.validate({"pick": "other", "name": "Alexandra"})
        assert [(p.field, p.label, p.text) for p in caught.value.problems] == [
            ("own", "In your own words", "Please answer this question, because you chose something else."),
            ("name", "Your name", "Write at most 5 characters here (this is 4 over)."),
        ]

    def test_a_check_waits_while_a_field_it_reads_has_its_own_problem(self) -> None:
        sheet = make(RequiredIf("own", "pick", "you chose something else", equals="other"))
        with pytest.raises(AnswersInvalid) as caught:
            sheet.validate({"pick": "kiwi", "name": "Al"})
        assert [(p.field, p.text) for p in caught.value.problems] == [
            ("pick", "Please choose one of the answers shown.")
        ]

    def test_answer_one_names_the_other_question(self) -> None:
        optional = Choice(id="pick", label="Pick one", options=PICK.options, required=False)
        sheet = make(AnswerOne(("pick", "own")), fields=(optional, OWN))
        with pytest.raises(AnswersInvalid) as caught:
            sheet.validate({})
        (problem,) = caught.value.problems
        assert (problem.field, problem.text) == (
            "pick",
            "Please choose an answer here, or write your own in “In your own words”.",
        )
        assert sheet.validate({"own": "mine"})["own"] == "mine"

    def test_an_option_among_several_ticked_triggers_the_check(self) -> None:
        ways = MultiChoice(id="ways", label="Ways", options=PICK.options, required=False)
        sheet = make(
            RequiredIf("own", "ways", "you chose something else", equals="other"), fields=(ways, OWN)
        )
        with pytest.raises(AnswersInvalid) as caught:
            sheet.validate({"ways": ["a", "other"]})
        assert [p.field for p in caught.value.problems] == ["own"]
        assert sheet.validate({"ways": ["a"]})["ways"] == ["a"]

    def test_a_satisfied_check_lets_answers_through(self) -> None:
        sheet = make(RequiredIf("own", "pick", "you chose something else", equals="other"))
        assert sheet.validate({"pick": "a", "name": "Al"})["own"] is None
        assert sheet.validate({"pick": "other", "own": "tea", "name": "Al"})["own"] == "tea"
