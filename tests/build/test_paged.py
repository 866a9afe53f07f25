"""Paged media: the build stops with a message naming the fix when WeasyPrint, its system
libraries or the book's typefaces are missing, and an unchanged PDF is never made twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from pytest import MonkeyPatch

from macros import paged
from macros.paged import PagedMediaError, Part, check_fonts, load_weasyprint, render_cached
from tests.conftest import ROOT

FIX = "Fix: run `make setup`"
APT = "apt-get install weasyprint fonts-linuxlibertine"


def _missing_package(name: str) -> ModuleType:
    raise ModuleNotFoundError(f"No module named {name!r}")


def _missing_pango(name: str) -> ModuleType:
    # What WeasyPrint's cffi dlopen raises at import on a machine without Pango.
    raise OSError("cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot open shared object file")


class TestMissingPieces:
    def test_a_missing_python_package_names_the_fix(self) -> None:
        with pytest.raises(PagedMediaError) as error:
            load_weasyprint(_missing_package)
        message = str(error.value)
        assert "need WeasyPrint, and the Python package is missing (No module named 'weasyprint')" in message
        assert FIX in message and APT in message

    def test_missing_system_libraries_name_the_fix(self) -> None:
        with pytest.raises(PagedMediaError) as error:
            load_weasyprint(_missing_pango)
        message = str(error.value)
        assert "its system libraries (Pango, HarfBuzz) could not be loaded" in message
        assert "libpango-1.0-0" in message and FIX in message and APT in message

    def test_a_missing_typeface_names_the_fix(self) -> None:
        with pytest.raises(PagedMediaError) as error:
            check_fonts(("Linux Libertine O", "No Such Typeface Closer"))
        message = str(error.value)
        assert "use the typefaces No Such Typeface Closer, which are not installed" in message
        assert "Linux Libertine O," not in message  # installed: not named as missing
        assert APT in message

    def test_the_build_fails_with_the_message_when_pango_cannot_load(self, tmp_path: Path) -> None:
        """A real build, with a weasyprint that fails to load as it does without Pango."""
        fake = tmp_path / "fake" / "weasyprint"
        fake.mkdir(parents=True)
        (fake / "__init__.py").write_text(
            "raise OSError(\"cannot load library 'libpango-1.0-0': cannot open shared object file\")\n"
        )
        env = {**os.environ, "PYTHONPATH": str(tmp_path / "fake"), paged.CACHE_ENV: str(tmp_path / "cache")}
        built = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert built.returncode != 0
        assert "The printable book and handouts (macros/book.py) need WeasyPrint" in built.stderr
        assert "libpango-1.0-0" in built.stderr and APT in built.stderr


HTML = (
    '<html lang="en"><body><h1 id="one">One</h1><p style="break-before: page" id="two">Two</p></body></html>'
)


class TestTheCache:
    def test_an_unchanged_pdf_is_copied_not_made_again(
        self, tmp_path: Path, monkeypatch: MonkeyPatch
    ) -> None:
        monkeypatch.setenv(paged.CACHE_ENV, str(tmp_path / "cache"))
        parts = [Part("all.pdf", "All"), Part("second.pdf", "Second", (1,))]
        first = render_cached(HTML, ["@page { size: A6 }"], parts, tmp_path / "a", {"lang": "en"})
        assert first == {"all.pdf": 2, "second.pdf": 1}
        made = (tmp_path / "a" / "all.pdf").read_bytes()
        assert made.startswith(b"%PDF-")

        def fail() -> ModuleType:
            raise AssertionError("WeasyPrint was loaded for an unchanged PDF")

        monkeypatch.setattr(paged, "load_weasyprint", fail)
        again = render_cached(HTML, ["@page { size: A6 }"], parts, tmp_path / "b", {"lang": "en"})
        assert again == first
        assert (tmp_path / "b" / "all.pdf").read_bytes() == made

    def test_a_change_to_any_input_makes_a_new_pdf(self, tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
        monkeypatch.setenv(paged.CACHE_ENV, str(tmp_path / "cache"))
        parts = [Part("all.pdf", "All")]
        render_cached(HTML, ["@page { size: A6 }"], parts, tmp_path / "a", {})
        render_cached(HTML, ["@page { size: A5 }"], parts, tmp_path / "b", {})
        render_cached(HTML.replace("Two", "Three"), ["@page { size: A6 }"], parts, tmp_path / "c", {})
        assert len(list((tmp_path / "cache").iterdir())) == 3
