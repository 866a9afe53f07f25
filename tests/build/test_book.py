"""The printed book and the worksheet pack, read back from the built site's PDFs with pypdf.

The chapters come in the nav's order, each opening on the page the contents list says; each
handout is one or two pages; every link that leaves a PDF for the site is a permanent /go/ link,
and every link inside a PDF lands on a place that exists (citations on the references). Every
test runs for each language of mkdocs.yml's `extra.books` (English and Spanish): the Spanish
print is made of the Spanish pages, in Spanish words, and links to the Spanish /es/go/ links."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from mkdocs.config import load_config
from pypdf import PdfReader

from macros.book import book_file, chapter_paths, handout_file, pack_file, public_root
from macros.book_pages import extract, page_key
from macros.book_words import Words, words_for
from macros.permalinks import load_registry
from tests.conftest import ROOT
from worksheets import Worksheet, all_worksheets
from worksheets.i18n import _, language

# The address the PDFs print: the build's CLOSER_SITE_URL, or `make serve`'s when it is unset.
SITE_ROOT = public_root({"site_url": os.environ.get("CLOSER_SITE_URL", "")})
REGISTRY = ROOT / "docs" / "data" / "permalinks.yml"
BOOKS = tuple(load_config(str(ROOT / "mkdocs.yml"))["extra"]["books"])
PREFIX = {"en": ""}  # the default language is at the root; every other under its code


def test_the_guide_prints_in_english_and_spanish() -> None:
    assert BOOKS == ("en", "es")


@dataclass(frozen=True)
class Print:
    """One language's printed files, where they are and the words they must use."""

    lang: str
    site: Path  # that language's root in the built site
    words: Words
    root: str  # the public address of its pages, e.g. http://127.0.0.1:8000/es/

    def file(self, name: str) -> Path:
        return self.site / name

    def title(self, sheet: Worksheet) -> str:
        with language(self.lang):
            return _(sheet.title)


@pytest.fixture(scope="module", params=BOOKS)
def edition(request: pytest.FixtureRequest, site_dir: Path) -> Print:
    lang = str(request.param)
    prefix = PREFIX.get(lang, f"{lang}/")
    return Print(lang, site_dir / prefix, words_for(lang), SITE_ROOT + prefix)


@cache
def _reader(path: Path) -> PdfReader:
    return PdfReader(path)


def words(text: str) -> str:
    """Text as words: the PDF's line breaks and hyphenation fall where the page wrapped."""
    return " ".join(re.sub(r"-\n", "", text).split())


@cache
def page_text(path: Path, index: int) -> str:
    """One page's words (pypdf's text extraction is slow: read only the pages a test needs)."""
    return words(_reader(path).pages[index].extract_text())


def page_texts(path: Path) -> list[str]:
    return [page_text(path, i) for i in range(len(_reader(path).pages))]


def dest_page(path: Path, name: str) -> int:
    """The index of the page an element id of the book's HTML landed on (a named destination)."""
    reader = _reader(path)
    return int(reader.get_destination_page_number(reader.named_destinations[name]))


def uris(path: Path) -> list[str]:
    found = []
    for page in _reader(path).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and action.get("/S") == "/URI":
                found.append(str(action["/URI"]))
    return found


def internal_dests(path: Path) -> list[str]:
    return [
        str(annotation.get_object()["/Dest"])
        for page in _reader(path).pages
        for annotation in page.get("/Annots") or []
        if "/Dest" in annotation.get_object()
    ]


@pytest.fixture(scope="module")
def chapters(edition: Print) -> list[str]:
    """Chapter titles in the order of mkdocs.yml's nav, as the built pages of the language show them."""
    nav = load_config(str(ROOT / "mkdocs.yml"))["nav"]
    return [extract(p, (edition.site / p / "index.html").read_text()).title for p in chapter_paths(nav)]


def page_title(edition: Print, path: str) -> str:
    return extract(path, (edition.site / path / "index.html").read_text()).title


@pytest.fixture(scope="module")
def book(edition: Print) -> Path:
    path = edition.file(book_file(edition.lang))
    assert path.is_file(), f"{path} was not built"
    return path


def chapter_keys() -> list[str]:
    nav = load_config(str(ROOT / "mkdocs.yml"))["nav"]
    return [page_key(p) for p in chapter_paths(nav)]


class TestTheBook:
    def test_every_chapter_opens_with_its_title_in_order(
        self, book: Path, chapters: list[str], edition: Print
    ) -> None:
        assert len(chapters) >= 8
        pages = [dest_page(book, key) for key in chapter_keys()]
        assert pages == sorted(pages) and len(set(pages)) == len(pages)
        for number, (title, page) in enumerate(zip(chapters, pages, strict=True), 1):
            # The label above the title is set in capitals (text-transform): compare without case.
            label = edition.words.chapter.format(n=number)
            assert page_text(book, page).lower().startswith(f"{label} {title}".lower())
        first = dest_page(book, "is-this-for-you")
        assert page_text(book, first).startswith(page_title(edition, "is-this-for-you/")) and first < pages[0]

    def test_the_contents_give_the_page_each_chapter_starts_on(
        self, book: Path, chapters: list[str], edition: Print
    ) -> None:
        contents = page_text(book, dest_page(book, "contents"))
        assert contents.startswith(f"{edition.words.contents} ")
        listed = []
        for number, title in enumerate(chapters, 1):
            entry = re.search(rf"{number} {re.escape(title)}[ .]*?(\d+)", contents)
            assert entry, f"chapter {number} ({title}) is not in the contents"
            listed.append(int(entry.group(1)))
        # Printed page numbers count from the cover; the folio at the foot says the same.
        opening = [dest_page(book, key) + 1 for key in chapter_keys()]
        assert listed == opening
        assert all(page_text(book, page - 1).endswith(str(page)) for page in opening)

    def test_each_chapter_ends_with_its_worksheets_as_handouts(self, book: Path, edition: Print) -> None:
        contents = page_text(book, dest_page(book, "contents"))
        keys = chapter_keys()
        starts = [dest_page(book, key) for key in keys] + [dest_page(book, "glossary")]
        words = edition.words
        for sheet in all_worksheets():
            title = edition.title(sheet)
            assert f"{words.worksheet}: {title}" in contents, sheet.id
            page = dest_page(book, f"handout-{sheet.id}")
            chapter = keys.index(page_key(f"chapters/{sheet.chapter}/"))
            assert starts[chapter] < page < starts[chapter + 1], f"{sheet.id} is not at its chapter's end"
            text = page_text(book, page)
            assert title in text and f"{words.name} {words.date}" in text, sheet.id
        assert {f"{edition.root}go/{s.id}/" for s in all_worksheets()} <= set(uris(book))

    def test_the_glossary_and_references_close_the_book(self, book: Path, edition: Print) -> None:
        glossary, references = dest_page(book, "glossary"), dest_page(book, "references")
        assert page_text(book, glossary).startswith(page_title(edition, "glossary/") + " ")
        assert page_text(book, references).startswith(page_title(edition, "references/") + " ")
        assert glossary < references
        # The book ends in the reference list (a DOI may break across lines after "https:/").
        assert "doi.org/10." in page_text(book, len(_reader(book).pages) - 1)

    def test_citations_link_to_their_reference_inside_the_book(self, book: Path) -> None:
        named = _reader(book).named_destinations
        dests = internal_dests(book)
        assert [d for d in dests if d not in named] == [], "links to places that do not exist"
        citations = sorted({d for d in dests if d.startswith("references-ref-")})
        assert len(citations) >= 20
        references = dest_page(book, "references")
        for name in citations:
            assert dest_page(book, name) >= references, f"{name} lands before the references"


def site_links(path: Path) -> list[str]:
    """The links of a PDF that lead to the site (not to other websites such as doi.org)."""
    return [uri for uri in uris(path) if uri.startswith(SITE_ROOT)]


def printed_files(edition: Print) -> list[Path]:
    files = [edition.file(book_file(edition.lang)), edition.file(pack_file(edition.lang))]
    return files + [edition.file(handout_file(s.id, edition.lang)) for s in all_worksheets()]


class TestLinksOnPaper:
    def test_every_link_to_the_site_is_a_permanent_link_in_its_language(self, edition: Print) -> None:
        slugs = set(load_registry(REGISTRY))
        for path in printed_files(edition):
            links = site_links(path)
            assert links, f"{path.name} has no link to the site"
            wrong = [u for u in links if not re.fullmatch(rf"{re.escape(edition.root)}go/([a-z0-9-]+)/", u)]
            assert wrong == [], f"{path.name}: {wrong}"
            unknown = {u.removeprefix(edition.root + "go/").strip("/") for u in links} - slugs
            assert unknown == set(), f"{path.name}: unregistered slugs {unknown}"

    def test_each_handout_links_to_its_own_worksheet(self, edition: Print) -> None:
        for sheet in all_worksheets():
            links = set(site_links(edition.file(handout_file(sheet.id, edition.lang))))
            assert links == {f"{edition.root}go/{sheet.id}/"}, sheet.id


class TestThePack:
    def test_each_handout_alone_has_one_or_two_pages(self, edition: Print) -> None:
        titles = {s.id: edition.title(s) for s in all_worksheets()}
        for sheet in all_worksheets():
            path = edition.file(handout_file(sheet.id, edition.lang))
            texts = page_texts(path)
            assert 1 <= len(texts) <= 2, f"{path.name} has {len(texts)} pages"
            # The running head (site name and title, after the page's text) and the name and date lines.
            assert f"CLOSER {titles[sheet.id]}" in texts[0], path.name
            assert f"{edition.words.name} {edition.words.date}" in texts[0]
            # Nothing of the online form's controls, and no other worksheet.
            others = [t for i, t in titles.items() if i != sheet.id and f"{t} " in texts[0][:200]]
            assert others == []

    def test_the_pack_holds_every_handout_after_its_cover(self, edition: Print) -> None:
        pack = edition.file(pack_file(edition.lang))
        cover = page_text(pack, 0)
        handouts = sum(
            len(_reader(edition.file(handout_file(s.id, edition.lang))).pages) for s in all_worksheets()
        )
        assert len(_reader(pack).pages) == 1 + handouts
        for sheet in all_worksheets():
            assert edition.title(sheet) in cover
            assert f"{edition.root}go/{sheet.id}/" in uris(pack)


# What the printed words are in English: none may be left on a Spanish page of the print.
ENGLISH_LABELS = (
    "Name Date",
    "Mark one circle in each row",
    "This worksheet online",
    "Tick any that fit",
    "Tick up to",
    "(continued)",
    "Fill it in on the website",
    "Contents",
    "Chapter 1",
    "Worksheet:",
    "Closer worksheets",
    "(optional)",
    "cards",
)


class TestSpanishPrint:
    """The Spanish print holds no English label and no English worksheet title or question."""

    @pytest.fixture(scope="class")
    def spanish(self, site_dir: Path) -> Print:
        return Print("es", site_dir / "es", words_for("es"), SITE_ROOT + "es/")

    def test_no_english_label_or_question_is_left(self, spanish: Print) -> None:
        english_titles = [s.title for s in all_worksheets()]
        english_questions = [
            f.label for s in all_worksheets() for f in s.fields if f.label and len(f.label) > 25
        ]
        for path in printed_files(spanish)[1:]:  # the pack and each handout (the book: below)
            text = " ".join(page_texts(path))
            left = [w for w in (*ENGLISH_LABELS, *english_titles, *english_questions) if w in text]
            assert left == [], f"{path.name} still says {left[:5]}"
        assert "Nombre Fecha" in page_text(spanish.file(handout_file("checkin", "es")), 0)

    def test_the_book_is_made_of_the_spanish_chapters(self, spanish: Print) -> None:
        book = spanish.file(book_file("es"))
        contents = page_text(book, dest_page(book, "contents"))
        assert contents.startswith("Contenido ") and "Hoja de trabajo: Chequeo de cercanía" in contents
        opener = page_text(book, dest_page(book, "chapters-vulnerability"))
        assert opener.lower().startswith("capítulo 3 vulnerabilidad")
        front = " ".join(page_texts(book)[:8])
        assert [w for w in ENGLISH_LABELS if w in front] == []
        assert _reader(book).metadata.get("/Title", "").startswith("Closer: Una guía")
