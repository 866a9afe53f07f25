"""Pieces every feedback shares: quoting a person's words, lists in words, and the guard that
keeps a suggestion from using words the same feedback warns against."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..i18n import _
from .fold import same_key


def quoted(phrase: str) -> str:
    """A phrase in the language's quotation marks."""
    return _("“{phrase}”").format(phrase=phrase)


def in_words(items: Iterable[str]) -> str:
    """ "a", "a and b", "a, b and c", each item once."""
    shown = list(dict.fromkeys(items))
    if len(shown) <= 1:
        return "".join(shown)
    return _("{items} and {last}").format(items=", ".join(shown[:-1]), last=shown[-1])


def quote(phrases: Iterable[str]) -> str:
    """“a”, “b” and “c”."""
    return in_words(quoted(p) for p in phrases)


def capitalise(phrase: str, words: Iterable[str]) -> str:
    """A folded phrase with the words a language always capitalises put back ("I'm")."""
    for word in words:
        phrase = re.sub(rf"(?<![\w']){re.escape(word)}(?!\w)", word.capitalize(), phrase)
    return phrase


@lru_cache(maxsize=256)
def _any_of(keys: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = [
        (r"\b" if k[:1].isalnum() else "") + re.escape(k) + (r"(?!\w)" if k[-1:].isalnum() else "")
        for k in keys
    ]
    return re.compile("|".join(parts)) if parts else None


class Warned:
    """The phrases a feedback warns against, to test what it would suggest."""

    def __init__(self, phrases: Iterable[str] = ()) -> None:
        keys = {same_key(p) for p in phrases} - {""}
        self._pattern = _any_of(tuple(sorted(keys, key=lambda k: (-len(k), k))))

    def in_(self, suggestion: str) -> bool:
        """Whether `suggestion` contains a warned phrase."""
        return bool(self._pattern and self._pattern.search(same_key(suggestion)))

    def safe(self, *candidates: str) -> str:
        """The first candidate that uses no warned phrase ("" if none does)."""
        return next((c for c in candidates if not self.in_(c)), "")
