"""The guide's content: eight chapters of the right length and reading level, each with its
worksheet, safety notice and citations; references and glossary complete."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

from .prose import reading_grade, word_count

CHAPTERS = (
    "understanding-emotional-intimacy",
    "effective-communication",
    "vulnerability",
    "active-listening",
    "empathy-and-compassion",
    "navigating-challenges",
    "sustaining-the-flame",
    "putting-it-together",
)
DOCS = ROOT / "docs"
CITE = re.compile(r"\{\{\s*citet?\(([^)]*)\)\s*\}\}")


def source(slug: str) -> str:
    return (DOCS / "chapters" / f"{slug}.md").read_text(encoding="utf-8")


def cited_keys(text: str) -> set[str]:
    return {key for args in CITE.findall(text) for key in re.findall(r'"([^"]+)"', args)}


def test_chapters_are_in_the_navigation_in_order() -> None:
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text().split("\nnav:\n", 1)[1].join(["nav:\n", ""]))
    chapters = next(item["Chapters"] for item in nav["nav"] if isinstance(item, dict) and "Chapters" in item)
    assert chapters == [f"chapters/{slug}.md" for slug in CHAPTERS]


@pytest.mark.parametrize("slug", CHAPTERS)
def test_length_and_reading_level(slug: str) -> None:
    text = source(slug)
    assert 1500 <= word_count(text) <= 3000
    assert reading_grade(text) <= 9.0


@pytest.mark.parametrize("slug", CHAPTERS)
def test_chapter_has_the_shape_of_the_guide(slug: str) -> None:
    text = source(slug)
    for heading in ("## Why it matters", "## What it looks like", "## How to practise", "## Common pitfalls"):
        assert heading in text, heading
    for box in ('!!! tip "Try this"', '!!! abstract "Key points"', '!!! warning "When to seek help"'):
        assert box in text, box
    assert len(cited_keys(text)) >= 3


@pytest.mark.parametrize("slug", CHAPTERS)
def test_built_chapter_has_notice_worksheet_and_quick_exit(site_dir: Path, slug: str) -> None:
    html = (site_dir / "chapters" / slug / "index.html").read_text(encoding="utf-8")
    assert "Before you read" in html and 'href="../../is-this-for-you/"' in html
    assert 'class="worksheet"' in html and "data-worksheet=" in html
    assert "data-quick-exit" in html
    assert re.search(r"About \d+ minutes to read", html)


def test_every_page_has_the_quick_exit(site_dir: Path) -> None:
    # go/<slug>/ pages are instant redirects (meta refresh) to a page that has it.
    pages = [p for p in site_dir.rglob("index.html") if "assets" not in p.parts and "go" not in p.parts]
    assert len(pages) >= 14
    assert [p for p in pages if "data-quick-exit" not in p.read_text(encoding="utf-8")] == []


def test_references_list_every_cited_source_exactly_once(site_dir: Path) -> None:
    cited = set()
    for page in DOCS.rglob("*.md"):
        cited |= cited_keys(page.read_text(encoding="utf-8"))
    bibliography = yaml.safe_load((DOCS / "data" / "bibliography.yml").read_text(encoding="utf-8"))
    assert cited <= set(bibliography)
    assert len(bibliography) >= 20
    html = (site_dir / "references" / "index.html").read_text(encoding="utf-8")
    for key in cited:
        assert html.count(f'id="ref-{key}"') == 1, key


def test_glossary_defines_every_term_used(site_dir: Path) -> None:
    glossary = yaml.safe_load((DOCS / "data" / "glossary.yml").read_text(encoding="utf-8"))
    used = set()
    for page in DOCS.rglob("*.md"):
        used |= set(re.findall(r'\{\{\s*term\("([^"]+)"', page.read_text(encoding="utf-8")))
    assert used <= set(glossary)
    html = (site_dir / "glossary" / "index.html").read_text(encoding="utf-8")
    for key in glossary:
        assert f'<dt id="{key}">' in html


def test_only_checked_phone_numbers_appear(site_dir: Path) -> None:
    allowed = {"1-800-799-7233", "988"}
    for page in site_dir.rglob("index.html"):
        text = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))
        numbers = set(re.findall(r"\b\d-\d{3}-\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b", text))
        assert numbers <= allowed, (page, numbers)
