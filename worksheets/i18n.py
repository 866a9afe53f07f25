"""The words a person reads, translated: stdlib gettext, English until a catalog is installed.

Every sentence a person can read (labels, help, problems, feedback) passes through `_` (or
`ngettext` where a number changes the words), so Babel can extract it and a language is a
catalog, not code. Installing catalogs per language is issue 16's work; until then this is
the identity.
"""

from __future__ import annotations

import gettext

_active: gettext.NullTranslations = gettext.NullTranslations()


def _(message: str) -> str:
    """The active language's form of an English message."""
    return _active.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message that fits `count` (one / many, or the language's own rules)."""
    return _active.ngettext(singular, plural, count)


def install(translations: gettext.NullTranslations) -> None:
    """Make `translations` the active catalog (English: gettext.NullTranslations())."""
    global _active
    _active = translations


def N_(message: str) -> str:
    """Mark a message for translation where a constant defines it; `_` translates it where used."""
    return message
