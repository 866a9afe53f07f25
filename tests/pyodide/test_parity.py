"""The wheel in real Pyodide (Node + the npm runtime copied into the site) answers as CPython does."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from worksheets import all_worksheets
from worksheets.browser import evaluate_json

HERE = Path(__file__).parent

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


@pytest.fixture(scope="module")
def pyodide_run(site_dir: Path) -> dict:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed for the Pyodide tier (Node 20 or newer)")
    payload = json.dumps(cases())
    done = subprocess.run(
        [node, str(HERE / "run_worksheets.mjs"), str(site_dir / "assets/pyodide")],
        input=payload,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_pyodide_runs_the_python_the_lock_file_names(pyodide_run: dict, site_dir: Path) -> None:
    lock = json.loads((site_dir / "assets/pyodide/pyodide-lock.json").read_text())
    assert pyodide_run["python"] == lock["info"]["python"]


def test_same_replies_as_cpython(pyodide_run: dict) -> None:
    for case, got in zip(cases(), pyodide_run["replies"], strict=True):
        expected = json.loads(evaluate_json(case["worksheet"], json.dumps(case["answers"])))
        assert got["reply"] == expected, case


def test_hostile_text_stays_data(pyodide_run: dict) -> None:
    replies = [r["reply"] for r in pyodide_run["replies"]]
    # The only error expected is the deliberately unknown worksheet (its technical detail says so).
    assert all("error" not in r or "no worksheet" in r["detail"] for r in replies)
    echoed = [
        item for r in replies if r.get("ok") for block in r["result"]["blocks"] for item in block["items"]
    ]
    assert HOSTILE[0] in echoed
