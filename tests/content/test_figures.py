"""Every percentage or minutes figure in a chapter sits in a cited sentence or in one marked as a
rule of thumb, so no number reaches a reader without saying where it comes from."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT

from .claims import figure_sentences

CHAPTERS = sorted((ROOT / "docs" / "chapters").glob("*.md"))


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.stem)
def test_figures_are_cited_or_marked(chapter: Path) -> None:
    bare = [(line, figure) for line, figure, marked in figure_sentences(chapter) if not marked]
    assert bare == [], (
        f"{chapter.name}: these figures need {{{{ cite(...) }}}} or {{{{ rule_of_thumb() }}}} in their "
        f"sentence, or no number: {bare}"
    )


def test_the_figure_finder_sees_what_a_reader_sees(tmp_path: Path) -> None:
    """The check would catch the figures this audit removed, and leaves quoted speech alone."""
    page = tmp_path / "page.md"
    page.write_text(
        "Couples turned toward bids 86% of the time. Take a break of at least 20 minutes.\n\n"
        'Say "Wait. Give me five minutes." kindly. Pairs spent about 45 minutes {{ cite("aron1997") }}.\n\n'
        "> **Sam:** Give me twenty minutes.\n",
        encoding="utf-8",
    )
    found = [(figure, marked) for _, figure, marked in figure_sentences(page)]
    assert found == [("86%", False), ("20 minutes", False), ("45 minutes", True)]
