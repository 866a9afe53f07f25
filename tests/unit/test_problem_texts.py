"""What a person reads about a wrong answer: plain words, for every field of every worksheet.

Each worksheet is filled wrongly in every way its fields allow (empty, too many, too few, too
long, out of range, not a date or time, not text, not an option), and across fields (a check
that asks for an answer because of another). Every problem must carry a sentence for a person
that names no id, shows no Python value and says nothing of "expected" or "received".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from worksheets import AnswersInvalid, Worksheet, all_worksheets
from worksheets import messages as say
from worksheets.browser import evaluate
from worksheets.checks import AnswerOne, RequiredIf
from worksheets.fields import (
    Choice,
    Date,
    Field,
    Hidden,
    MultiChoice,
    Number,
    Scale,
    ShortText,
    Time,
)

TECHNICAL = re.compile(r"expected|received|\bNone\b|\bTrue\b|\bFalse\b|[\[\]{}<>]|(?:^|\W)'|'(?:\W|$)", re.I)


def wrong_values(f: Field) -> Iterator[tuple[str, Any]]:
    """(how it is wrong, the raw answer) for one field, as many ways as its kind allows."""
    if f.required:
        yield "empty", None
        yield "blank text", "   "
    if isinstance(f, Hidden):
        yield "wrong shape", 5
        return
    if isinstance(f, Scale):
        yield "above the scale", f.high + 1
        yield "below the scale", f.low - 1
        yield "not a number", "lots"
        yield "a fraction", f.low + 0.5
    elif isinstance(f, MultiChoice):
        yield "not an option", ["no-such-option"]
        yield "not a list", {"a": 1}
        if f.max_count is not None and f.max_count < len(f.options):
            yield "too many", [o.value for o in f.options[: f.max_count + 1]]
        if f.min_count > 1:
            yield "too few", [f.options[0].value]
    elif isinstance(f, Choice):
        yield "not an option", "no-such-option"
        yield "a list", [f.options[0].value]
    elif isinstance(f, ShortText):
        yield "too long", "x" * (f.max_length + 120)
        yield "not text", 42
    elif isinstance(f, Number):
        yield "above the maximum", f.maximum + 1
        yield "below the minimum", f.minimum - 1
        yield "not a number", "many"
        if float(f.step).is_integer():
            yield "not whole", f.minimum + 0.5
    elif isinstance(f, Time):
        yield "not a time", "25:61"
    elif isinstance(f, Date):
        yield "not a date", "2026-02-30"
        if f.latest:
            yield "too late", "9999-12-31" if f.latest < "9999-12-31" else None


def cases() -> Iterator[Any]:
    for sheet in all_worksheets():
        for f in sheet.fields:
            for how, value in wrong_values(f):
                if value is not None or how == "empty":
                    yield pytest.param(sheet, f.id, value, id=f"{sheet.id}-{f.id}-{how}")


def assert_plain(sheet: Worksheet, text: str) -> None:
    """A sentence for a person: no id of this worksheet's fields or options, nothing technical."""
    assert text and text[0].isupper() and text.endswith("."), text
    assert not TECHNICAL.search(text), text
    ids = {f.id for f in sheet.fields} | {o.value for f in sheet.fields for o in getattr(f, "options", ())}
    for ident in ids:
        if "_" in ident or "-" in ident:
            assert ident not in text, (ident, text)


@pytest.mark.parametrize(("sheet", "field_id", "value"), list(cases()))
def test_every_wrong_answer_gets_plain_words(sheet: Worksheet, field_id: str, value: Any) -> None:
    answers = {**sheet.examples[0], field_id: value}
    with pytest.raises(AnswersInvalid) as caught:
        sheet.validate(answers)
    problems = [p for p in caught.value.problems if p.field == field_id]
    assert len(problems) == 1, caught.value.problems
    assert_plain(sheet, problems[0].text)
    assert problems[0].label == sheet.field(field_id).label


def cross_field_cases() -> Iterator[Any]:
    for sheet in all_worksheets():
        for check in sheet.checks:
            yield pytest.param(sheet, check, id=f"{sheet.id}-{type(check).__name__}-{check.reads()[0]}")


@pytest.mark.parametrize(("sheet", "check"), list(cross_field_cases()))
def test_every_cross_field_check_speaks_plainly(sheet: Worksheet, check: Any) -> None:
    answers = dict(sheet.examples[0])
    if isinstance(check, RequiredIf):
        other = sheet.field(check.other)
        answers[check.other] = check.equals if check.equals is not None else "something"
        if isinstance(other, Scale):
            answers[check.other] = other.low
        answers.pop(check.field, None)
    else:
        assert isinstance(check, AnswerOne)
        for field_id in check.fields:
            answers.pop(field_id, None)
    with pytest.raises(AnswersInvalid) as caught:
        sheet.validate(answers)
    mine = [p for p in caught.value.problems if p.field == check.reads()[0]]
    assert len(mine) == 1, caught.value.problems
    assert_plain(sheet, mine[0].text)


def test_the_reply_to_the_page_carries_the_text_beside_the_technical_keys() -> None:
    reply = evaluate("my-path", {"steps": ["weekly-date", "listen-first", "good-news", "i-statements"]})
    (problem,) = reply["problems"]
    assert set(problem) == {"worksheet", "field", "label", "expected", "received", "message", "text"}
    assert problem["text"] == "Choose up to three (you chose four)."
    assert problem["label"] == "Choose up to three next steps"
    assert problem["field"] == "steps" and "'checkin-monthly'" in problem["expected"]


class TestSentences:
    """The engine's sentences, exactly, with the numbers a person needs."""

    def test_counts_read_as_words(self) -> None:
        assert say.too_many(3, 4) == "Choose up to three (you chose four)."
        assert say.too_few(2, 1) == "Choose at least two (you chose one)."
        assert say.count(25) == "25"

    def test_text_over_its_limit_says_by_how_much(self) -> None:
        assert say.too_long(500, 120) == "Write at most 500 characters here (this is 120 over)."
        assert say.too_long(2000, 1234) == "Write at most 2,000 characters here (this is 1,234 over)."

    def test_numbers_are_grouped_the_way_the_page_groups_them(self) -> None:
        """As Intl.NumberFormat writes the page's own counts: Spanish 4000 and 12.000, never the
        English 4,000 (which reads as four in much of the Spanish-speaking world)."""
        from worksheets.i18n import language

        with language("es"):
            assert say.too_long(4000, 1310) == (
                "Escribe como máximo 4000 caracteres aquí (te pasaste por 1310)."
            )
            assert say.too_long(20000, 12345) == (
                "Escribe como máximo 20.000 caracteres aquí (te pasaste por 12.345)."
            )
            assert say.count(1000000) == "1.000.000"
        assert say.count(1000) == "1,000"
        assert say.count(-1234567) == "-1,234,567"

    def test_numbers_and_ranges(self) -> None:
        assert say.number_between(5, 240, True) == "Enter a whole number from 5 to 240."
        assert say.number_between(0, 2.5, False) == "Enter a number from 0 to 2.5."
        assert say.scale_point(1, 7) == "Please choose a point from 1 to 7."
        assert say.date_between("", "9999-12-24") == "Choose a date on or before 9999-12-24."

    def test_the_words_pass_through_the_translation_catalog(self) -> None:
        """Installing a catalog changes what a person reads, so every sentence can be translated."""
        import gettext

        from worksheets import i18n

        class Marked(gettext.NullTranslations):
            def gettext(self, message: str) -> str:
                return "»" + message

            def ngettext(self, singular: str, plural: str, n: int) -> str:
                return "»" + (singular if n == 1 else plural)

        i18n.install(Marked())
        try:
            assert say.required() == "»Please answer this question."
            assert say.too_many(3, 4) == "»Choose up to »three (you chose »four)."
            assert evaluate("nope", {})["error"].startswith("»")
        finally:
            i18n.install(gettext.NullTranslations())
