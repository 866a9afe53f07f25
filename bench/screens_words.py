"""The words a person reads, in the page's language, for bench/screens.py: the English text is
the key, and Spanish comes from the same catalogs the site is built from (browser words, page
chrome, worksheet words), so a screenshot run presses the buttons a Spanish reader sees."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = (
    ROOT / "locale/es/LC_MESSAGES/browser.po",
    ROOT / "locale/es/LC_MESSAGES/pages.po",
    ROOT / "worksheets/locale/es/LC_MESSAGES/worksheets.po",
)


@cache
def _spanish() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in CATALOGS:
        with path.open("rb") as handle:
            for message in read_po(handle):
                if isinstance(message.id, str) and isinstance(message.string, str) and message.string:
                    found.setdefault(message.id, message.string)
    return found


def words(language: str, english: str) -> str:
    """`english` as a reader of `language` sees it; a missing translation stops the run by name."""
    if language == "en":
        return english
    try:
        return _spanish()[english]
    except KeyError:
        names = ", ".join(p.name for p in CATALOGS)
        raise SystemExit(f"bench/screens: no Spanish for {english!r} in {names}") from None
