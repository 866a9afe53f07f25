"""Post-build: put the Python runtime into the site (worksheets wheel, Pyodide core, lock file).

Pyodide's `loadPackage("worksheets")` reads the lock file written here and checks the wheel's
sha256 before installing it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
)
RUNTIME_DIR = "assets/pyodide"
# Fixed zip timestamps: the same sources give the same wheel and so the same hash.
_SOURCE_DATE_EPOCH = "1700000000"


class RuntimeBuildError(RuntimeError):
    """The runtime could not be assembled; the message names the file and the fix."""


def build_wheel(project: Path, out_dir: Path) -> Path:
    """Build the pure-Python worksheets wheel in-process with flit_core (no network)."""
    from flit_core.wheel import make_wheel_in

    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = _SOURCE_DATE_EPOCH
    try:
        info = make_wheel_in(project / "pyproject.toml", out_dir)
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
    return Path(info.file)


def _copy_if_changed(source: Path, target: Path) -> None:
    # `mkdocs serve` rebuilds on every edit; skip re-copying 12 MB that did not change.
    if (
        target.exists()
        and target.stat().st_size == source.stat().st_size
        and (target.stat().st_mtime >= source.stat().st_mtime)
    ):
        return
    shutil.copy2(source, target)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_lock(pyodide_dir: Path, wheel: Path, runtime: Path) -> Path:
    """The npm lock file reduced to our wheel: nothing else is ever loaded, so ship nothing else."""
    from pyodide_lock import PyodideLockSpec
    from pyodide_lock.utils import add_wheels_to_spec

    spec = PyodideLockSpec.from_json(pyodide_dir / "pyodide-lock.json")
    spec.packages = {}
    spec = add_wheels_to_spec(spec, [wheel], base_path=runtime)
    target = runtime / "pyodide-lock.json"
    spec.to_json(target)
    return target


def install_runtime(project: Path, site_dir: Path) -> dict[str, str]:
    """Copy Pyodide, build the wheel into a content-addressed folder, write the lock."""
    pyodide_dir = project / "node_modules" / "pyodide"
    missing = [name for name in (*PYODIDE_FILES, "pyodide-lock.json") if not (pyodide_dir / name).is_file()]
    if missing:
        raise RuntimeBuildError(
            f"{pyodide_dir}: missing {', '.join(missing)}. Run `npm ci` (or `make setup`) "
            "to install the pinned Pyodide from package.json."
        )
    runtime = site_dir / RUNTIME_DIR
    runtime.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        _copy_if_changed(pyodide_dir / name, runtime / name)

    with tempfile.TemporaryDirectory() as tmp:
        built = build_wheel(project, Path(tmp))
        digest = sha256_of(built)[:16]
        wheel_dir = runtime / "wheels" / digest
        if wheel_dir.parent.exists():
            shutil.rmtree(wheel_dir.parent)
        wheel_dir.mkdir(parents=True)
        wheel = wheel_dir / built.name
        shutil.copy2(built, wheel)
    lock = write_lock(pyodide_dir, wheel, runtime)
    version = json.loads((pyodide_dir / "package.json").read_text())["version"]
    return {
        "wheel": str(wheel.relative_to(site_dir)),
        "lock": str(lock.relative_to(site_dir)),
        "pyodide": version,
    }
