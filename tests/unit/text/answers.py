"""Answers for the worksheets that read text: their examples, then the corpus in their fields."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from worksheets import get
from worksheets.text import same_key

from .corpus_en import CORPUS

SENTENCES = [case.text for case in CORPUS]


def answer_sets(sheet_id: str) -> Iterator[dict[str, Any]]:
    """A worksheet's examples, then one answer set per corpus sentence: a different sentence
    in each text field (where it fits), so parts meet that did not meet before."""
    sheet = get(sheet_id)
    fields = [f for f in sheet.fields if f.kind in ("short", "long")]
    for example in sheet.examples:
        yield dict(example)
    base = dict(sheet.examples[0])
    for offset in range(len(SENTENCES)):
        answers = dict(base)
        for index, field in enumerate(fields):
            text = SENTENCES[(offset + 7 * index) % len(SENTENCES)]
            if len(text) <= field.max_length:  # type: ignore[attr-defined]
                answers[field.id] = text
        yield answers


def echoes(answers: dict[str, Any]) -> list[str]:
    """The person's own words, as keys: shown back to them, they are not feedback."""
    return [same_key(v) for v in answers.values() if isinstance(v, str) and v.strip()]
