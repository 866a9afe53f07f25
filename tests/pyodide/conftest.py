"""One real Pyodide run (Node) for the whole tier: each test module registers the cases it needs
at import, and one session fixture answers them all from a normal start and from a restored
memory snapshot (tests/pyodide/run_worksheets.mjs). A Pyodide boot is the tier's cost; the
modules used to pay for four."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

HERE = Path(__file__).parent
_CASES: dict[str, list[dict[str, Any]]] = {}


def register(name: str, cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ask the tier's one run to answer `cases`; read them back from pyodide_run by `name`."""
    _CASES[name] = cases
    return cases


@pytest.fixture(scope="session")
def pyodide_run(site_dir: Path) -> dict[str, Any]:
    """{"python", "refused", "normal": {name: replies}, "snapshot": {name: replies}}."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed for the Pyodide tier (Node 20 or newer)")
    names = list(_CASES)
    flat = [case for name in names for case in _CASES[name]]
    done = subprocess.run(
        [node, str(HERE / "run_worksheets.mjs"), str(site_dir)],
        input=json.dumps(flat),
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout)
    run: dict[str, Any] = {"python": out["python"], "refused": out["refused"]}
    for how in ("normal", "snapshot"):
        replies, start = {}, 0
        for name in names:
            replies[name] = out[how][start : start + len(_CASES[name])]
            start += len(_CASES[name])
        run[how] = replies
    return run
