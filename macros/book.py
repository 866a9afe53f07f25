"""Post-build: the guide as a printed book and every worksheet as a handout, one set per language.

Written into the site, for each language in mkdocs.yml's `extra.books`:
- print/closer-book-<lang>.pdf: cover, "Is this guide for you?", contents with page numbers,
  the chapters (each followed by its worksheets as blank handouts), glossary and references;
- print/closer-worksheets-<lang>.pdf: every worksheet as a handout, one after the other;
- print/worksheets/closer-<id>-<lang>.pdf: each handout alone (pages of the pack).
Links on paper are permanent /go/ links on the site's public address (site_url, i.e.
CLOSER_SITE_URL; a local build without it prints the address `make serve` uses). The PDFs are
made by WeasyPrint from templates and print stylesheets in macros/print/, and cached by a hash
of their inputs (macros/paged.py). Finally the pages' "(PDF)" labels get each file's page count
and size.
"""

from __future__ import annotations

import gettext
import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from worksheets import Worksheet, all_worksheets
from worksheets.i18n import _
from worksheets.i18n import language as worksheet_language

from .book_pages import BookPage, LinkMap, extract, handout_id, page_key
from .book_words import Words, words_for
from .handouts import HandoutInfo, handout_html
from .languages import default_language
from .paged import Part, render_cached
from .permalinks import REGISTRY, load_registry

log = logging.getLogger("mkdocs.plugins.closer.book")
PRINT = Path(__file__).with_name("print")
LOCAL_ROOT = "http://127.0.0.1:8000/"  # `make serve`'s address, for builds without site_url
FRONT = ("is-this-for-you/",)
BACK = ("glossary/", "references/")
FOLDER = "print"
HANDOUT_PAGES = 2  # one sheet of paper, printed on both sides


def book_file(language: str) -> str:
    return f"{FOLDER}/closer-book-{language}.pdf"


def pack_file(language: str) -> str:
    return f"{FOLDER}/closer-worksheets-{language}.pdf"


def handout_file(worksheet_id: str, language: str) -> str:
    return f"{FOLDER}/worksheets/closer-{worksheet_id}-{language}.pdf"


def languages(conf: Any) -> list[str]:
    extra = conf.get("extra") or {}
    return list(extra.get("books") or [default_language(conf).code])


def public_root(conf: Any) -> str:
    url = conf.get("site_url") or LOCAL_ROOT
    return url if url.endswith("/") else url + "/"


def chapter_paths(nav: Iterable[Any]) -> list[str]:
    """The chapters in the order of mkdocs.yml's nav, as built paths ("chapters/x/")."""
    found: list[str] = []
    for item in nav:
        values = item.values() if isinstance(item, dict) else [item]
        for value in values:
            if isinstance(value, list):
                found += chapter_paths(value)
            elif isinstance(value, str) and value.startswith("chapters/") and value.endswith(".md"):
                found.append(value[: -len(".md")] + "/")
    return found


def print_link(root: str, file: str, text: str) -> str:
    """A download link whose "(PDF)" the build completes with pages and size (fill_facts)."""
    return (
        f'<a class="print-link" href="{root}{file}" download>{escape(text)} '
        f'<span data-print-facts="{file}">(PDF)</span></a>'
    )


@dataclass(frozen=True, slots=True)
class Edition:
    """One language's book and pack: their words, pages and where they link."""

    language: str
    words: Words
    prefix: str  # the language's folder in the site ("" for the default language)
    links: LinkMap
    chapters: tuple[BookPage, ...]
    front: tuple[BookPage, ...]
    back: tuple[BookPage, ...]
    site_name: str

    def chapter_label(self, slug: str) -> str:
        for number, page in enumerate(self.chapters, 1):
            if page.path == f"chapters/{slug}/":
                return self.words.chapter_label(number, page.title)
        return ""

    def handout(self, sheet: Worksheet, compact: bool = False) -> str:
        url = self.links.permanent(f"chapters/{sheet.chapter}/", f"worksheet-{sheet.id}")
        if url is None:
            raise ValueError(f"worksheet {sheet.id!r} has no permanent link in docs/data/permalinks.yml")
        info = HandoutInfo(url, self.chapter_label(sheet.chapter), self.site_name)
        with worksheet_language(self.language):  # the worksheets catalog: labels, options, help
            return handout_html(sheet, info, self.words, handout_id(sheet.id), compact)

    def title(self, sheet: Worksheet) -> str:
        with worksheet_language(self.language):
            return _(sheet.title)


def _jinja() -> Environment:
    return Environment(loader=FileSystemLoader(PRINT), autoescape=True, undefined=StrictUndefined)


def _css(*names: str) -> list[str]:
    return [(PRINT / name).read_text(encoding="utf-8") for name in names]


def load_edition(
    site: Path, docs: Path, conf: Any, language: str, translations: gettext.NullTranslations | None = None
) -> Edition:
    # Not the theme's language: the i18n plugin leaves it at the last language it built.
    default = default_language(conf).code
    prefix = "" if language == default else f"{language}/"

    def page(path: str) -> BookPage:
        built = site / prefix / path / "index.html"
        return extract(path, built.read_text(encoding="utf-8"))

    chapters = tuple(page(p) for p in chapter_paths(conf["nav"]))
    front, back = tuple(page(p) for p in FRONT), tuple(page(p) for p in BACK)
    pages = {p.path: p for p in (*front, *chapters, *back)}
    links = LinkMap(pages, load_registry(docs / REGISTRY), public_root(conf) + prefix)
    words = words_for(language, translations)
    return Edition(language, words, prefix, links, chapters, front, back, conf["site_name"])


def book_html(edition: Edition, compact: frozenset[str] = frozenset()) -> str:
    sheets = {s.id: s for s in all_worksheets()}
    chapters = [
        {
            "page": p,
            "number": n,
            "body": edition.links.rewrite(p),
            "handouts": [
                {
                    "id": handout_id(w),
                    "title": edition.title(sheets[w]),
                    "html": edition.handout(sheets[w], w in compact),
                }
                for w in p.worksheets
            ],
        }
        for n, p in enumerate(edition.chapters, 1)
    ]
    return (
        _jinja()
        .get_template("book.html")
        .render(
            words=edition.words,
            site_name=edition.site_name,
            home=edition.links.permanent("") or edition.links.root,
            front=[{"page": p, "body": edition.links.rewrite(p)} for p in edition.front],
            chapters=chapters,
            back=[{"page": p, "body": edition.links.rewrite(p)} for p in edition.back],
        )
    )


def pack_html(edition: Edition, sheets: list[Worksheet], compact: frozenset[str] = frozenset()) -> str:
    return (
        _jinja()
        .get_template("pack.html")
        .render(
            words=edition.words,
            site_name=edition.site_name,
            home=edition.links.permanent("") or edition.links.root,
            handouts=[
                {
                    "id": handout_id(s.id),
                    "title": edition.title(s),
                    "chapter": edition.chapter_label(s.chapter),
                    "html": edition.handout(s, s.id in compact),
                }
                for s in sheets
            ],
        )
    )


@dataclass(frozen=True, slots=True)
class HandoutPages:
    """After layout: which pages of the pack each handout file takes (its first to the next's)."""

    files: dict[str, str]  # handout element id -> file name

    def __call__(self, document: Any) -> dict[str, tuple[int, ...]]:
        starts: dict[str, int] = {}
        for index, page in enumerate(document.pages):
            for anchor in page.anchors:
                if anchor in self.files:
                    starts.setdefault(anchor, index)
        ends = [*sorted(starts.values()), len(document.pages)]
        return {
            self.files[anchor]: tuple(range(first, next(i for i in ends if i > first)))
            for anchor, first in starts.items()
        }


def write_books(
    site: Path, docs: Path, conf: Any, translations: dict[str, gettext.NullTranslations] | None = None
) -> dict[str, int]:
    """Write every language's book, pack and handouts (in the words of `translations`, by
    language, else each language's checked pages catalog); return {site file: page count}."""
    started = time.perf_counter()
    sheets = list(all_worksheets())
    counts: dict[str, int] = {}
    for language in languages(conf):
        edition = load_edition(site, docs, conf, language, (translations or {}).get(language))
        order = [w for p in edition.chapters for w in p.worksheets]
        sheets.sort(key=lambda s: order.index(s.id) if s.id in order else len(order))
        meta = {"lang": language, "description": edition.words.subtitle}
        out = site / edition.prefix
        parts = [Part(pack_file(language), f"{edition.site_name}: {edition.words.worksheets_title}")]
        parts += [
            Part(handout_file(s.id, language), f"{edition.title(s)} ({edition.site_name})") for s in sheets
        ]
        # Each handout alone is its own pages of the pack (the pack's cover is left out).
        split = HandoutPages({handout_id(s.id): handout_file(s.id, language) for s in sheets})
        # A handout is one sheet of paper, both sides. One whose words run longer (Spanish runs
        # about a fifth longer than English) is set tighter, and the pack made again (cached).
        compact: frozenset[str] = frozenset()
        while True:
            pack = render_cached(
                pack_html(edition, sheets, compact),
                _css("paged.css", "handout.css", "pack.css"),
                parts,
                out,
                meta,
                split=split,
            )
            long = {s.id for s in sheets if pack[handout_file(s.id, language)] > HANDOUT_PAGES} - compact
            if not long:
                break
            compact |= long
        too_long = sorted(s.id for s in sheets if pack[handout_file(s.id, language)] > HANDOUT_PAGES)
        if too_long:
            log.warning(
                "%s handouts over %d pages even when set tight: %s. Shorten their words (the catalogs) "
                "or their layout (macros/handouts.py, macros/print/handout.css).",
                language,
                HANDOUT_PAGES,
                ", ".join(too_long),
            )
        book = render_cached(
            book_html(edition, compact),
            _css("paged.css", "handout.css", "book.css"),
            [Part(book_file(language), f"{edition.site_name}: {edition.words.subtitle}")],
            out,
            meta,
        )
        counts |= {edition.prefix + name: n for name, n in (book | pack).items()}
    log.info("book and handouts: %d PDFs in %.1f s", len(counts), time.perf_counter() - started)
    return counts


_FACTS = re.compile(r'<span data-print-facts="([^"]+)">[^<]*</span>')


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 1e6 else f"{max(1, round(count / 1e3))} KB"


PageCount = Callable[[int], str]


def fill_facts(site: Path, counts: dict[str, int], words: Words | Callable[[Path], PageCount]) -> int:
    """Complete every "(PDF)" label with the file's pages and size; fail on a link to no file.

    `words` gives the page-count words, or is a function of the page (its language's words).
    """
    sizes = {name: _size((site / name).stat().st_size) for name in counts}
    changed = 0
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if "data-print-facts" not in html:
            continue
        unknown = sorted({m.group(1) for m in _FACTS.finditer(html)} - counts.keys())
        if unknown:
            raise ValueError(f"{page}: links to {', '.join(unknown)}, which the book step did not write")
        pages = words.page_count if isinstance(words, Words) else words(page)

        def fact(match: re.Match[str], pages: PageCount = pages) -> str:
            name = match.group(1)
            return f'<span data-print-facts="{name}">(PDF, {pages(counts[name])}, {sizes[name]})</span>'

        page.write_text(_FACTS.sub(fact, html), encoding="utf-8")
        changed += 1
    return changed


__all__ = ["book_file", "fill_facts", "handout_file", "pack_file", "page_key", "print_link", "write_books"]
