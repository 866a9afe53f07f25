"""The real wheel in Pyodide (Node) answers in Spanish when the page says "es", and in English
when it says "en", from one running Python: the catalog ships inside the wheel. Also from a
Python restored from the memory snapshot the browser keeps (its files are not restored)."""

from __future__ import annotations

import json

import pytest

from worksheets import get
from worksheets.browser import evaluate_json

from .conftest import register

DRAFT = {
    "situation": "llego a casa y la cena ya terminó",
    "feeling": "lonely",
    "need": "closeness",
    "request": "cenar conmigo el viernes",
    "first_draft": "Tú nunca me escuchas",
}
CASES = [
    {"worksheet": "checkin", "answers": get("checkin").examples[1], "lang": "es"},
    {"worksheet": "i-statement", "answers": DRAFT, "lang": "es"},
    {"worksheet": "rituals-planner", "answers": get("rituals-planner").examples[0], "lang": "es"},
    {"worksheet": "checkin", "answers": {}, "lang": "es"},
    # The same Python, next call in English: the language is per call, not per start.
    {"worksheet": "checkin", "answers": get("checkin").examples[1], "lang": "en"},
]


register("spanish", CASES)


@pytest.fixture(params=["normal", "snapshot"])
def replies(pyodide_run: dict, request: pytest.FixtureRequest) -> list[dict]:
    return [r["reply"] for r in pyodide_run[request.param]["spanish"]]


def test_spanish_replies_are_the_same_as_cpython(replies: list[dict]) -> None:
    for case, got in zip(CASES, replies, strict=True):
        expected = json.loads(evaluate_json(case["worksheet"], json.dumps(case["answers"]), case["lang"]))
        assert got == expected, case["worksheet"]


def test_results_read_in_spanish(replies: list[dict]) -> None:
    checkin, message, rituals, problems, english = replies
    headings = [b["heading"] for b in checkin["result"]["blocks"]]
    assert "Lo que describen tus respuestas" in headings
    notes = next(
        b for b in message["result"]["blocks"] if b["heading"] == "Sobre lo que primero querías decir"
    )
    assert any("Una palabra de todo o nada" in item and "«nunca»" in item for item in notes["items"])
    assert message["result"]["summary"].startswith(
        "Cuando llego a casa y la cena ya terminó, me siento solo/a"
    )
    assert rituals["result"]["downloads"][0]["filename"] == "closer-rituales.ics"
    assert "SUMMARY:Chequeo diario" in rituals["result"]["downloads"][0]["content"]
    assert problems["problems"][0]["text"] == "Responde esta pregunta, por favor."
    assert "What your answers describe" in [b["heading"] for b in english["result"]["blocks"]]
