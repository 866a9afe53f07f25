"""The words the printed book and handouts add around the guide's own text, by language.

A second language's book is one more entry here and its code in mkdocs.yml's `extra.books`.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    page: str
    pages: str
    continued: str

    def chapter_label(self, number: int, title: str) -> str:
        return f"{self.chapter.format(n=number)}: {title}"

    def tick_up_to(self, count: int) -> str:
        return self.tick_up_to_text.format(n=count)

    def qr_alt(self, title: str) -> str:
        return self.qr_alt_text.format(title=title)

    def deck_level(self, level: str) -> str:
        return self.deck_level_text.format(level=level)

    def page_count(self, count: int) -> str:
        return f"{count} {self.page if count == 1 else self.pages}"


WORDS: dict[str, Words] = {
    "en": Words(
        language="en",
        subtitle="A guide to emotional intimacy in relationships",
        cover_note="With every worksheet, ready to print and fill in by hand",
        imprint=(
            "Closer is a free, open guide. You may print and share this book.",
            "This guide is education, not therapy. It diagnoses nothing and predicts nothing. If you "
            "feel afraid of your partner, or you are in crisis, read “Is this guide for you?” first, "
            "on the next page: it lists where to get help.",
            "Each chapter ends with its worksheets as blank handouts. Online, at the link printed on "
            "each one, the same worksheet gives a reflection on your answers and keeps them only on "
            "your own device.",
        ),
        contents="Contents",
        chapter="Chapter {n}",
        worksheet="Worksheet",
        worksheets_title="Closer worksheets",
        worksheets_intro="Every worksheet of the guide as a blank handout, to print and fill in by hand.",
        book_link="The whole guide as a printable book",
        pack_link="Every worksheet as a printable handout",
        handout_link="Blank handout to print",
        name="Name",
        date="Date",
        optional="optional",
        mark_one="Mark one circle in each row.",
        tick_any="Tick any that fit.",
        tick_up_to_text="Tick up to {n}.",
        time_hint="(hh:mm)",
        online_title="This worksheet online",
        online_text="Fill it in on the website to get a reflection on your answers; "
        "they stay on your own device.",
        qr_alt_text="QR code of the permanent link to “{title}”",
        deck_intro="Take turns: one of you reads a card aloud, both answer. Either of you can pass on "
        "any card. Start light; go deeper only when you both feel ready.",
        deck_level_text="{level} cards",
        page="page",
        pages="pages",
        continued="(continued)",
    ),
}


class BookLanguageError(ValueError):
    """mkdocs.yml asks for a book in a language this module has no words for."""


def words_for(language: str) -> Words:
    try:
        return WORDS[language]
    except KeyError:
        raise BookLanguageError(
            f"mkdocs.yml extra.books lists {language!r}, but macros/book_words.py has words only for "
            f"{', '.join(sorted(WORDS))}. Add a Words entry for {language!r} there, or remove it from "
            "extra.books."
        ) from None
