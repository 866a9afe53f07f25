"""Paged media: HTML to PDF with WeasyPrint, each result cached by a hash of everything it is made of.

WeasyPrint is imported only when a PDF has to be made: an unchanged rebuild copies the cached
files and costs nothing. When it is needed and cannot load (the Python package is missing, or
the system libraries it opens at import, Pango and HarfBuzz, are), or the book's fonts are not
installed, the build stops with a message that names the fix.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

# Debian packages: WeasyPrint's system libraries (pulled in by Debian's own weasyprint) and the
# typefaces the print stylesheet names. .ci/run installs them when missing.
SYSTEM_PACKAGES = ("weasyprint", "fonts-linuxlibertine")
FONTS = ("Linux Libertine O", "Linux Biolinum O")
CACHE_ENV = "CLOSER_PDF_CACHE"
CACHE_DIR = Path(".cache/book")
# Bump when the way a PDF is made changes in a way its inputs do not show.
RECIPE = "1"


class PagedMediaError(RuntimeError):
    """WeasyPrint, its system libraries or a font is missing; the message names the fix."""


def _fix() -> str:
    return (
        "Fix: run `make setup` (it installs the weasyprint version pinned in pyproject.toml), and "
        f"install the system libraries and fonts: `apt-get install {' '.join(SYSTEM_PACKAGES)}` "
        "(.ci/run does this on CI)."
    )


def load_weasyprint(importer: Callable[[str], ModuleType] = importlib.import_module) -> ModuleType:
    """The weasyprint module, or a PagedMediaError saying what is missing and how to install it."""
    try:
        return importer("weasyprint")
    except ImportError as error:
        cause = f"the Python package is missing ({error})"
    except OSError as error:
        # WeasyPrint opens Pango, GObject and HarfBuzz with cffi at import; a missing one is an OSError.
        cause = f"its system libraries (Pango, HarfBuzz) could not be loaded ({error})"
    raise PagedMediaError(
        f"The printable book and handouts (macros/book.py) need WeasyPrint, and {cause}. {_fix()}"
    ) from None


def check_fonts(families: Sequence[str] = FONTS, fc_list: str | None = None) -> None:
    """Fail when a typeface the stylesheet names is not installed (WeasyPrint would silently swap it)."""
    program = fc_list or shutil.which("fc-list")
    missing = []
    for family in families:
        found = ""
        if program:
            found = subprocess.run(
                [program, family, "family"], capture_output=True, text=True, check=False
            ).stdout.strip()
        if not found:
            missing.append(family)
    if missing:
        raise PagedMediaError(
            f"The printable book and handouts use the typefaces {', '.join(missing)}, which are not "
            f"installed (fontconfig's fc-list does not find them). {_fix()}"
        )


@dataclass(frozen=True, slots=True)
class Part:
    """A PDF made from some pages of a rendered document (all of them when `pages` is None)."""

    name: str
    title: str
    pages: tuple[int, ...] | None = None


def cache_root() -> Path:
    """CLOSER_PDF_CACHE, else .cache/book/ beside the macros package (resolved, so a project copy
    that links to macros/, as some tests build, shares the cache: entries are keyed by content)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return Path(__file__).resolve().parent.parent / CACHE_DIR


def _digest(html: str, css: Sequence[str], parts: Sequence[Part], extra: str) -> str:
    hasher = hashlib.sha256()
    for piece in (RECIPE, extra, html, *css, json.dumps([[p.name, p.title, p.pages] for p in parts])):
        hasher.update(piece.encode("utf-8"))
        hasher.update(b"\0")
    return hasher.hexdigest()[:24]


def render_cached(
    html: str,
    css: Sequence[str],
    parts: Sequence[Part],
    out_dir: Path,
    metadata: dict[str, str],
    split: Callable[[Any], dict[str, tuple[int, ...]]] | None = None,
) -> dict[str, int]:
    """Write each part to out_dir/<name>; return {name: page count}. Cached by a hash of the inputs.

    `split`, given the rendered document, returns the pages of parts whose pages are only known
    after layout (a handout's pages inside the pack).
    """
    key = _digest(html, css, parts, json.dumps(metadata, sort_keys=True))
    folder = cache_root() / key
    manifest = folder / "pages.json"
    if not manifest.is_file():
        _render(html, css, parts, folder, metadata, split)
    counts: dict[str, int] = json.loads(manifest.read_text(encoding="utf-8"))
    for name in counts:
        target = out_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / name, target)
    return counts


def _render(
    html: str,
    css: Sequence[str],
    parts: Sequence[Part],
    folder: Path,
    metadata: dict[str, str],
    split: Callable[[Any], dict[str, tuple[int, ...]]] | None,
) -> None:
    weasyprint = load_weasyprint()
    check_fonts()
    sheets = [weasyprint.CSS(string=text) for text in css]
    # base_url only resolves data: images and in-document links; nothing is fetched.
    document = weasyprint.HTML(string=html, base_url=str(folder)).render(stylesheets=sheets)
    known = split(document) if split else {}
    work = folder.with_name(folder.name + ".part")
    shutil.rmtree(work, ignore_errors=True)
    counts: dict[str, int] = {}
    for part in parts:
        pages = part.pages if part.pages is not None else known.get(part.name)
        piece = document if pages is None else document.copy([document.pages[i] for i in pages])
        piece.metadata.title = part.title
        for field, value in metadata.items():
            setattr(piece.metadata, field, value)
        target = work / part.name
        target.parent.mkdir(parents=True, exist_ok=True)
        piece.write_pdf(target)
        counts[part.name] = len(piece.pages)
    (work / "pages.json").write_text(json.dumps(counts), encoding="utf-8")
    # Renamed when complete, so an interrupted build never leaves a half-written cache entry.
    shutil.rmtree(folder, ignore_errors=True)
    work.rename(folder)
