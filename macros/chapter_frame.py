"""What every chapter shows under its title: reading time and the short safety notice."""

from __future__ import annotations

import gettext
import math
import re

WORDS_PER_MINUTE = 200
_H1 = re.compile(r"^# .+$", re.M)
# Letters of any language (Spanish "están" is one word), digits and apostrophes inside words.
_WORD = re.compile(r"[^\W_](?:[\w’']*[^\W_])?")
_TAG = re.compile(r"<[^>]+>")
_FORM = re.compile(r"<form .*?</form>", re.S)
ENGLISH = gettext.NullTranslations()


def notice(words: gettext.NullTranslations = ENGLISH) -> str:
    _ = words.gettext
    title = _("Before you read")
    text = _(
        "This guide is education, not therapy. It diagnoses nothing and predicts nothing. "
        "If you feel afraid of your partner, or you are in crisis, read "
        "[Is this guide for you?](../is-this-for-you.md) first: it lists where to get help."
    )
    # The extra class lets the printed book leave it out in any language (book_pages.py).
    return f'!!! info chapter-notice "{title}"\n    {text}\n'


NOTICE = notice()


def reading_minutes(markdown: str) -> int:
    prose = _TAG.sub(" ", _FORM.sub(" ", markdown))
    return max(1, math.ceil(len(_WORD.findall(prose)) / WORDS_PER_MINUTE))


def frame_chapter(markdown: str, links: str = "", words: gettext.NullTranslations = ENGLISH) -> str:
    """Insert the reading time, `links` (the printable book) and the notice after the chapter's H1."""
    match = _H1.search(markdown)
    if not match:
        return markdown
    minutes = reading_minutes(markdown)
    time = words.ngettext("About {n} minute to read", "About {n} minutes to read", minutes).format(n=minutes)
    insert = f'\n\n<p class="reading-time">{time}</p>\n\n{links}\n\n{notice(words)}\n'
    return markdown[: match.end()] + insert + markdown[match.end() :]
