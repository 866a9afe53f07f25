"""The entry point the Web Worker calls: JSON text in, JSON text out.

The page passes answers as a JSON string argument; they are parsed here as data and never
become Python source.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import AnswersInvalid, UnknownWorksheet
from .migrate import migrate
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


def compare(worksheet_id: str, mine: Any, theirs: Any) -> dict[str, Any]:
    """Partner mode: both people's answers, validated separately, compared by the worksheet."""
    try:
        sheet = get(worksheet_id)
    except UnknownWorksheet as error:
        return {"ok": False, "error": str(error)}
    if sheet.compare is None:
        return {"ok": False, "error": f"worksheet '{sheet.id}' has no partner comparison"}
    try:
        clean = [sheet.validate(mine), sheet.validate(theirs)]
    except AnswersInvalid as invalid:
        return {"ok": False, "problems": [p.to_json() for p in invalid.problems]}
    result = sheet.compare(clean[0], clean[1])
    return {"ok": True, "worksheet": sheet.id, "version": sheet.version, "result": result.to_json()}


def migrate_answers(worksheet_id: str, from_version: Any, answers: Any) -> dict[str, Any]:
    """Carry a saved record from an earlier version to the current one (see migrate.py)."""
    try:
        sheet = get(worksheet_id)
    except UnknownWorksheet as error:
        return {"ok": False, "error": str(error)}
    if (
        not isinstance(from_version, int)
        or isinstance(from_version, bool)
        or not 1 <= from_version < sheet.version
    ):
        return {"ok": False, "error": f"cannot migrate from version {from_version!r} to {sheet.version}"}
    return {"ok": True, "worksheet": sheet.id, **migrate(sheet, from_version, answers).to_json()}


def migrate_json(worksheet_id: str, from_version: int, answers_json: str) -> str:
    return _guarded(lambda answers: migrate_answers(worksheet_id, from_version, answers), answers_json)


def _guarded(work: Any, *payloads: str) -> str:
    if sum(len(p) for p in payloads) > MAX_ANSWERS_BYTES:
        reply: dict[str, Any] = {
            "ok": False,
            "error": "These answers are too large to evaluate (more than 1 MB).",
        }
        return json.dumps(reply, ensure_ascii=False)
    try:
        parsed = [json.loads(p) for p in payloads]
    except ValueError:
        reply = {"ok": False, "error": "The answers could not be read (not valid JSON)."}
    except RecursionError:  # nesting deeper than the parser's stack: not answers from a form
        reply = {
            "ok": False,
            "error": "These answers are nested too deeply to be read. They were not made by this "
            "site's worksheets; nothing was changed.",
        }
    else:
        try:
            reply = work(*parsed)
        except RecursionError:
            reply = {
                "ok": False,
                "error": "These answers are nested too deeply to be read. They were not made by "
                "this site's worksheets; nothing was changed.",
            }
        except Exception as error:  # a bug in a worksheet must not show a trace to a reader
            reply = {
                "ok": False,
                "error": f"This worksheet hit an internal problem ({type(error).__name__}). "
                "Your answers are safe; please try again.",
            }
    return json.dumps(reply, ensure_ascii=False)


def compare_json(worksheet_id: str, mine_json: str, theirs_json: str) -> str:
    return _guarded(lambda mine, theirs: compare(worksheet_id, mine, theirs), mine_json, theirs_json)


def evaluate_json(worksheet_id: str, answers_json: str) -> str:
    """Parse, evaluate, serialise; every failure is a message, never a traceback."""
    return _guarded(lambda answers: evaluate(worksheet_id, answers), answers_json)
