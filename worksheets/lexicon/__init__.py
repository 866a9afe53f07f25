"""Word lists per language, as data: a language is a lexicon module here, not new code.

A lexicon is a set of named phrase lists (plus a few regular expressions where a phrase
cannot say it, and a table of gentler feeling words). The rule tables in `worksheets.text`
refer to lists by name, so a second language (say `es.py`) supplies the same names with its
own words, and `check(lexicon)` names any list it is missing.

Phrase syntax, kept small so a translator can read it:
- words are matched whole, ignoring case; a space matches any run of spaces;
- an apostrophe may be left out or curly ("it's", "its", "it’s"); a comma may be left out;
- `(a|b)` is one of the words; `[a|b]` is one of them or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import import_module
from pkgutil import iter_modules

__all__ = ["DEFAULT", "Lexicon", "LexiconError", "available", "get", "select"]

DEFAULT = "en"
_CODE = re.compile(r"^[a-z]{2,3}(?:_[a-z]{2,4})?$")


class LexiconError(LookupError):
    """A lexicon is missing, or lacks a list a rule table needs (a mistake by its author)."""


# eq=False: a lexicon is one object per language, hashed by identity (its lists are dicts).
@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """The words of one language: phrase lists, regex lists and gentler feelings, by name."""

    code: str
    phrases: Mapping[str, tuple[str, ...]]
    patterns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # A word that names what someone did ("ignored") -> feelings that may lie under it.
    gentler: Mapping[str, str] = field(default_factory=dict)

    def words(self, name: str) -> tuple[str, ...]:
        """The phrase list `name`; a missing list is the lexicon author's mistake."""
        try:
            return self.phrases[name]
        except KeyError:
            raise LexiconError(
                f"worksheets/lexicon/{self.code}.py: no phrase list {name!r}. "
                f"Add it to PHRASES (see worksheets/lexicon/{DEFAULT}.py for the English one)."
            ) from None

    def regexes(self, name: str) -> tuple[str, ...]:
        """The regex list `name`, empty when the language needs none."""
        return self.patterns.get(name, ())


_loaded: dict[str, Lexicon] = {}
_selected = DEFAULT


def available() -> tuple[str, ...]:
    """The language codes that have a lexicon module here."""
    return tuple(sorted(m.name for m in iter_modules(__path__) if _CODE.match(m.name)))


def get(code: str | None = None) -> Lexicon:
    """The lexicon for a language code ("en", "es"), loaded from its module once; without a
    code, the selected language's (English unless `select` chose another)."""
    code = code or _selected
    if code not in _loaded:
        if not _CODE.match(code):
            raise LexiconError(f"{code!r} is not a language code such as 'en' or 'es'.")
        try:
            module = import_module(f"{__name__}.{code}")
        except ModuleNotFoundError:
            raise LexiconError(
                f"No lexicon for {code!r}: add worksheets/lexicon/{code}.py with a LEXICON."
            ) from None
        lexicon = module.LEXICON
        if not isinstance(lexicon, Lexicon) or lexicon.code != code:
            raise LexiconError(f"worksheets/lexicon/{code}.py: LEXICON must be a Lexicon with code {code!r}.")
        _loaded[code] = lexicon
    return _loaded[code]


def select(code: str) -> Lexicon:
    """Make `code` the language every reading uses by default (as `i18n.install` does for
    the words a person reads); an unknown code raises and changes nothing."""
    global _selected
    lexicon = get(code)
    _selected = code
    return lexicon
