"""A reader searches in the language they read: the Spanish pages' search lists Spanish pages
only and the English pages' English only, even for a word both languages use (a name), and each
language's page loads that language's index alone (macros/search_indexes.py)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import ROOT

# These tests search: the real indexes, not the empty one other tests get (conftest.py).
pytestmark = pytest.mark.search

RESULTS = ".md-search-result__item a.md-search-result__link"


def search(page: Page, words: str) -> None:
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(words)


def result_paths(page: Page) -> list[str]:
    hrefs = page.locator(RESULTS).evaluate_all("links => links.map(link => link.href)")
    return [urlsplit(href).path for href in hrefs]


@pytest.fixture
def indexes(page: Page) -> list[str]:
    """The search indexes the page asked for, by path."""
    asked: list[str] = []
    page.on("request", lambda request: asked.append(urlsplit(request.url).path))
    return asked


def only_search_indexes(asked: list[str]) -> list[str]:
    return sorted({path for path in asked if path.endswith("search_index.json")})


def test_spanish_search_lists_the_spanish_chapter_and_no_english_page(page: Page, indexes: list[str]) -> None:
    if not (ROOT / "docs/chapters/vulnerability.es.md").is_file():
        pytest.skip("docs/chapters/vulnerability.es.md is not there yet")
    page.goto("es/")
    search(page, "vulnerabilidad")
    expect(page.locator(RESULTS).first).to_be_visible()
    paths = result_paths(page)
    assert any(path.endswith("/es/chapters/vulnerability/") for path in paths), paths
    assert [path for path in paths if "/es/" not in path] == [], "an English page in Spanish search"
    # A name both languages' pages use: the Spanish ones only.
    page.locator("input.md-search__input").fill("")
    search(page, "Gottman")
    expect(page.locator(RESULTS).first).to_be_visible()
    assert [path for path in result_paths(page) if "/es/" not in path] == []
    assert only_search_indexes(indexes) == ["/es/search/search_index.json"]


def test_english_search_lists_the_english_chapter_and_no_spanish_page(page: Page, indexes: list[str]) -> None:
    page.goto("")
    search(page, "vulnerability")
    expect(page.locator(RESULTS).first).to_be_visible()
    paths = result_paths(page)
    assert any(path.endswith("/chapters/vulnerability/") and "/es/" not in path for path in paths), paths
    assert [path for path in paths if "/es/" in path] == [], "a Spanish page in English search"
    page.locator("input.md-search__input").fill("")
    search(page, "vulnerabilidad")
    # The Spanish word finds nothing here: Material says so in English.
    expect(page.locator(".md-search-result__meta")).to_have_text("No matching documents")
    assert only_search_indexes(indexes) == ["/search/search_index.json"]
