"""The entry point the Web Worker calls: JSON text in, JSON text out.

The page passes answers as a JSON string argument; they are parsed here as data and never
become Python source. A reply that is not ok carries `problems` (each with a person's `text`)
or an `error` in plain words, plus a technical `detail` for logs that the page never shows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from . import messages
from .errors import AnswersInvalid, UnknownWorksheet
from .i18n import N_, _, language
from .migrate import migrate
from .registry import get

MAX_ANSWERS_BYTES = 1_000_000


NESTED = N_(
    "These answers are nested too deeply to be read. They were not made by this site's "
    "worksheets; nothing was changed."
)


def _failed(error: str, detail: str) -> dict[str, Any]:
    return {"ok": False, "error": error, "detail": detail}


def evaluate(worksheet_id: str, answers: Any) -> dict[str, Any]:
    """Evaluate answers already parsed from JSON; the reply says ok, problems or error."""
    try:
        sheet = get(worksheet_id)
    except UnknownWorksheet as error:
        return _failed(messages.unknown_worksheet(), str(error))
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
        return _failed(messages.unknown_worksheet(), str(error))
    if sheet.compare is None:
        return _failed(messages.no_comparison(), f"worksheet '{sheet.id}' has no partner comparison")
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
        return _failed(messages.unknown_worksheet(), str(error))
    if (
        not isinstance(from_version, int)
        or isinstance(from_version, bool)
        or not 1 <= from_version < sheet.version
    ):
        return _failed(
            messages.cannot_migrate(), f"cannot migrate from version {from_version!r} to {sheet.version}"
        )
    return {"ok": True, "worksheet": sheet.id, **migrate(sheet, from_version, answers).to_json()}


def migrate_json(worksheet_id: str, from_version: int, answers_json: str, lang: str = "en") -> str:
    return _guarded(lang, lambda answers: migrate_answers(worksheet_id, from_version, answers), answers_json)


def _guarded(lang: str, work: Callable[..., dict[str, Any]], *payloads: str) -> str:
    """Run `work` on the parsed payloads with every message in `lang` (the page's language)."""
    with language(lang):
        return _replied(work, *payloads)


def _replied(work: Callable[..., dict[str, Any]], *payloads: str) -> str:
    size = sum(len(p) for p in payloads)
    if size > MAX_ANSWERS_BYTES:
        reply = _failed(messages.too_large(), f"{size} characters of JSON, limit {MAX_ANSWERS_BYTES}")
        return json.dumps(reply, ensure_ascii=False)
    try:
        parsed = [json.loads(p) for p in payloads]
    except ValueError as error:
        reply = _failed(messages.unreadable_answers(), f"not valid JSON: {error}")
    except RecursionError:  # nesting deeper than the parser's stack: not answers from a form
        reply = _failed(_(NESTED), "RecursionError while parsing")
    else:
        try:
            reply = work(*parsed)
        except RecursionError:
            reply = _failed(_(NESTED), "RecursionError in the worksheet")
        except Exception as error:  # a bug in a worksheet must not show a trace to a reader
            reply = _failed(messages.internal_problem(), f"{type(error).__name__}: {error}")
    return json.dumps(reply, ensure_ascii=False)


def compare_json(worksheet_id: str, mine_json: str, theirs_json: str, lang: str = "en") -> str:
    return _guarded(lang, lambda mine, theirs: compare(worksheet_id, mine, theirs), mine_json, theirs_json)


def evaluate_json(worksheet_id: str, answers_json: str, lang: str = "en") -> str:
    """Parse, evaluate, serialise, in the page's language `lang` ("en", "es"); every failure is
    a message, never a traceback. Answers hold option ids, so the same answers read in any."""
    return _guarded(lang, lambda answers: evaluate(worksheet_id, answers), answers_json)
