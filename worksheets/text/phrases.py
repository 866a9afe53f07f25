"""Phrases in the lexicon's small syntax, compiled to regular expressions for folded text.

The text is folded (lower case, straight apostrophes) before matching, so the patterns are
lower case and case-sensitive, and a word boundary at the start is `\b`: both let the regex
engine skip ahead quickly, where a look-behind or IGNORECASE makes it try every position.

Words match whole and ignore case; a space matches any run of spaces; an apostrophe may be
left out; a comma between words may be left out; `(a|b)` is one of; `[a|b]` is optional.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .fold import fold

_TOKEN = re.compile(r"\([^)]*\)|\[[^\]]*\]|[^\s()\[\]]+")
SEP = r",?\s+"


def _words(words: str) -> str:
    parts = [re.escape(word.strip(",")).replace("'", "'?") for word in words.split()]
    return SEP.join(parts)


def _body(phrase: str) -> str:
    """The phrase without its word boundaries."""
    pieces: list[tuple[str, bool]] = []
    for token in _TOKEN.findall(fold(phrase)):
        if token[0] in "([":
            options = sorted((a for a in token[1:-1].split("|") if a.strip()), key=len, reverse=True)
            alternatives = [_words(a) for a in options]
            pieces.append(("(?:" + "|".join(alternatives) + ")", token[0] == "["))
        else:
            pieces.append((_words(token), False))
    out = ""
    pending = False  # the previous piece was optional and carried its own separator
    for index, (regex, optional) in enumerate(pieces):
        if index == 0:
            out, pending = (f"(?:{regex}{SEP})?", True) if optional else (regex, False)
        elif optional:
            out += f"(?:{regex}{SEP})?" if pending else f"(?:{SEP}{regex})?"
        else:
            out += regex if pending else SEP + regex
            pending = False
    return out


def _edge(phrase: str, last: bool) -> bool:
    """Whether the phrase starts (or ends) with a word character, so it needs a boundary."""
    plain = phrase.strip().strip("()[]")
    char = plain[-1:] if last else plain[:1]
    return char.isalnum() or char == "_"


def phrase_regex(phrase: str) -> str:
    """One phrase as a regex with word boundaries where its ends are letters or digits."""
    head = r"\b" if _edge(phrase, last=False) else ""
    tail = r"(?!\w)" if _edge(phrase, last=True) else ""
    return head + _body(phrase) + tail


def compile_phrases(phrases: Iterable[str], patterns: Iterable[str] = ()) -> re.Pattern[str]:
    """One pattern for a list, longest first ("every single time" before "every time")."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    worded = [_body(p) + (r"(?!\w)" if _edge(p, last=True) else "") for p in ordered if _edge(p, False)]
    others = [phrase_regex(p) for p in ordered if not _edge(p, False)]
    # Phrases that start a word share one boundary, which is faster than one each.
    parts = ([r"\b(?:" + "|".join(worded) + ")"] if worded else []) + others + list(patterns)
    if not parts:
        return re.compile(r"(?!)")
    return re.compile("|".join(parts))


def context_regex(before: Iterable[str], between: Iterable[str] = ()) -> re.Pattern[str]:
    """A phrase from `before` ending right where a match starts, maybe with one of `between`."""
    ordered = sorted(set(before), key=len, reverse=True)
    gap = ""
    if between:
        gap = (
            "(?:(?:"
            + "|".join(_body(b) for b in sorted(set(between), key=len, reverse=True))
            + ")"
            + SEP
            + ")?"
        )
    alternatives = "|".join(_body(p) for p in ordered)
    return re.compile(r"\b(?:" + alternatives + ")" + SEP + gap + r"$")


def following_regex(after: Iterable[str]) -> re.Pattern[str]:
    """A phrase from `after` starting right where a match ends (use with `.match(text, end)`)."""
    ordered = sorted(set(after), key=len, reverse=True)
    return re.compile(SEP + "(?:" + "|".join(_body(p) for p in ordered) + r")(?!\w)")
