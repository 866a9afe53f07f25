"""A person's words made ready to sit inside a sentence, and what a request asks for."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Lexicon, get
from .fold import fold
from .phrases import compile_phrases, phrase_regex

_FIRST_WORD = re.compile(r"^[^\W\d_]+(?:'[^\W\d_]+)?")


@lru_cache(maxsize=64)
def _openers(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(prefixes, key=len, reverse=True)
    # An opener ends at a space, a comma or a colon, never inside a word ("could you've").
    openers = "|".join(phrase_regex(p) for p in ordered)
    return re.compile(r"^\s*(?:" + openers + r")(?!['\w])[\s,:]*", re.IGNORECASE)


def strip_prefixes(text: str, prefixes: Iterable[str]) -> str:
    """Remove leading phrases the sentence already supplies ("When", "Could you", "I feel")."""
    pattern = _openers(tuple(prefixes))
    current, original = fold(text), text
    while True:
        match = pattern.match(current)
        if not match or match.end() == 0 or match.end() >= len(current.rstrip()):
            break
        current, original = current[match.end() :], original[match.end() :]
    return original.strip()


def clause(
    text: str, prefixes: Iterable[str] = (), lower: str = "common", lexicon: Lexicon | None = None
) -> str:
    """A person's words ready to sit inside a sentence: no leading prefix or trailing stop.

    lower: "common" lowercases a first word from the lexicon's `lowercase_starts` ("The bins"
    -> "the bins", but "Ben" stays); "any" lowercases any capitalised first word except "I"
    (for a request, which starts with a verb); "none" leaves it.
    """
    lexicon = lexicon or get()
    prefixes = tuple(prefixes)
    # A Spanish question or exclamation opens with ¿ or ¡: its closing mark goes (below), so
    # the opening one goes too, and the opener after it is found ("¿Podríamos…?").
    text = text.strip().lstrip("¿¡").lstrip()
    words = strip_prefixes(text, prefixes) if prefixes else text
    words = " ".join(words.split()).rstrip(" .!?,;:…")
    first = _FIRST_WORD.match(words)
    if first and lower != "none":
        word = first.group(0)
        plain = fold(word)
        capitals = {fold(w) for w in lexicon.words("capitalised")}
        always_capital = plain in capitals or plain.split("'")[0] in capitals
        shouted = len(word) > 1 and word.isupper()
        common = plain in _lowercase_starts(lexicon)
        if not always_capital and not shouted and word[:1].isupper() and (lower == "any" or common):
            words = word[:1].lower() + words[1:]
    return words


@lru_cache(maxsize=8)
def _lowercase_starts(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words("lowercase_starts"))


@dataclass(frozen=True, slots=True)
class RequestCheck:
    """What a request asks for: to do or to stop, when, and what a camera would see."""

    asks_to_stop: str  # the words that ask to stop ("" when none)
    time_words: tuple[str, ...]  # the words that say when, in order (empty when none)
    action_word: str  # a concrete first verb ("" when none)
    vague_words: str  # words that are hard to picture ("" when none)

    @property
    def positive(self) -> bool:
        return not self.asks_to_stop

    @property
    def specific(self) -> bool:
        return bool(self.time_words or self.action_word) and not self.vague_words


@dataclass(frozen=True, slots=True)
class _RequestPatterns:
    stop_start: re.Pattern[str]
    stop_anywhere: re.Pattern[str]
    time: re.Pattern[str]
    vague: re.Pattern[str]
    actions: frozenset[str]


@lru_cache(maxsize=8)
def _request_patterns(lexicon: Lexicon) -> _RequestPatterns:
    starts = "|".join(phrase_regex(p) for p in lexicon.words("stop_starts"))
    return _RequestPatterns(
        re.compile("^(?:" + starts + ")", re.IGNORECASE),
        compile_phrases((), lexicon.regexes("stop_anywhere")),
        compile_phrases(lexicon.words("time_words"), lexicon.regexes("time_words")),
        compile_phrases(lexicon.words("vague")),
        frozenset(fold(w) for w in lexicon.words("action_verbs")),
    )


def check_request(request: str, lexicon: Lexicon | None = None) -> RequestCheck:
    """Check a request already stripped of "Would you be willing to" (see `clause`)."""
    patterns = _request_patterns(lexicon or get())
    text = request.strip()
    plain = fold(text)
    stop = patterns.stop_start.match(plain) or patterns.stop_anywhere.search(plain)
    times: list[str] = []
    for match in patterns.time.finditer(plain):
        words = text[match.start() : match.end()]
        if not any(fold(words) in fold(kept) for kept in times):  # "night" after "nights"
            times.append(words)
    first = _FIRST_WORD.match(plain)
    verb = first.group(0) if first and first.group(0) in patterns.actions else ""
    vague = patterns.vague.search(plain)
    return RequestCheck(
        asks_to_stop=text[stop.start() : stop.end()] if stop else "",
        time_words=tuple(times[:3]),
        action_word=text[: len(verb)] if verb else "",
        vague_words=text[vague.start() : vague.end()] if vague else "",
    )
