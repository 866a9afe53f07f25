"""A Spanish example is written in Spanish throughout. `examples_for("es")` falls back to the English
answer for any key the Spanish example leaves out; for a text field that puts an English word into a
Spanish result (the repair plan's Spanish example said «Me siento anxious cuando…»). Answers in
another script (the ladder's Japanese item, there to test any language) are meant to stay."""

from __future__ import annotations

import pytest

from worksheets import all_worksheets, get
from worksheets.fields import ShortText
from worksheets.i18n import language

CASES = [
    (sheet, number) for sheet in all_worksheets() for number in range(len(sheet.examples_in.get("es", ())))
]


@pytest.mark.parametrize("sheet, number", CASES, ids=lambda c: getattr(c, "id", str(c)))
def test_spanish_example_writes_every_text_answer_the_english_one_has(sheet, number):
    """Each text answer of the English example has its own Spanish wording."""
    english = sheet.examples[number]
    spanish = sheet.examples_in["es"][number]
    texts = {f.id for f in sheet.fields if isinstance(f, ShortText)}
    missing = sorted(
        key
        for key in texts
        if str(english.get(key) or "").isascii() and english.get(key) and key not in spanish
    )
    assert missing == [], f"{sheet.id} Spanish example {number + 1} keeps English text for {missing}"


def test_repair_plan_says_old_issues_not_old_people():
    """«Los viejos pueden esperar» read as 'old people can wait'; the plan says «Lo viejo»."""
    sheet = get("repair-plan")
    with language("es"):
        result = sheet.evaluate(sheet.validate(sheet.examples_for("es")[0]))
    assert "Quédate en este tema. Lo viejo puede esperar a otro día." in repr(result)
    assert "Los viejos" not in repr(result)
