"""Page-kept state (Hidden), several action buttons, and partner comparison."""

from __future__ import annotations

import json

import pytest

from worksheets import AnswersInvalid, DeclarationError, Result, Worksheet
from worksheets.browser import compare_json
from worksheets.fields import Hidden, Option, Scale
from worksheets.render import render_form
from worksheets.sheet import Section


def make(*fields, **extra) -> Worksheet:
    return Worksheet(
        id="demo",
        version=1,
        title="Demo",
        chapter="c",
        introduction="",
        sections=(Section("", tuple(fields)),),
        evaluate=lambda a: Result(summary=repr(sorted(a.items()))),
        **extra,
    )


class TestHidden:
    def test_blank_hidden_state_takes_its_shape(self) -> None:
        sheet = make(Hidden(id="seen"), Hidden(id="seed", shape="text", fill="seed"))
        assert sheet.validate({}) == {"seen": [], "seed": ""}

    def test_wrong_shape_or_too_many_items_is_a_problem(self) -> None:
        sheet = make(Hidden(id="seen", max_items=2))
        with pytest.raises(AnswersInvalid) as caught:
            sheet.validate({"seen": {"a": 1}})
        assert caught.value.problems[0].expected == "a list kept by the page (at most 2 items)"
        with pytest.raises(AnswersInvalid):
            sheet.validate({"seen": [1, 2, 3]})

    def test_declaration_checks_shape_and_fill(self) -> None:
        with pytest.raises(DeclarationError, match=r"shape 'set' is unknown\. Fix: use one of"):
            Hidden(id="x", shape="set")
        with pytest.raises(DeclarationError, match=r"fill 'tomorrow' is unknown\. Fix: use one of"):
            Hidden(id="x", fill="tomorrow")

    def test_rendered_as_a_hidden_input_the_page_fills(self) -> None:
        html = render_form(make(Scale(id="s", label="S"), Hidden(id="day", shape="text", fill="today")))
        assert (
            '<input type="hidden" id="ws-demo-day" name="day" value="" data-hidden="text" '
            'data-max-items="500" data-fill="today">' in html
        )


class TestActions:
    def test_each_action_is_a_submit_button(self) -> None:
        sheet = make(Scale(id="s", label="S"), actions=(Option("draw", "Draw"), Option("keep", "Keep")))
        html = render_form(sheet)
        assert (
            '<button type="submit" class="md-button md-button--primary" name="action" '
            'value="draw" disabled>Draw</button>' in html
        )
        # Disabled until the page's script mounts the form: nothing can be sent to the host.
        assert 'value="keep" disabled>Keep</button>' in html

    def test_pressed_action_arrives_and_defaults_to_the_first(self) -> None:
        sheet = make(Scale(id="s", label="S"), actions=(Option("draw", "Draw"), Option("keep", "Keep")))
        assert sheet.validate({"s": 1})["action"] == "draw"
        assert sheet.validate({"s": 1, "action": "keep"})["action"] == "keep"
        with pytest.raises(AnswersInvalid) as caught:
            sheet.validate({"s": 1, "action": "burn"})
        assert caught.value.problems[0].message == (
            "Worksheet 'demo', field 'action': expected one of 'draw', 'keep', received the text 'burn'."
        )

    def test_action_is_unknown_without_actions_and_reserved_as_a_field_id(self) -> None:
        with pytest.raises(AnswersInvalid):
            make(Scale(id="s", label="S")).validate({"s": 1, "action": "draw"})
        with pytest.raises(DeclarationError, match="'action' is reserved"):
            make(Scale(id="action", label="S"))


class TestCompare:
    def test_compare_validates_both_sides_then_compares(self) -> None:
        sheet = make(Scale(id="s", label="S"), compare=lambda a, b: Result(summary=f"{a['s']} vs {b['s']}"))
        from worksheets import registry

        registry._BY_ID["demo"] = sheet
        try:
            ok = json.loads(compare_json("demo", '{"s": 2}', '{"s": "5"}'))
            assert ok["ok"] is True and ok["result"]["summary"] == "2 vs 5"
            bad = json.loads(compare_json("demo", '{"s": 2}', '{"s": 9}'))
            assert bad["problems"][0]["field"] == "s"
        finally:
            del registry._BY_ID["demo"]

    def test_worksheet_without_comparison_says_so(self) -> None:
        from worksheets import registry

        registry._BY_ID["demo"] = make(Scale(id="s", label="S"))
        try:
            reply = json.loads(compare_json("demo", "{}", "{}"))
        finally:
            del registry._BY_ID["demo"]
        assert reply == {
            "ok": False,
            "error": "This worksheet has no partner comparison.",
            "detail": "worksheet 'demo' has no partner comparison",
        }


def test_an_action_of_the_wrong_type_is_a_problem_not_a_crash() -> None:
    sheet = make(Scale(id="s", label="S"), actions=(Option("draw", "Draw"),))
    for bad in ([], {"a": 1}, 3, None):
        with pytest.raises(AnswersInvalid):
            sheet.validate({"s": 1, "action": bad})
