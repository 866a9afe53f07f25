"""The wheel in real Pyodide (Node + the npm runtime copied into the site) answers as CPython does,
started normally and restored from the memory snapshot the browser stores on the device."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from worksheets import all_worksheets
from worksheets.browser import evaluate_json

from .conftest import register

HOSTILE = ['"""); import js; js.globalThis.pwned = 1 #', "{{ 7*7 }}", "<script>x</script>"]


def cases() -> list[dict]:
    found = []
    for sheet in all_worksheets():
        assert sheet.examples, f"worksheet {sheet.id} declares no examples"
        for example in sheet.examples:
            found.append({"worksheet": sheet.id, "answers": example})
        found.append({"worksheet": sheet.id, "answers": {}})  # every field missing
        text_fields = [f.id for f in sheet.fields if f.kind in ("short", "long")]
        for text in HOSTILE:
            answers = dict(sheet.examples[0])
            answers.update({f: text for f in text_fields})
            found.append({"worksheet": sheet.id, "answers": answers})
    found.append({"worksheet": "no-such-sheet", "answers": {}})
    return found


CASES = register("parity", cases())


@pytest.fixture(scope="module")
def normal(pyodide_run: dict) -> list[dict]:
    return pyodide_run["normal"]["parity"]


@pytest.fixture(scope="module")
def restored(pyodide_run: dict) -> list[dict]:
    return pyodide_run["snapshot"]["parity"]


def test_pyodide_runs_the_python_the_lock_file_names(pyodide_run: dict, site_dir: Path) -> None:
    runtime = json.loads((site_dir / "assets/data/runtime.json").read_text())
    assert pyodide_run["python"] == runtime["lock"]["info"]["python"]


def test_a_snapshot_start_answers_exactly_as_a_normal_start(normal: list[dict], restored: list[dict]) -> None:
    """Every worksheet's examples, empty and hostile answers: identical replies after restoring."""
    assert len(restored) == len(CASES)
    for case, a, b in zip(CASES, normal, restored, strict=True):
        assert a["reply"] == b["reply"], case


def test_a_damaged_snapshot_is_refused(pyodide_run: dict) -> None:
    """So the browser drops it and starts normally (runtime/worker.js)."""
    assert pyodide_run["refused"] is True


def test_same_replies_as_cpython(normal: list[dict]) -> None:
    for case, got in zip(CASES, normal, strict=True):
        expected = json.loads(evaluate_json(case["worksheet"], json.dumps(case["answers"])))
        assert got["reply"] == expected, case


def test_hostile_text_stays_data(normal: list[dict]) -> None:
    replies = [r["reply"] for r in normal]
    # The only error expected is the deliberately unknown worksheet (its technical detail says so).
    assert all("error" not in r or "no worksheet" in r["detail"] for r in replies)
    echoed = [
        item for r in replies if r.get("ok") for block in r["result"]["blocks"] for item in block["items"]
    ]
    assert HOSTILE[0] in echoed
