"""The rule-table engine: phrase lists from a lexicon, matched with context, into findings.

A `Rule` names a lexicon list and, optionally, words that must (or must not) come right
before a match, or must not come right after it. A `RuleTable` is the rules one kind of text
is read with. `scan` folds the text once, runs every rule, settles overlaps, and groups the
matches into one `Finding` per kind: a finding appears once per text, however many phrases
or rules produced it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import Lexicon, get
from .fold import fold, same_key
from .phrases import compile_phrases, context_regex, following_regex

# How far back a context phrase may start; longer than any "right before" phrase.
CONTEXT_REACH = 80


@dataclass(frozen=True, slots=True)
class Rule:
    """One list of phrases that means one kind of thing, and when it counts."""

    kind: str
    phrases: str  # a lexicon phrase list; the lexicon's regex list of the same name is added
    after: tuple[str, ...] = ()  # counts only right after a phrase from these lists
    not_after: tuple[str, ...] = ()  # does not count right after a phrase from these lists
    not_before: tuple[str, ...] = ()  # does not count right before a phrase from these lists
    take_context: bool = False  # the words reported include the `after` phrase ("don't be sad")
    also_inside: frozenset[str] = frozenset()  # kinds inside whose matches this one still counts
    tag: str = ""  # what the feedback may do with the words (e.g. reuse a feeling)


@dataclass(frozen=True, slots=True)
class RuleTable:
    """The rules one kind of text is read with, in priority order (first wins a tie)."""

    name: str
    rules: tuple[Rule, ...]
    # True: a match inside a longer match of another kind is left out ("thanks for nothing" is
    # sarcasm, not an absolute), unless its rule says `also_inside`. False: kinds never hide
    # each other ("just relax" is advice and minimising).
    swallow: bool = True
    # Words between a context phrase and a match ("I feel *so* ignored").
    between: str = "intensifiers"

    def lists(self) -> tuple[str, ...]:
        """Every lexicon list this table needs."""
        names = [self.between] if self.between else []
        for rule in self.rules:
            names += [rule.phrases, *rule.after, *rule.not_after, *rule.not_before]
        return tuple(dict.fromkeys(names))


@dataclass(frozen=True, slots=True)
class Match:
    """The words as written, where they are, and which rule found them."""

    kind: str
    words: str
    start: int
    end: int
    priority: int
    tag: str = ""

    @property
    def key(self) -> str:
        return same_key(self.words)


@dataclass(frozen=True, slots=True)
class Finding:
    """One kind noticed in a text: every match of it, in reading order."""

    kind: str
    matches: tuple[Match, ...] = field(default=())

    @property
    def start(self) -> int:
        return self.matches[0].start

    @property
    def count(self) -> int:
        return len(self.matches)

    @property
    def words(self) -> tuple[str, ...]:
        """Each different phrase once, as first written ("Never" for "Never. never!")."""
        first: dict[str, str] = {}
        for match in self.matches:
            first.setdefault(match.key, match.words)
        return tuple(first.values())

    def tagged(self, tag: str) -> tuple[Match, ...]:
        return tuple(m for m in self.matches if m.tag == tag)


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: Rule
    pattern: re.Pattern[str]
    after: re.Pattern[str] | None
    not_after: re.Pattern[str] | None
    not_before: re.Pattern[str] | None


def _context(lexicon: Lexicon, names: tuple[str, ...], between: str) -> re.Pattern[str] | None:
    if not names:
        return None
    words = [w for name in names for w in lexicon.words(name)]
    return context_regex(words, lexicon.words(between) if between else ())


def _following(lexicon: Lexicon, names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    return following_regex(w for name in names for w in lexicon.words(name))


@lru_cache(maxsize=64)
def _compile(table: RuleTable, lexicon: Lexicon) -> tuple[_Compiled, ...]:
    return tuple(
        _Compiled(
            rule,
            compile_phrases(lexicon.words(rule.phrases), lexicon.regexes(rule.phrases)),
            _context(lexicon, rule.after, table.between),
            _context(lexicon, rule.not_after, table.between),
            _following(lexicon, rule.not_before),
        )
        for rule in table.rules
    )


def check(table: RuleTable, lexicon: Lexicon) -> None:
    """Raise LexiconError naming the first list `lexicon` lacks for `table`; compile it all."""
    for name in table.lists():
        lexicon.words(name)
    _compile(table, lexicon)


def matches(text: str, table: RuleTable, lexicon: Lexicon | None = None) -> list[Match]:
    """Every match in reading order, overlaps settled (see RuleTable.swallow)."""
    if not isinstance(text, str) or not text.strip():
        return []
    folded = fold(text)
    found: list[Match] = []
    spans: dict[str, list[tuple[int, int]]] = {}  # rules that share a list scan it once
    for priority, compiled in enumerate(_compile(table, lexicon or get())):
        rule = compiled.rule
        if rule.phrases not in spans:
            spans[rule.phrases] = [hit.span() for hit in compiled.pattern.finditer(folded)]
        plain = not (compiled.after or compiled.not_after or compiled.not_before)
        for start, end in spans[rule.phrases]:
            if plain and start < end:  # most rules have no context to check
                found.append(Match(rule.kind, text[start:end], start, end, priority, rule.tag))
                continue
            if start == end:
                continue
            reach = max(0, start - CONTEXT_REACH)
            if compiled.not_after and compiled.not_after.search(folded, reach, start):
                continue
            if compiled.not_before and compiled.not_before.match(folded, end):
                continue
            if compiled.after:
                before = compiled.after.search(folded, reach, start)
                if not before:
                    continue
                if rule.take_context:
                    start = before.start()
            found.append(Match(rule.kind, text[start:end], start, end, priority, rule.tag))
    return _settle(found, table)


def _settle(found: list[Match], table: RuleTable) -> list[Match]:
    """Drop a match inside a longer (or equal, earlier-ranked) one of the same kind, or of
    any kind when the table swallows, unless the rule lets it count inside that kind."""
    found.sort(key=lambda m: (m.start, -(m.end - m.start), m.priority))
    rules = table.rules
    kept: list[Match] = []
    open_: list[Match] = []  # kept matches that may still contain later ones
    for match in found:
        open_ = [k for k in open_ if k.end > match.start]
        inside = [k for k in open_ if k.end >= match.end]
        hidden = any(
            k.kind == match.kind or (table.swallow and k.kind not in rules[match.priority].also_inside)
            for k in inside
        )
        if not hidden:
            kept.append(match)
            open_.append(match)
    return kept


def scan(text: str, table: RuleTable, lexicon: Lexicon | None = None) -> tuple[Finding, ...]:
    """One finding per kind, in the order each kind first appears in the text."""
    by_kind: dict[str, list[Match]] = {}
    for match in matches(text, table, lexicon):
        by_kind.setdefault(match.kind, []).append(match)
    return tuple(Finding(kind, tuple(found)) for kind, found in by_kind.items())
