"""The printed book and the worksheet pack, read back from the built site's PDFs with pypdf.

The chapters come in the nav's order, each opening on the page the contents list says; each
handout is one or two pages; every link that leaves a PDF for the site is a permanent /go/ link,
and every link inside a PDF lands on a place that exists (citations on the references)."""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

import pytest
from mkdocs.config import load_config
from pypdf import PdfReader

from macros.book import book_file, chapter_paths, handout_file, pack_file, public_root
from macros.book_pages import extract, page_key
from macros.permalinks import load_registry
from tests.conftest import ROOT
from worksheets import all_worksheets

LANGUAGE = "en"
# The address the PDFs print: the build's CLOSER_SITE_URL, or `make serve`'s when it is unset.
LOCAL_ROOT = public_root({"site_url": os.environ.get("CLOSER_SITE_URL", "")})
REGISTRY = ROOT / "docs" / "data" / "permalinks.yml"


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
def chapters(site_dir: Path) -> list[str]:
    """Chapter titles in the order of mkdocs.yml's nav, as the built pages show them."""
    nav = load_config(str(ROOT / "mkdocs.yml"))["nav"]
    return [extract(p, (site_dir / p / "index.html").read_text()).title for p in chapter_paths(nav)]


@pytest.fixture(scope="module")
def book(site_dir: Path) -> Path:
    path = site_dir / book_file(LANGUAGE)
    assert path.is_file(), f"{path} was not built"
    return path


def chapter_keys(site_dir: Path) -> list[str]:
    nav = load_config(str(ROOT / "mkdocs.yml"))["nav"]
    return [page_key(p) for p in chapter_paths(nav)]


class TestTheBook:
    def test_every_chapter_opens_with_its_title_in_order(
        self, book: Path, chapters: list[str], site_dir: Path
    ) -> None:
        assert len(chapters) >= 8
        pages = [dest_page(book, key) for key in chapter_keys(site_dir)]
        assert pages == sorted(pages) and len(set(pages)) == len(pages)
        for number, (title, page) in enumerate(zip(chapters, pages, strict=True), 1):
            # The label above the title is set in capitals (text-transform): compare without case.
            assert page_text(book, page).lower().startswith(f"chapter {number} {title}".lower())
        first = dest_page(book, "is-this-for-you")
        assert page_text(book, first).startswith("Is this guide for you?") and first < pages[0]

    def test_the_contents_give_the_page_each_chapter_starts_on(
        self, book: Path, chapters: list[str], site_dir: Path
    ) -> None:
        contents = page_text(book, dest_page(book, "contents"))
        assert contents.startswith("Contents ")
        listed = []
        for number, title in enumerate(chapters, 1):
            entry = re.search(rf"{number} {re.escape(title)}[ .]*?(\d+)", contents)
            assert entry, f"chapter {number} ({title}) is not in the contents"
            listed.append(int(entry.group(1)))
        # Printed page numbers count from the cover; the folio at the foot says the same.
        opening = [dest_page(book, key) + 1 for key in chapter_keys(site_dir)]
        assert listed == opening
        assert all(page_text(book, page - 1).endswith(str(page)) for page in opening)

    def test_each_chapter_ends_with_its_worksheets_as_handouts(self, book: Path, site_dir: Path) -> None:
        contents = page_text(book, dest_page(book, "contents"))
        keys = chapter_keys(site_dir)
        starts = [dest_page(book, key) for key in keys] + [dest_page(book, "glossary")]
        for sheet in all_worksheets():
            assert f"Worksheet: {sheet.title}" in contents, sheet.id
            page = dest_page(book, f"handout-{sheet.id}")
            chapter = keys.index(page_key(f"chapters/{sheet.chapter}/"))
            assert starts[chapter] < page < starts[chapter + 1], f"{sheet.id} is not at its chapter's end"
            text = page_text(book, page)
            assert sheet.title in text and "Name Date" in text, sheet.id
        assert {f"{LOCAL_ROOT}go/{s.id}/" for s in all_worksheets()} <= set(uris(book))

    def test_the_glossary_and_references_close_the_book(self, book: Path) -> None:
        glossary, references = dest_page(book, "glossary"), dest_page(book, "references")
        assert page_text(book, glossary).startswith("Glossary ")
        assert page_text(book, references).startswith("References ")
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
    return [uri for uri in uris(path) if uri.startswith(LOCAL_ROOT)]


class TestLinksOnPaper:
    def test_every_link_to_the_site_is_a_permanent_link(self, site_dir: Path) -> None:
        slugs = set(load_registry(REGISTRY))
        files = [site_dir / book_file(LANGUAGE), site_dir / pack_file(LANGUAGE)]
        files += [site_dir / handout_file(s.id, LANGUAGE) for s in all_worksheets()]
        for path in files:
            links = site_links(path)
            assert links, f"{path.name} has no link to the site"
            wrong = [u for u in links if not re.fullmatch(rf"{re.escape(LOCAL_ROOT)}go/([a-z0-9-]+)/", u)]
            assert wrong == [], f"{path.name}: {wrong}"
            unknown = {u.removeprefix(LOCAL_ROOT + "go/").strip("/") for u in links} - slugs
            assert unknown == set(), f"{path.name}: unregistered slugs {unknown}"

    def test_each_handout_links_to_its_own_worksheet(self, site_dir: Path) -> None:
        for sheet in all_worksheets():
            links = set(site_links(site_dir / handout_file(sheet.id, LANGUAGE)))
            assert links == {f"{LOCAL_ROOT}go/{sheet.id}/"}, sheet.id


class TestThePack:
    def test_each_handout_alone_has_one_or_two_pages(self, site_dir: Path) -> None:
        for sheet in all_worksheets():
            path = site_dir / handout_file(sheet.id, LANGUAGE)
            texts = page_texts(path)
            assert 1 <= len(texts) <= 2, f"{path.name} has {len(texts)} pages"
            # The running head (site name and title, after the page's text) and the name and date lines.
            assert f"CLOSER {sheet.title}" in texts[0], path.name
            assert "Name Date" in texts[0]
            # Nothing of the online form's controls, and no other worksheet.
            others = [
                s.title for s in all_worksheets() if s.id != sheet.id and f"{s.title} " in texts[0][:200]
            ]
            assert others == []

    def test_the_pack_holds_every_handout_after_its_cover(self, site_dir: Path) -> None:
        pack = site_dir / pack_file(LANGUAGE)
        cover = page_text(pack, 0)
        handouts = sum(len(_reader(site_dir / handout_file(s.id, LANGUAGE)).pages) for s in all_worksheets())
        assert len(_reader(pack).pages) == 1 + handouts
        for sheet in all_worksheets():
            assert sheet.title in cover
            assert f"{LOCAL_ROOT}go/{sheet.id}/" in uris(pack)
