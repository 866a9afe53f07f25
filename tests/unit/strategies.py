"""Shared hypothesis strategies and checks for the property tests of every worksheet."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from worksheets import AnswersInvalid, Result

#: Any value JSON can carry (plus NaN, which Python's json module also reads).
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def result_or_invalid(run: Callable[..., Result], *answers: Any) -> Result | None:
    """Run a worksheet: it must return a JSON-ready Result or raise AnswersInvalid with problems."""
    try:
        result = run(*answers)
    except AnswersInvalid as invalid:
        assert invalid.problems
        return None
    assert isinstance(result, Result)
    json.dumps(result.to_json())
    return result
