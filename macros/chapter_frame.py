"""What every chapter shows under its title: reading time and the short safety notice."""

from __future__ import annotations

import math
import re

WORDS_PER_MINUTE = 200
_H1 = re.compile(r"^# .+$", re.M)
_WORD = re.compile(r"[A-Za-z0-9’']+")
_TAG = re.compile(r"<[^>]+>")
_FORM = re.compile(r"<form .*?</form>", re.S)

NOTICE = (
    '!!! info "Before you read"\n'
    "    This guide is education, not therapy. It diagnoses nothing and predicts nothing. "
    "If you feel afraid of your partner, or you are in crisis, read "
    "[Is this guide for you?](../is-this-for-you.md) first: it lists where to get help.\n"
)


def reading_minutes(markdown: str) -> int:
    prose = _TAG.sub(" ", _FORM.sub(" ", markdown))
    return max(1, math.ceil(len(_WORD.findall(prose)) / WORDS_PER_MINUTE))


def frame_chapter(markdown: str, links: str = "") -> str:
    """Insert the reading time, `links` (the printable book) and the notice after the chapter's H1."""
    match = _H1.search(markdown)
    if not match:
        return markdown
    minutes = reading_minutes(markdown)
    insert = (
        f'\n\n<p class="reading-time">About {minutes} minute'
        f"{'s' if minutes != 1 else ''} to read</p>\n\n{links}\n\n{NOTICE}\n"
    )
    return markdown[: match.end()] + insert + markdown[match.end() :]
