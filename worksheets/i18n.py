"""The words a person reads, translated: stdlib gettext, one catalog per language, chosen per call.

Every sentence a person can read (labels, help, problems, feedback) passes through `_` (or
`ngettext` where a number changes the words), so Babel can extract it and a language is a
catalog, not code. Declarations (labels, options, help) stay plain English strings and are
passed through `_` where they are shown; the build's extractor walks the registered
declarations, so they need no mark.

The catalogs are package data, `locale/<lang>/LC_MESSAGES/worksheets.mo`, compiled at build
time and shipped inside the wheel; Pyodide unpacks the wheel into site-packages, so the same
stdlib loader finds them there. Each is read once, when first used: the memory snapshot the
browser keeps is taken before any evaluation, so it holds none.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import lexicon

DOMAIN = "worksheets"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
#: English is the source language: its "catalog" is the identity.
SOURCE = "en"

_active: gettext.NullTranslations = gettext.NullTranslations()
_active_language = SOURCE
_loaded: dict[str, gettext.NullTranslations] = {}


def _(message: str) -> str:
    """The active language's form of an English message ("" stays "": gettext would give the
    catalog's header for it, and many declared words, such as a placeholder, may be empty)."""
    return _active.gettext(message) if message else message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message that fits `count` (one / many, or the language's own rules)."""
    return _active.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a message for translation where a constant defines it; `_` translates it where used."""
    return message


def install(translations: gettext.NullTranslations) -> None:
    """Make `translations` the active catalog (English: gettext.NullTranslations())."""
    global _active
    _active = translations


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def translations(lang: str) -> gettext.NullTranslations:
    """The catalog for `lang`, read once per language; English (the identity) for any other.

    A language whose compiled catalog is missing reads in English rather than failing: the
    build (macros/worksheet_catalog.py) is what guarantees the catalog is there and complete.
    """
    if lang not in _loaded:
        path = catalog_path(lang)
        if lang != SOURCE and path.is_file():
            with path.open("rb") as handle:
                _loaded[lang] = gettext.GNUTranslations(handle)
        else:
            _loaded[lang] = gettext.NullTranslations()
    return _loaded[lang]


def active_language() -> str:
    return _active_language


def use(lang: str) -> None:
    """Make `lang` the language of every message, and of the text readings (its lexicon), from
    now on; a language with no compiled catalog reads as English."""
    global _active_language
    language = lang if isinstance(lang, str) and catalog_path(lang).is_file() else SOURCE
    install(translations(language))
    lexicon.select(language if language in lexicon.available() else lexicon.DEFAULT)
    _active_language = language


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Messages in `lang` inside the block, the previous language after it (even on error)."""
    previous = _active_language
    use(lang)
    try:
        yield
    finally:
        use(previous)
