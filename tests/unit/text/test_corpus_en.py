"""The English corpus: every sentence gives exactly the findings written beside it."""

from __future__ import annotations

import pytest

from worksheets.library.good_news import CUES
from worksheets.text import scan
from worksheets.text.listening import REPLY
from worksheets.text.message import MESSAGE

from .corpus_en import CORPUS, Case
from .corpus_en import MESSAGE as MESSAGE_CASES

TABLES = {"message": MESSAGE, "reply": REPLY, "good-news": CUES}


def found(case: Case) -> dict[str, tuple[str, ...]]:
    return {finding.kind: finding.words for finding in scan(case.text, TABLES[case.table])}


def test_the_corpus_is_large_and_has_no_repeats() -> None:
    assert len(MESSAGE_CASES) >= 60
    assert len({case.text for case in CORPUS}) == len(CORPUS)
    kinds = {kind for case in MESSAGE_CASES for kind in case.expected}
    assert kinds == {r.kind for r in MESSAGE.rules}  # every kind is documented


@pytest.mark.parametrize("case", CORPUS, ids=lambda case: f"{case.table}: {case.text[:40]}")
def test_each_sentence_gives_exactly_its_findings(case: Case) -> None:
    assert found(case) == case.expected


@pytest.mark.parametrize("case", CORPUS, ids=lambda case: f"{case.table}: {case.text[:40]}")
def test_each_finding_appears_once_and_its_words_are_in_the_text(case: Case) -> None:
    findings = scan(case.text, TABLES[case.table])
    assert len({f.kind for f in findings}) == len(findings)
    for finding in findings:
        for match in finding.matches:
            assert case.text[match.start : match.end] == match.words
