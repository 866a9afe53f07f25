"""The Spanish text a person reads does not assume their gender (nor the couple's): no "Cuando
estés listo", "listo o lista", "listo/a" or "los dos se sienten seguros" in the catalogs, pages
and glossary. The words are data (gendered_es.py), with the uses that are fine and why."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from babel.messages.pofile import read_po

from .gendered_es import ALLOWED, COUPLE_WORDS, DEGREE_WORDS, READER_VERBS, VOCABULARY_SOURCES, WORDS

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = (
    "worksheets/locale/es/LC_MESSAGES/worksheets.po",
    "locale/es/LC_MESSAGES/browser.po",
    "locale/es/LC_MESSAGES/pages.po",
)


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


_STEMS = _alternatives(tuple(word[:-1] for word in WORDS))
_DEGREE = rf"(?:(?:{_alternatives(DEGREE_WORDS)})\s+)*"
RULES: dict[str, re.Pattern[str]] = {
    "slash": re.compile(rf"\b(?:{_STEMS})[oa]s?/as?\b", re.IGNORECASE),
    "doubled": re.compile(rf"\b(?P<stem>{_STEMS})os?\s+o\s+(?P=stem)as?\b", re.IGNORECASE),
    "reader": re.compile(rf"\b(?:{_alternatives(READER_VERBS)})\s+{_DEGREE}(?:{_STEMS})o\b", re.IGNORECASE),
    "couple": re.compile(
        rf"\b(?:{_alternatives(COUPLE_WORDS)})\b[^.;:!?]{{0,40}}?\b(?:{_STEMS})os\b", re.IGNORECASE
    ),
    "welcome": re.compile(r"(?<!\bla )(?<!\buna )\bbienvenid[oa]s?\b", re.IGNORECASE),
}


def texts() -> Iterator[tuple[str, tuple[str, ...], str]]:
    """(file, the source files it was written for, text) for every piece of Spanish text."""
    for catalog in CATALOGS:
        with (ROOT / catalog).open("rb") as handle:
            for message in read_po(handle):
                if not message.id:
                    continue
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                sources = tuple(
                    location.split(" (")[0].strip("\u2068\u2069") for location, _ in message.locations
                )
                for string in strings:
                    yield catalog, sources, string or ""
    pages = sorted((ROOT / "docs").rglob("*.es.md")) + sorted((ROOT / "docs/data/es").glob("*.yml"))
    for page in pages:
        yield str(page.relative_to(ROOT)), (), page.read_text(encoding="utf-8")


def allowed(rule: str, where: str, sources: tuple[str, ...], found: str) -> bool:
    if rule == "slash" and any(source in VOCABULARY_SOURCES for source in sources):
        return True
    return any(a.where in (where, *sources) and a.found.lower() == found.lower() for a in ALLOWED)


def findings() -> list[str]:
    found = []
    for where, sources, text in texts():
        flat = re.sub(r"\s+", " ", text)
        for rule, pattern in RULES.items():
            for match in pattern.finditer(flat):
                if not allowed(rule, where, sources, match.group(0)):
                    found.append(f"{where}: {rule}: “{match.group(0)}” in “{flat[:120]}”")
    return found


def test_the_spanish_text_does_not_assume_the_readers_gender() -> None:
    assert findings() == []


def test_every_allowed_use_is_still_there() -> None:
    """An allow-list entry whose words are gone is taken out, so it cannot hide a new use."""
    seen = {
        (where, m.group(0).lower())
        for where, _, text in texts()
        for pattern in RULES.values()
        for m in pattern.finditer(re.sub(r"\s+", " ", text))
    }
    for entry in ALLOWED:
        assert (entry.where, entry.found.lower()) in seen, entry


def test_the_rules_catch_what_they_are_for() -> None:
    """The rules on sentences they exist for, and on neutral ones they must let through."""
    caught = (
        "Cuando estés listo, muéstrale tus respuestas.",
        "qué tan listo o lista estás",
        "Me siento seguro/a.",
        "Háganlo solo si los dos se sienten seguros.",
        "Te sientes más preparado para contarlo.",
        "¡Bienvenido a Closer!",
    )
    passed = (
        "Cuando quieras, muéstrale tus respuestas.",
        "Te damos la bienvenida.",
        "Háganlo solo si las dos personas se sienten seguras.",
        "Python está listo.",
        "Guárdalo en un lugar seguro.",
        "Una lista de clientes.",
    )
    for sentence in caught:
        assert any(p.search(sentence) for p in RULES.values()), sentence
    for sentence in passed:
        assert not any(p.search(sentence) for p in RULES.values()), sentence
