"""The words a person reads, translated: stdlib gettext, one catalog per language, chosen per call.

Every sentence a person can read (labels, help, problems, feedback) passes through `_` (or
`ngettext` where a number changes the words), so Babel can extract it and a language is a
catalog, not code. Declarations (labels, options, help) stay plain English strings and are
passed through `_` where they are shown; the build's extractor walks the registered
declarations, so they need no mark.

The catalogs are package data, `locale/<lang>/LC_MESSAGES/worksheets.mo`, compiled at build
time and shipped inside the wheel; Pyodide unpacks the wheel into site-packages. Their bytes are
read when this module is imported: a Python restored from the browser's memory snapshot has the
package's modules in memory but not its files. Each is parsed once, when first used.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import lexicon

DOMAIN = "worksheets"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
#: English is the source language: its "catalog" is the identity.
SOURCE = "en"


def _read_compiled() -> dict[str, bytes]:
    return {p.parents[1].name: p.read_bytes() for p in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))}


_compiled = _read_compiled()
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


def reload_catalogs() -> None:
    """Read the compiled catalogs again: the build compiles them after this module read the
    ones an earlier build left (which would give its pages the old words)."""
    _compiled.clear()
    _compiled.update(_read_compiled())
    _loaded.clear()
    if _active_language != SOURCE:
        use(_active_language)


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def _catalog_bytes(lang: str) -> bytes | None:
    """The compiled catalog: read at import, or from its file if it was compiled since (tests)."""
    if lang not in _compiled and catalog_path(lang).is_file():
        _compiled[lang] = catalog_path(lang).read_bytes()
    return _compiled.get(lang)


def translations(lang: str) -> gettext.NullTranslations:
    """The catalog for `lang`, parsed once per language; English (the identity) for any other.

    A language whose compiled catalog is missing reads in English rather than failing: the
    build (macros/worksheet_catalog.py) is what guarantees the catalog is there and complete.
    """
    if lang not in _loaded:
        compiled = _catalog_bytes(lang) if lang != SOURCE else None
        _loaded[lang] = (
            gettext.GNUTranslations(io.BytesIO(compiled)) if compiled else gettext.NullTranslations()
        )
    return _loaded[lang]


def active_language() -> str:
    return _active_language


#: How each language groups the digits of a large number, as the page's own numbers are grouped
#: (Intl.NumberFormat, CLDR): the separator, and the fewest digits in front of the first group
#: that make it worth grouping. Spanish writes 4000 and 12.000: "4,000" reads as four.
DIGIT_GROUPING: dict[str, tuple[str, int]] = {"en": (",", 1), "es": (".", 2)}


def whole_number(n: int) -> str:
    """`n` in digits, grouped the active language's way ("12,000" / "12.000", "4000")."""
    separator, fewest = DIGIT_GROUPING.get(_active_language, DIGIT_GROUPING[SOURCE])
    digits = str(abs(n))
    if len(digits) < 3 + fewest:
        return str(n)
    groups: list[str] = []
    while len(digits) > 3:
        digits, group = digits[:-3], digits[-3:]
        groups.insert(0, group)
    return ("-" if n < 0 else "") + separator.join([digits, *groups])


def use(lang: str) -> None:
    """Make `lang` the language of every message, and of the text readings (its lexicon), from
    now on; a language with no compiled catalog reads as English."""
    global _active_language
    language = lang if isinstance(lang, str) and lang.isalpha() and _catalog_bytes(lang) else SOURCE
    install(translations(language))
    try:  # by import, not by listing files: a restored snapshot has the modules, not the files
        lexicon.select(language)
    except lexicon.LexiconError:
        lexicon.select(lexicon.DEFAULT)
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
