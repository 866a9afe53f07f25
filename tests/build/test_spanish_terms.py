"""A glossary term on a Spanish page reads in Spanish, capitalised where a sentence starts with
it: never the English words copied with the call ("los four horsemen", "estaba flooded"), and
never "acercarse" opening a sentence in lower case (macros/__init__.py `term`)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import yaml

from macros.glossary import as_written, in_sentence
from tests.conftest import ROOT

_LINK = re.compile(
    r'(.{0,3})<span class="term"><a class="term__link" href="[^"#]*#([^"]+)"[^>]*>([^<]*)</a>', re.S
)
_CALL = re.compile(r'term\("([^"]+)"(?:,\s*"([^"]*)")?\)')


def english_words() -> dict[str, set[str]]:
    """For each glossary key, the English words that show it: its term and each English page's text."""
    glossary = yaml.safe_load((ROOT / "docs" / "data" / "glossary.yml").read_text(encoding="utf-8"))
    words = {key: {str(entry["term"]).lower()} for key, entry in glossary.items()}
    for page in (ROOT / "docs").rglob("*.md"):
        if page.name.endswith(".es.md"):
            continue
        for key, text in _CALL.findall(page.read_text(encoding="utf-8")):
            if text:
                words.setdefault(key, set()).add(text.lower())
    return words


def spanish_links(site_dir: Path) -> list[tuple[str, str, str, str]]:
    """(page, what comes just before, key, shown text) for each term link of the Spanish pages."""
    found = []
    for page in sorted((site_dir / "es").rglob("index.html")):
        where = str(page.relative_to(site_dir))
        for before, key, shown in _LINK.findall(page.read_text(encoding="utf-8")):
            found.append((where, before, key, html.unescape(shown)))
    return found


def test_spanish_pages_show_no_english_term(site_dir: Path) -> None:
    english = english_words()
    links = spanish_links(site_dir)
    assert links, "no term link found on the Spanish pages"
    kept = [
        f"{page}: {key}: {shown!r}"
        for page, _, key, shown in links
        if shown.lower() in english.get(key, set())
    ]
    assert kept == []


def test_a_term_that_opens_a_sentence_has_its_capital(site_dir: Path) -> None:
    opening = [
        f"{page}: {key}: {shown!r}"
        for page, before, key, shown in spanish_links(site_dir)
        if re.search(r"(^|[.!?]\s|>)$", before) and shown[:1].islower()
    ]
    assert opening == []


def test_a_term_in_a_sentence_keeps_a_capital_that_belongs_to_the_word() -> None:
    assert in_sentence("Flooding") == "flooding"
    assert in_sentence("I-statement") == "I-statement"
    assert in_sentence("OurRelationship") == "OurRelationship"
    assert as_written("Acercarse", "Turning toward") == "Acercarse"
    assert as_written("Los cuatro jinetes", "the four horsemen") == "los cuatro jinetes"
