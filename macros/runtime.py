"""Post-build: put the Python runtime into the site (worksheets wheel, Pyodide core, lock file).

Everything sits in a folder named for the Pyodide version, `assets/pyodide/<version>/`, and the
wheel in a folder named for its hash, so every runtime URL is immutable: the service worker and
the browser may keep them forever, and a new version is a new URL, never a stale copy.

`assets/data/runtime.json` tells the page where the runtime is, what each file weighs (for the
download's progress) and the wheel's sha256 (checked before it is installed, and part of the key
of the memory snapshot). It embeds the lock file, so starting Python costs no extra request.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
)
RUNTIME_ROOT = "assets/pyodide"
RUNTIME_INFO = "assets/data/runtime.json"
# Fixed zip timestamps: the same sources give the same wheel and so the same hash.
_SOURCE_DATE_EPOCH = "1700000000"


class RuntimeBuildError(RuntimeError):
    """The runtime could not be assembled; the message names the file and the fix."""


def build_wheel(project: Path, out_dir: Path) -> Path:
    """Build the pure-Python worksheets wheel in-process with flit_core (no network), with its
    compiled catalogs (worksheets/locale/*/LC_MESSAGES/worksheets.mo, package data flit ships)."""
    from flit_core.wheel import make_wheel_in

    from .worksheet_catalog import compile_catalogs

    # Fails, naming each string and the fix, when a worksheet string has no translation.
    compile_catalogs()

    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = _SOURCE_DATE_EPOCH
    try:
        info = make_wheel_in(project / "pyproject.toml", out_dir)
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
    wheel = Path(info.file)
    _drop_catalog_sources(wheel)
    return wheel


# The wheel ships the compiled catalogs only: the template and the .po sources are for
# translators (flit packs every file of the package, and has no exclude for wheels).
_SOURCES_ONLY = (".po", ".pot")


def _drop_catalog_sources(wheel: Path) -> None:
    """Rewrite the wheel without worksheets/locale/**/*.po(t), and their lines in RECORD."""
    with zipfile.ZipFile(wheel) as original:
        entries = [(item, original.read(item)) for item in original.infolist()]
    kept = [(item, data) for item, data in entries if not item.filename.endswith(_SOURCES_ONLY)]
    with zipfile.ZipFile(wheel, "w") as rewritten:
        for item, data in kept:
            if item.filename.endswith(".dist-info/RECORD"):
                lines = data.decode("utf-8").splitlines(keepends=True)
                data = "".join(
                    line for line in lines if not line.split(",", 1)[0].endswith(_SOURCES_ONLY)
                ).encode("utf-8")
            rewritten.writestr(item, data)


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


def pyodide_version(project: Path) -> str:
    return str(json.loads((project / "node_modules" / "pyodide" / "package.json").read_text())["version"])


def write_runtime_info(site_dir: Path, runtime: Path, version: str, wheel: Path, lock: Path) -> Path:
    """assets/data/runtime.json: site-relative URLs, sizes, the wheel's sha256 and the lock."""

    def url(path: Path) -> str:
        return path.relative_to(site_dir).as_posix()

    files = [runtime / name for name in PYODIDE_FILES if name != "pyodide.mjs"] + [wheel]
    info = {
        "pyodide": version,
        "index": url(runtime) + "/",
        "wheel": {"url": url(wheel), "sha256": sha256_of(wheel)},
        "lock": json.loads(lock.read_text(encoding="utf-8")),
        # What a first start downloads, uncompressed (what the page counts as it arrives).
        "files": [{"url": url(f), "bytes": f.stat().st_size} for f in (runtime / "pyodide.mjs", *files)],
    }
    target = site_dir / RUNTIME_INFO
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
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
    version = pyodide_version(project)
    root = site_dir / RUNTIME_ROOT
    # An earlier version, or the unversioned layout of before, would otherwise stay in the site.
    for old in root.iterdir() if root.is_dir() else ():
        if old.name == version:
            continue
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()
    runtime = root / version
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
    info = write_runtime_info(site_dir, runtime, version, wheel, lock)
    return {
        "wheel": str(wheel.relative_to(site_dir)),
        "lock": str(lock.relative_to(site_dir)),
        "info": str(info.relative_to(site_dir)),
        "pyodide": version,
    }
