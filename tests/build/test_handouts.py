"""Handouts and the book's pages as HTML, before any PDF: what a worksheet looks like on paper,
what the book keeps of a built page, where its links lead, and the download links on the site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from macros.book import book_file, fill_facts, handout_file, pack_file
from macros.book_pages import BookLinkError, LinkMap, extract
from macros.book_words import words_for
from macros.handouts import HandoutInfo, handout_html
from macros.page_catalog import PageCatalogError
from macros.permalinks import Target, load_registry
from tests.conftest import ROOT
from worksheets import all_worksheets, get
from worksheets.fields import Choice, LongText, Option, ShortText
from worksheets.i18n import language
from worksheets.result import Result
from worksheets.sheet import Section, Worksheet

WORDS = words_for("en")
INFO = HandoutInfo("https://example.org/closer/go/x/", "Chapter 9: Somewhere", "Closer")


def handout(sheet: Worksheet) -> str:
    return handout_html(sheet, INFO, WORDS, f"handout-{sheet.id}")


class TestHandouts:
    def test_the_checkin_statements_become_one_grid_with_its_themes(self) -> None:
        html = handout(get("checkin"))
        assert html.count('<table class="h-grid">') == 1
        assert html.count('class="h-grid__group"') == 6
        assert html.count('<span class="h-circle"></span></td>') == 12 * 5
        assert "We can talk about hard topics without it turning into a fight." in html
        assert html.count('class="picture__svg"') == 7  # the closeness picture, mark one of seven
        assert "kept by the page" not in html  # the hidden history is not on paper

    def test_every_worksheet_carries_its_link_and_a_qr_code(self) -> None:
        for sheet in all_worksheets():
            html = handout(sheet)
            assert f'<a href="{INFO.url}">{INFO.url}</a>' in html, sheet.id
            assert 'class="h-qr" src="data:image/svg+xml' in html, sheet.id
            assert f'<h2 class="h-title">{sheet.title}</h2>' in html.replace("&#x27;", "'"), sheet.id

    def test_the_deck_prints_its_cards(self) -> None:
        from worksheets.library.conversation_deck import CARDS

        html = handout(get("conversation-deck"))
        assert html.count("<li>") - html.count('<li><span class="h-circle">') == len(CARDS)

    def test_a_spanish_handout_has_spanish_words_and_questions(self) -> None:
        words = words_for("es")
        with language("es"):
            html = handout_html(get("checkin"), INFO, words, "handout-checkin")
            deck = handout_html(get("conversation-deck"), INFO, words, "handout-conversation-deck")
        assert '<h2 class="h-title">Chequeo de cercanía</h2>' in html
        assert (
            "Nombre" in html
            and "Marca un círculo en cada fila." in html
            and "Esta hoja de trabajo en línea" in html
        )
        assert "Puedo contarle a mi pareja mis miedos y preocupaciones." in html
        assert "(opcional)" in html and 'data-continued="(continuación)"' in html
        english = (
            "Name",
            "Mark one circle",
            "This worksheet online",
            "(optional)",
            "We can talk about hard topics",
        )
        assert [w for w in english if w in html] == []
        assert "Cartas ligeras" in deck and "¿Qué cosa pequeña hizo que hoy fuera un poco mejor?" in deck
        assert "What is a small thing" not in deck and " cards</h3>" not in deck

    def test_text_from_a_declaration_stays_text(self) -> None:
        sheet = Worksheet(
            id="hostile",
            version=1,
            title="<script>alert(1)</script>",
            chapter="nowhere",
            introduction="Say <b>hi</b>",
            sections=(
                Section(
                    "<i>S</i>",
                    (
                        ShortText(id="a", label="<img src=x onerror=alert(1)>"),
                        LongText(id="b", label="B", help="<u>help</u>"),
                        Choice(id="c", label="C", options=(Option("x", "<svg onload=alert(1)>"),)),
                    ),
                ),
            ),
            evaluate=lambda answers: Result(summary=""),
        )
        html = handout(sheet)
        assert "<script>" not in html and "<img src=x" not in html and "<svg onload" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;u&gt;help&lt;/u&gt;" in html


@pytest.fixture(scope="module")
def chapter(site_dir: Path):  # type: ignore[no-untyped-def]
    path = "chapters/sustaining-the-flame/"
    return extract(path, (site_dir / path / "index.html").read_text(encoding="utf-8"))


class TestBookPages:
    def test_a_chapter_keeps_its_prose_and_hands_its_worksheets_to_the_end(self, chapter) -> None:  # type: ignore[no-untyped-def]
        assert chapter.title == "Sustaining the flame"
        assert chapter.worksheets == ("rituals-planner", "conversation-deck")
        assert "<form" not in chapter.body and "<h1" not in chapter.body
        assert "Worksheet: Rituals planner" not in chapter.body  # the section, now a handout
        assert "Before you read" not in chapter.body and "reading-time" not in chapter.body
        assert 'class="term__tip"' not in chapter.body and "headerlink" not in chapter.body
        assert "Small moments add up" in chapter.body
        assert chapter.aliases["worksheet-conversation-deck"] == "handout-conversation-deck"

    def test_links_lead_inside_the_book_or_to_a_permanent_link(self, chapter) -> None:  # type: ignore[no-untyped-def]
        registry = load_registry(ROOT / "docs" / "data" / "permalinks.yml")
        links = LinkMap({chapter.path: chapter}, registry, "https://example.org/closer/")
        assert links.resolve(chapter, "#why-it-matters") == "#chapters-sustaining-the-flame-why-it-matters"
        assert links.resolve(chapter, "#worksheet-rituals-planner") == "#handout-rituals-planner"
        assert links.resolve(chapter, "../vulnerability/") == "https://example.org/closer/go/vulnerability/"
        assert (
            links.resolve(chapter, "../understanding-emotional-intimacy/#worksheet-checkin")
            == "https://example.org/closer/go/checkin/"
        )
        assert links.resolve(chapter, "https://doi.org/10.1/x") == "https://doi.org/10.1/x"
        with pytest.raises(BookLinkError, match="links to 'glossary/#bids-for-connection'"):
            links.rewrite(chapter)  # the glossary is not in this one-chapter book

    def test_a_whole_page_is_rewritten_with_its_ids_prefixed(self, chapter, site_dir: Path) -> None:  # type: ignore[no-untyped-def]
        registry = load_registry(ROOT / "docs" / "data" / "permalinks.yml")
        back = [
            extract(p, (site_dir / p / "index.html").read_text())
            for p in ("is-this-for-you/", "glossary/", "references/")
        ]
        links = LinkMap({p.path: p for p in (chapter, *back)}, registry, "https://example.org/closer/")
        body = links.rewrite(chapter)
        assert 'id="chapters-sustaining-the-flame-small-moments-add-up"' in body
        assert 'href="#glossary-bids-for-connection"' in body
        assert re.search(r'<a class="citation" href="#references-ref-[a-z0-9]+">', body)

    def test_a_link_to_a_page_without_a_permanent_link_fails_the_build(self, chapter) -> None:  # type: ignore[no-untyped-def]
        links = LinkMap({}, {"flame": Target("chapters/sustaining-the-flame/")}, "https://example.org/")
        with pytest.raises(BookLinkError) as error:
            links.resolve(chapter, "../../your-data/")
        assert "links to 'your-data/', which is neither in the book nor in docs/data/permalinks.yml" in str(
            error.value
        )

    def test_a_book_language_without_a_catalog_names_the_fix(self) -> None:
        with pytest.raises(
            PageCatalogError, match=r"locale/xx/LC_MESSAGES/pages.po: missing for language 'xx'"
        ):
            words_for("xx")


_FACTS = re.compile(
    r'href="([^"]+\.pdf)" download>([^<]+) <span data-print-facts="[^"]+">'
    r"\(PDF, (\d+) (?:pages?|páginas?), [\d.]+ [KM]B\)"
)


class TestDownloadLinks:
    def facts(self, page: Path) -> list[tuple[str, str, int]]:
        return [(href, text, int(n)) for href, text, n in _FACTS.findall(page.read_text(encoding="utf-8"))]

    def test_the_home_page_offers_the_book_and_the_pack(self, site_dir: Path) -> None:
        found = self.facts(site_dir / "index.html")
        assert (book_file("en"), WORDS.book_link) in [(h, t) for h, t, _ in found]
        assert (pack_file("en"), WORDS.pack_link) in [(h, t) for h, t, _ in found]
        for href, _, pages in found:
            assert (site_dir / href).is_file() and pages > 1

    def test_every_chapter_offers_the_book_and_each_worksheet_its_handout(self, site_dir: Path) -> None:
        for sheet in all_worksheets():
            page = site_dir / "chapters" / sheet.chapter / "index.html"
            found = {h: n for h, _, n in self.facts(page)}
            assert "../../" + book_file("en") in found, page
            handout = "../../" + handout_file(sheet.id, "en")
            assert 1 <= found[handout] <= 2, sheet.id
            assert (page.parent / handout).resolve().is_file()

    def test_spanish_pages_offer_the_spanish_book_pack_and_handouts(self, site_dir: Path) -> None:
        spanish = words_for("es")
        found = self.facts(site_dir / "es" / "index.html")
        assert ("../es/" + book_file("es"), spanish.book_link) in [(h, t) for h, t, _ in found]
        assert ("../es/" + pack_file("es"), spanish.pack_link) in [(h, t) for h, t, _ in found]
        for sheet in all_worksheets():
            page = site_dir / "es" / "chapters" / sheet.chapter / "index.html"
            found = self.facts(page)
            handout = "../../../es/" + handout_file(sheet.id, "es")
            assert (handout, spanish.handout_link) in [(h, t) for h, t, _ in found], sheet.id
            assert (page.parent / handout).resolve().is_file()
            assert "(en inglés)" not in page.read_text(encoding="utf-8")
            assert re.search(r"\(PDF, \d+ páginas?, ", page.read_text(encoding="utf-8")), page

    def test_a_label_for_a_file_the_build_did_not_write_fails(self, tmp_path: Path) -> None:
        (tmp_path / "index.html").write_text('<span data-print-facts="print/nothing.pdf">(PDF)</span>')
        with pytest.raises(
            ValueError, match=re.escape("links to print/nothing.pdf, which the book step did not write")
        ):
            fill_facts(tmp_path, {}, WORDS)
