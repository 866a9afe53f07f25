"""The entry point the Web Worker calls: JSON text in, JSON text out.

The page passes answers as a JSON string argument; they are parsed here as data and never
become Python source.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import AnswersInvalid, UnknownWorksheet
from .registry import get

MAX_ANSWERS_BYTES = 1_000_000


def evaluate(worksheet_id: str, answers: Any) -> dict[str, Any]:
    """Evaluate answers already parsed from JSON; the reply says ok, problems or error."""
    try:
        sheet = get(worksheet_id)
    except UnknownWorksheet as error:
        return {"ok": False, "error": str(error)}
    try:
        result = sheet.run(answers)
    except AnswersInvalid as invalid:
        return {"ok": False, "problems": [p.to_json() for p in invalid.problems]}
    return {"ok": True, "worksheet": sheet.id, "version": sheet.version, "result": result.to_json()}


def evaluate_json(worksheet_id: str, answers_json: str) -> str:
    """Parse, evaluate, serialise; every failure is a message, never a traceback."""
    if len(answers_json) > MAX_ANSWERS_BYTES:
        reply: dict[str, Any] = {
            "ok": False,
            "error": "These answers are too large to evaluate (more than 1 MB).",
        }
    else:
        try:
            answers = json.loads(answers_json)
        except ValueError:
            reply = {"ok": False, "error": "The answers could not be read (not valid JSON)."}
        else:
            try:
                reply = evaluate(worksheet_id, answers)
            except Exception as error:  # a bug in an evaluate must not show a trace to a reader
                reply = {
                    "ok": False,
                    "error": f"This worksheet hit an internal problem "
                    f"({type(error).__name__}). Your answers are safe; please try again.",
                }
    return json.dumps(reply, ensure_ascii=False)
