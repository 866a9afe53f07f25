"""The words the printed book and handouts add around the guide's own text, in each language.

They are English messages of the pages catalog (macros/page_catalog.py: `N_` marks them, Babel
extracts them, `locale/<lang>/LC_MESSAGES/pages.po` translates them), so a language's book needs
no code: its code in mkdocs.yml's `extra.books` and its pages.po. A message with no translation
fails the build there, naming the file and the fix.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from . import page_catalog


def N_(message: str) -> str:
    """Mark an English message for the catalog; `words_for` translates it."""
    return message


@dataclass(frozen=True, slots=True)
class Words:
    language: str
    subtitle: str
    cover_note: str
    imprint: tuple[str, ...]
    contents: str
    chapter: str  # "Chapter {n}"
    worksheet: str
    worksheets_title: str
    worksheets_intro: str
    book_link: str
    pack_link: str
    handout_link: str
    name: str
    date: str
    optional: str
    mark_one: str
    tick_any: str
    tick_up_to_text: str  # "{n}"
    time_hint: str
    online_title: str
    online_text: str
    qr_alt_text: str  # "{title}"
    deck_intro: str
    deck_level_text: str  # "{level}"
    continued: str
    plural: Callable[[str, str, int], str] | None = None  # the language's ngettext

    def chapter_label(self, number: int, title: str) -> str:
        return f"{self.chapter.format(n=number)}: {title}"

    def tick_up_to(self, count: int) -> str:
        return self.tick_up_to_text.format(n=count)

    def qr_alt(self, title: str) -> str:
        return self.qr_alt_text.format(title=title)

    def deck_level(self, level: str) -> str:
        return self.deck_level_text.format(level=level)

    def page_count(self, count: int) -> str:
        ngettext = self.plural or gettext.NullTranslations().ngettext
        return str(ngettext("{n} page", "{n} pages", count)).format(n=count)


#: The English words, each a message of the pages catalog.
ENGLISH: dict[str, Any] = {
    "subtitle": N_("A guide to emotional intimacy in relationships"),
    "cover_note": N_("With every worksheet, ready to print and fill in by hand"),
    "imprint": (
        N_("Closer is a free, open guide. You may print and share this book."),
        N_(
            "This guide is education, not therapy. It diagnoses nothing and predicts nothing. If you "
            "feel afraid of your partner, or you are in crisis, read “Is this guide for you?” first, "
            "on the next page: it lists where to get help."
        ),
        N_(
            "Each chapter ends with its worksheets as blank handouts. Online, at the link printed on "
            "each one, the same worksheet gives a reflection on your answers and keeps them only on "
            "your own device."
        ),
    ),
    "contents": N_("Contents"),
    "chapter": N_("Chapter {n}"),
    "worksheet": N_("Worksheet"),
    "worksheets_title": N_("Closer worksheets"),
    "worksheets_intro": N_("Every worksheet of the guide as a blank handout, to print and fill in by hand."),
    "book_link": N_("The whole guide as a printable book"),
    "pack_link": N_("Every worksheet as a printable handout"),
    "handout_link": N_("Blank handout to print"),
    "name": N_("Name"),
    "date": N_("Date"),
    "optional": N_("optional"),
    "mark_one": N_("Mark one circle in each row."),
    "tick_any": N_("Tick any that fit."),
    "tick_up_to_text": N_("Tick up to {n}."),
    "time_hint": N_("(hh:mm)"),
    "online_title": N_("This worksheet online"),
    "online_text": N_(
        "Fill it in on the website to get a reflection on your answers; they stay on your own device."
    ),
    "qr_alt_text": N_("QR code of the permanent link to “{title}”"),
    "deck_intro": N_(
        "Take turns: one of you reads a card aloud, both answer. Either of you can pass on any card. "
        "Start light; go deeper only when you both feel ready."
    ),
    "deck_level_text": N_("{level} cards"),
    "continued": N_("(continued)"),
}


def translated(language: str, translations: gettext.NullTranslations) -> Words:
    """The book's words in `language`, from its checked catalog."""
    values: dict[str, Any] = {}
    for field in fields(Words):
        english = ENGLISH.get(field.name)
        if isinstance(english, tuple):
            values[field.name] = tuple(translations.gettext(text) for text in english)
        elif isinstance(english, str):
            values[field.name] = translations.gettext(english)
    return Words(language=language, plural=translations.ngettext, **values)


def words_for(language: str, translations: gettext.NullTranslations | None = None) -> Words:
    """The book's words in `language` (from `translations`, else its catalog); a language with no
    pages.po, or one not ready, fails with a PageCatalogError naming the file and the fix."""
    if translations is None:
        translations = page_catalog.translations([language])[language]
    return translated(language, translations)


#: The English words (the identity catalog), for tests and the default language.
WORDS: dict[str, Words] = {"en": translated("en", gettext.NullTranslations())}
