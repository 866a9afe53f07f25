"""Property: any JSON as answers to any worksheet gives a result or a validation error, never a crash."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worksheets import all_worksheets
from worksheets.browser import evaluate_json

from .strategies import JSON_VALUES, answers_like, result_or_invalid

json_values = JSON_VALUES


def answers_for(sheet) -> st.SearchStrategy[dict]:
    """Any worksheet: its own examples' values are the plausible ones."""
    plausible = {f.id: st.sampled_from([e.get(f.id) for e in sheet.examples] or [None]) for f in sheet.fields}
    return answers_like(sheet, plausible)


@pytest.mark.parametrize("sheet", all_worksheets(), ids=lambda s: s.id)
def test_any_answers_give_a_result_or_a_validation_error(sheet) -> None:
    # Eight worksheets have their own property test with richer answers (test_<id>.py, 100
    # examples); this one guards every worksheet, new ones too, with its examples' values.
    @settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(answers_for(sheet))
    def check(answers) -> None:
        result_or_invalid(sheet.run, answers)

    check()


@pytest.mark.parametrize("sheet", all_worksheets(), ids=lambda s: s.id)
def test_examples_near_valid_answers_never_crash(sheet) -> None:
    """Valid examples with one field replaced by anything: the realistic way bad input arrives."""
    field_ids = [f.id for f in sheet.fields]

    @settings(max_examples=100, deadline=None)
    @given(st.sampled_from(sheet.examples), st.sampled_from(field_ids), json_values)
    def check(example, field_id, value) -> None:
        reply = json.loads(evaluate_json(sheet.id, json.dumps({**example, field_id: value})))
        assert reply["ok"] is True or "problems" in reply, reply.get("error")

    check()
