"""Every sentence of feedback these worksheets show passes through `_`, so it can be translated.

A catalog that marks each message it translates (⟦…⟧) is installed; then every heading, link
and paragraph the worksheet shows, apart from the person's own words echoed back, must come
out of it.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator

import pytest

from worksheets import get
from worksheets.i18n import install
from worksheets.text import same_key

from .answers import answer_sets, echoes

SHEETS = ["i-statement", "repair-plan", "reflective-listening", "good-news"]


class Marking(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return f"⟦{message}⟧"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"⟦{msgid1 if n == 1 else msgid2}⟧"


@pytest.fixture
def marking() -> Iterator[None]:
    install(Marking())
    try:
        yield
    finally:
        install(gettext.NullTranslations())


@pytest.mark.parametrize("sheet_id", SHEETS)
def test_everything_shown_comes_through_the_catalog(sheet_id: str, marking: None) -> None:
    for answers in list(answer_sets(sheet_id))[:25]:
        result = get(sheet_id).run(answers)
        own = echoes(answers)
        shown = [result.summary, result.links_heading or "⟦⟧"]
        shown += [link.text for link in result.links]
        for block in result.blocks:
            shown.append(block.heading)
            shown += [item for item in block.items if same_key(item) not in own]
        for text in shown:
            assert text.startswith("⟦") and text.endswith(("⟧", "⟧.", "⟧”")), (sheet_id, text)


def test_english_is_unchanged_without_a_catalog() -> None:
    result = get("i-statement").run(
        {
            "situation": "the bins are full",
            "feeling": "tired",
            "need": "rest",
            "request": "take them out tonight",
        }
    )
    assert "⟦" not in result.summary
