"""Text made ready for matching, two ways: `fold` keeps every offset, `normalise` makes a key.

Matching runs on `fold(text)`, which has the same length as `text`, so a match's span points
at the person's own words. Keys for "is this the same phrase?" use `normalise`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

APOSTROPHES = "’‘ʼʻ`´′‛＇"
# Accents a person may leave out or add ("jamás" / "jamas", "tú" / "tu"); the tilde of "ñ"
# stays, since "año" and "ano" are different words.
_LOOSE_MARKS = frozenset("\u0301\u0300\u0308")
QUOTES = "“”„‟«»″"


class _Folding(dict[int, str]):
    """A str.translate table that works out each character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        compat = unicodedata.normalize("NFKC", char)  # full-width "Ｔ" -> "T"
        if len(compat) != 1:
            compat = char
        decomposed = unicodedata.normalize("NFD", compat)
        if len(decomposed) == 2 and decomposed[1] in _LOOSE_MARKS:
            compat = decomposed[0]
        if compat in APOSTROPHES:
            compat = "'"
        elif compat in QUOTES:
            compat = '"'
        lower = compat.lower()
        folded = lower if len(lower) == 1 else compat
        self[code] = folded
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """Same length as `text`: compatible forms, straight apostrophes and quotes, lower case, and
    no acute, grave or diaeresis accents (the lexicon's phrases are folded the same way)."""
    if text.isascii():
        return text.lower().replace("`", "'")
    return text.translate(_FOLDING)


@lru_cache(maxsize=2048)
def normalise(text: str) -> str:
    """A comparison key: NFKC, straight apostrophes and quotes, case folded, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate({ord(c): "'" for c in APOSTROPHES} | {ord(c): '"' for c in QUOTES})
    return " ".join(text.casefold().split())


@lru_cache(maxsize=2048)
def same_key(text: str) -> str:
    """A looser key for repeats: "Dont worry" and "don’t  worry" are one phrase."""
    return normalise(text).replace("'", "")
