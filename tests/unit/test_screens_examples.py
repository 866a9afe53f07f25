"""The screenshot review fills a Spanish page as a Spanish reader would: every answer an
example writes in words has its Spanish wording (data, next to the English examples), and the
scenes and page states of bench/screens.py type those, not the English ones."""

from __future__ import annotations

from typing import Any

import pytest

from bench import screens, screens_scenes
from worksheets import all_worksheets, get


def written(answers: dict[str, Any]) -> set[str]:
    """The answers written in words (not option ids, numbers or dates)."""
    return {k for k, v in answers.items() if isinstance(v, str) and " " in v.strip()}


@pytest.mark.parametrize("sheet", all_worksheets(), ids=lambda s: s.id)
def test_every_written_answer_of_the_shown_examples_has_spanish(sheet) -> None:
    """The two examples the screens fill (result, then the partner's answers for a comparison)."""
    for number, (english, spanish) in enumerate(
        zip(sheet.examples[:2], sheet.examples_for("es")[:2], strict=True)
    ):
        for field in written(english):
            assert spanish[field] != english[field], (sheet.id, number, field)


class FakePage:
    def __init__(self) -> None:
        self.filled: list[Any] = []

    def evaluate(self, script: str, arguments: list[Any]) -> None:
        self.filled.append(arguments)


def test_the_spanish_scenes_and_pages_type_spanish() -> None:
    scene = screens_scenes.Scene(None, lambda: None, "http://x/", "es", "tag", None)  # type: ignore[arg-type]
    page = FakePage()
    screens_scenes.fill(scene, page, "checkin", example=1)  # type: ignore[arg-type]
    screens.fill(page, "i-statement", "es")  # type: ignore[arg-type]
    assert page.filled[0] == ["checkin", get("checkin").examples_for("es")[1]]
    assert page.filled[0][1]["note"].startswith("Mucho cansancio")
    assert page.filled[1][1]["situation"] == "Cuando me levanto para todas las tomas de la noche"
    assert screens_scenes.HOMEWORK_NOTE["es"] != screens_scenes.HOMEWORK_NOTE["en"]
