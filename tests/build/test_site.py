"""The built site: strict build, runtime files with integrity, nothing from other origins."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT
from worksheets import all_worksheets

MKDOCS = [sys.executable, "-m", "mkdocs"]
PINNED = json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
# Versioned: a new Pyodide is a new URL, so a kept copy never goes stale.
RUNTIME = Path("assets/pyodide") / PINNED


def test_runtime_files_are_in_the_site(site_dir: Path) -> None:
    for name in (
        "pyodide.mjs",
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "python_stdlib.zip",
        "pyodide-lock.json",
    ):
        assert (site_dir / RUNTIME / name).is_file(), name
    assert [p.name for p in (site_dir / "assets/pyodide").iterdir()] == [PINNED], "one version only"
    pinned = PINNED
    assert re.fullmatch(r"\d+\.\d+\.\d+", pinned), "pyodide must be pinned to an exact version"
    installed = json.loads((ROOT / "node_modules/pyodide/package.json").read_text())["version"]
    assert installed == pinned
    copied = (site_dir / RUNTIME / "pyodide.asm.wasm").read_bytes()
    assert copied == (ROOT / "node_modules/pyodide/pyodide.asm.wasm").read_bytes()


def test_lock_lists_the_wheel_with_its_sha256(site_dir: Path) -> None:
    lock = json.loads((site_dir / RUNTIME / "pyodide-lock.json").read_text())
    entry = lock["packages"]["worksheets"]
    wheel = site_dir / RUNTIME / entry["file_name"]
    assert wheel.is_file()
    assert wheel.name.endswith("-py3-none-any.whl")
    assert hashlib.sha256(wheel.read_bytes()).hexdigest() == entry["sha256"]
    assert entry["imports"] == ["worksheets"] and entry["depends"] == []
    assert lock["info"]["python"].startswith("3.")


def test_runtime_description_lists_every_file_with_its_size(site_dir: Path) -> None:
    """assets/data/runtime.json: what the page downloads (and counts), the wheel's sha256, the lock."""
    info = json.loads((site_dir / "assets/data/runtime.json").read_text())
    lock = json.loads((site_dir / RUNTIME / "pyodide-lock.json").read_text())
    assert info["pyodide"] == PINNED and info["index"] == f"{RUNTIME.as_posix()}/"
    assert info["lock"] == lock
    wheel = site_dir / info["wheel"]["url"]
    assert (
        hashlib.sha256(wheel.read_bytes()).hexdigest()
        == info["wheel"]["sha256"]
        == lock["packages"]["worksheets"]["sha256"]
    )
    listed = {f["url"]: f["bytes"] for f in info["files"]}
    expected = [
        f"{RUNTIME.as_posix()}/{n}"
        for n in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
    ]
    assert sorted(listed) == sorted([*expected, info["wheel"]["url"]])
    for url, size in listed.items():
        assert (site_dir / url).stat().st_size == size, url


def test_wheel_holds_the_package_and_nothing_else(site_dir: Path) -> None:
    lock = json.loads((site_dir / RUNTIME / "pyodide-lock.json").read_text())
    wheel = site_dir / RUNTIME / lock["packages"]["worksheets"]["file_name"]
    names = zipfile.ZipFile(wheel).namelist()
    assert "worksheets/__init__.py" in names and "worksheets/library/checkin.py" in names
    assert all(n.startswith(("worksheets/", "worksheets-")) for n in names)
    assert not any("__pycache__" in n for n in names)


def test_every_worksheet_is_embedded_somewhere(site_dir: Path) -> None:
    html = "".join(p.read_text() for p in site_dir.rglob("*.html"))
    for sheet in all_worksheets():
        assert f'data-worksheet="{sheet.id}"' in html, f"{sheet.id} is not embedded in any page"


_ASSET = re.compile(
    r"""<(?:script|link|img|iframe|source|audio|video|embed|object)\b[^>]*?\s(?:src|href|data)=["']?(https?:)?//"""
    r"""|url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:url\()?["']?(?:https?:)?//""",
    re.I,
)
_JS_REMOTE = re.compile(r"""(?:import\s*\(?|from)\s*["'](?:https?:)?//|importScripts\(\s*["']https?:""")


def test_nothing_is_loaded_from_another_origin(site_dir: Path) -> None:
    """Links out are fine; assets (scripts, styles, fonts, images, frames) must be our own."""
    offenders = []
    for path in site_dir.rglob("*"):
        if path.suffix in (".html", ".css"):
            for match in _ASSET.finditer(path.read_text(errors="replace")):
                offenders.append(f"{path.relative_to(site_dir)}: {match.group(0)[:80]}")
        elif path.suffix in (".js", ".mjs") and "pyodide" not in path.parts:
            for match in _JS_REMOTE.finditer(path.read_text(errors="replace")):
                offenders.append(f"{path.relative_to(site_dir)}: {match.group(0)[:80]}")
    assert offenders == []
    index = (site_dir / "index.html").read_text()
    assert "fonts.googleapis" not in index and "fonts.gstatic" not in index


def _mini_project(tmp_path: Path, page: str) -> Path:
    """A copy of the project's docs and macros plus one extra page, to build in isolation."""
    skip = shutil.ignore_patterns("__pycache__")
    # mkdocs.yml watches the first three; locale/ holds the pages' catalogs (macros/page_catalog.py).
    for folder in ("docs", "macros", "worksheets", "locale"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=skip)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "docs" / "broken.md").write_text(f"# Broken\n\n{page}\n")
    return tmp_path


def _build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*MKDOCS, "build", "--strict", "--site-dir", str(project / "out")],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_unknown_worksheet_fails_the_build_naming_page_and_id(tmp_path: Path) -> None:
    built = _build(_mini_project(tmp_path, '{{ worksheet("no-such-sheet") }}'))
    assert built.returncode != 0
    assert "docs/broken.md" in built.stderr and "'no-such-sheet'" in built.stderr


def test_unknown_citation_fails_the_build_naming_the_page(tmp_path: Path) -> None:
    built = _build(_mini_project(tmp_path, 'As shown {{ cite("nobody2099") }}.'))
    assert built.returncode != 0
    assert "docs/broken.md" in built.stderr and "nobody2099" in built.stderr


def test_the_site_under_test_is_built_strictly_first() -> None:
    """`make test` builds the site strictly (a warning fails it) before any test reads it, so the
    real project's strict build is proven once, by `make site`, not built a second time here."""
    make = (ROOT / "Makefile").read_text()
    assert re.search(r"^test: .*\bsite\b", make, re.M), "make test must build the site first"
    assert re.search(r"^site:.*\n\t.*mkdocs build --strict --site-dir site", make, re.M)
    assert re.search(r"^strict: true$", (ROOT / "mkdocs.yml").read_text(), re.M)
