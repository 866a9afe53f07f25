"""The site in two languages: every Spanish page under /es/ with the same slug, declaring its
language; macros and templates in Spanish there; /es/go/ links; one runtime for both."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from macros.permalinks import REGISTRY, load_registry
from tests.conftest import ROOT
from worksheets import all_worksheets
from worksheets.i18n import translations

DOCS = ROOT / "docs"
SPANISH_SOURCES = sorted(DOCS.rglob("*.es.md"))
_LANG = re.compile(r"<html\b[^>]*\blang=\"([^\"]+)\"")


def built(source: Path, prefix: str = "es/") -> Path:
    """Where a page's source is built: docs/x/y.es.md -> es/x/y/index.html (same slug)."""
    relative = source.relative_to(DOCS).as_posix().removesuffix(".es.md").removesuffix(".md")
    slug = "" if relative == "index" else relative.removesuffix("/index") + "/"
    return Path(prefix + slug + "index.html")


def lang_of(page: Path) -> str:
    match = _LANG.search(page.read_text(encoding="utf-8"))
    assert match, f"{page}: no <html lang>"
    return match.group(1)


def test_every_page_under_es_declares_spanish(site_dir: Path) -> None:
    pages = sorted((site_dir / "es").rglob("*.html"))
    english = {built(source, "") for source in DOCS.rglob("*.md") if len(source.suffixes) == 1}
    assert len(pages) >= len(english), "every page has a Spanish address (translated or not yet)"
    assert [str(p.relative_to(site_dir)) for p in pages if lang_of(p) != "es"] == []


@pytest.mark.parametrize("source", SPANISH_SOURCES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_each_spanish_page_builds_at_the_english_slug_in_spanish(site_dir: Path, source: Path) -> None:
    page = site_dir / built(source)
    assert page.is_file(), f"{source.relative_to(ROOT)} should build to {page.relative_to(site_dir)}"
    html = page.read_text(encoding="utf-8")
    assert lang_of(page) == "es"
    assert 'class="untranslated"' not in html, "a translated page does not say it is shown in English"
    assert (site_dir / built(source, "")).is_file(), "the English page has the same slug"


def test_an_untranslated_page_says_so_in_spanish(site_dir: Path) -> None:
    sources = [
        s for s in DOCS.rglob("*.md") if len(s.suffixes) == 1 and not s.with_suffix(".es.md").is_file()
    ]
    if not sources:
        pytest.skip("every page is translated: no page is shown in English under /es/")
    html = (site_dir / built(sources[0])).read_text(encoding="utf-8")
    assert "Esta página todavía no está traducida, por eso se muestra en inglés." in html


def test_english_pages_stay_english(site_dir: Path) -> None:
    home = site_dir / "index.html"
    assert lang_of(home) == "en" and lang_of(site_dir / "chapters/vulnerability/index.html") == "en"
    assert 'Leave<span class="quick-exit__more"> this site</span>' in home.read_text(encoding="utf-8")


def test_templates_and_macros_speak_spanish_under_es(site_dir: Path) -> None:
    chapter = (site_dir / "es/chapters/vulnerability/index.html").read_text(encoding="utf-8")
    assert 'title="Salir de este sitio (o pulsa Esc dos veces)">Salir' in chapter
    assert re.search(r'<p class="reading-time">Alrededor de \d+ minutos? de lectura</p>', chapter)
    assert "Antes de leer" in chapter and "Before you read" not in chapter
    assert 'aria-label="Cargando la página"' in chapter
    # Citations lead to the Spanish references page; the book link, to the Spanish book.
    assert 'class="citation" href="../../references/#ref-' in chapter
    assert "La guía completa como libro para imprimir <span" in chapter and "(en inglés)" not in chapter
    assert 'href="../../../es/print/closer-book-es.pdf"' in chapter


def test_the_language_selector_links_the_same_page_in_each_language(site_dir: Path) -> None:
    spanish = (site_dir / "es/chapters/vulnerability/index.html").read_text(encoding="utf-8")
    english = (site_dir / "chapters/vulnerability/index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="\.\./\.\./\.\./chapters/vulnerability/" hreflang="en"', spanish)
    assert re.search(r'<a href="\.\./\.\./es/chapters/vulnerability/" hreflang="es"', english)


def test_every_permanent_link_has_a_spanish_twin(site_dir: Path) -> None:
    registry = load_registry(DOCS / REGISTRY)
    index = json.loads((site_dir / "es/go/index.json").read_text(encoding="utf-8"))
    assert (
        index["language"] == "es" and {"code": "es", "name": "Español", "root": "es/"} in index["languages"]
    )
    assert {link["slug"] for link in index["links"]} == set(registry)
    for slug, target in registry.items():
        page = site_dir / "es/go" / slug / "index.html"
        html = page.read_text(encoding="utf-8")
        assert lang_of(page) == "es" and "Este enlace lleva a" in html
        # Relative to es/go/<slug>/: two levels up is /es/, so the link stays in Spanish.
        assert f'url=../../{target.href}"' in html
        assert (site_dir / "es" / target.path / "index.html").is_file()


def test_the_runtime_and_assets_exist_once(site_dir: Path) -> None:
    # Spanish pages use the root's assets; only the words of their language live under es/:
    # the worksheets' labels (as go/index.json does for the links; the browser words are
    # es/closer-catalog.js, one file for every use: macros/catalog_scripts.py).
    own = sorted(str(p.relative_to(site_dir / "es/assets")) for p in (site_dir / "es/assets").rglob("*"))
    assert own == ["data", "data/worksheets.json"], own
    wheels = list(site_dir.rglob("*.whl"))
    assert len(wheels) == 1 and wheels[0].is_relative_to(site_dir / "assets/pyodide")
    # Pages only (and the Spanish book and handouts, under es/print/): no runtime copy.
    files = [
        p
        for p in (site_dir / "es").rglob("*")
        if p.is_file() and "print" not in p.relative_to(site_dir).parts
    ]
    spanish = sum(p.stat().st_size for p in files)
    assert spanish < 5_000_000, f"site/es is {spanish / 1e6:.1f} MB: pages only, no runtime copy"
    chapter = (site_dir / "es/chapters/vulnerability/index.html").read_text(encoding="utf-8")
    assert 'src="../../../assets/js/main.js"' in chapter


def test_search_stems_spanish_and_indexes_spanish_pages(site_dir: Path) -> None:
    """Spanish pages have their own index under /es/ (tests/build/test_search_per_language.py)."""
    index = json.loads((site_dir / "es/search/search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["es"]
    spanish = index["docs"]
    assert spanish, "the Spanish pages are in the search index"
    if (DOCS / "chapters/vulnerability.es.md").is_file():
        assert any("vulnerabilidad" in doc["text"].lower() for doc in spanish)


def test_every_worksheet_form_on_a_spanish_page_is_in_spanish(site_dir: Path) -> None:
    """The forms are rendered at build time from the compiled catalog: a clean checkout's first
    build must already render them in Spanish (the catalog is compiled before the first page)."""
    spanish = translations("es")
    for sheet in all_worksheets():
        page = (site_dir / f"es/chapters/{sheet.chapter}/index.html").read_text(encoding="utf-8")
        title = re.search(rf'<h3 class="worksheet__title" id="ws-{sheet.id}-title">([^<]*)</h3>', page)
        assert title, f"{sheet.id}: no form on its Spanish chapter"
        shown = html.unescape(title.group(1))
        assert shown == spanish.gettext(sheet.title) != sheet.title, (sheet.id, shown)
