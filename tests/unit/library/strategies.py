"""Shared hypothesis strategies and checks for the property tests of every worksheet."""

from __future__ import annotations

import json
import time
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


def answers_like(sheet: Any, plausible: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """Answers as they may really arrive: a valid example with some fields changed to plausible
    values; the worksheet's own fields (and `action`) with plausible or any values; stray keys;
    and any JSON at all."""
    keys = list(
        dict.fromkeys([f.id for f in sheet.fields] + (["action"] if sheet.actions else []) + list(plausible))
    )
    mutated = st.builds(
        lambda base, changes: {**base, **changes},
        st.sampled_from(sheet.examples),
        st.fixed_dictionaries({}, optional=plausible),
    )
    keyed = st.fixed_dictionaries({}, optional={k: plausible.get(k, JSON_VALUES) | JSON_VALUES for k in keys})
    stray = st.dictionaries(st.sampled_from(keys) | st.text(max_size=6), JSON_VALUES, max_size=8)
    return mutated | keyed | stray | JSON_VALUES


def best_examples_time(sheet: Any) -> float:
    """Seconds to run every example of `sheet`, best of three: it measures the code, not the load."""
    times = []
    for _attempt in range(3):
        start = time.perf_counter()
        for example in sheet.examples:
            sheet.run(example)
        times.append(time.perf_counter() - start)
    return min(times)
