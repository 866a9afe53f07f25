"""The worker's entry point: JSON in, JSON out, and never a traceback."""

from __future__ import annotations

import json

from worksheets.browser import evaluate_json


def call(worksheet: str, payload: str) -> dict:
    return json.loads(evaluate_json(worksheet, payload))


def test_ok_reply_carries_the_result() -> None:
    answers = {
        f: 4
        for f in (
            "communication_calm",
            "communication_hard",
            "vulnerability_fears",
            "vulnerability_seen",
            "listening_heard",
            "listening_ask",
            "empathy_sense",
            "empathy_kind",
            "challenges_repair",
            "challenges_team",
            "time_protected",
            "time_curious",
        )
    }
    answers["closeness_picture"] = "6"
    reply = call("checkin", json.dumps(answers))
    assert reply["ok"] is True
    assert reply["worksheet"] == "checkin" and reply["version"] == 2
    assert reply["result"]["chart"]["svg"].startswith("<svg")


def test_problems_reply_lists_fields() -> None:
    reply = call("checkin", json.dumps({"communication_calm": "6"}))
    assert reply["ok"] is False
    fields = [p["field"] for p in reply["problems"]]
    assert fields[0] == "communication_calm" and "closeness_picture" in fields
    assert reply["problems"][0]["expected"] == "a whole number from 1 to 5"


def test_unknown_worksheet_bad_json_and_oversize_are_messages() -> None:
    assert call("nope", "{}")["error"].startswith("no worksheet with id 'nope'")
    assert call("checkin", "{not json")["error"] == "The answers could not be read (not valid JSON)."
    assert "too large" in call("checkin", '"' + "x" * 1_000_001 + '"')["error"]


def test_code_in_answers_is_data() -> None:
    hostile = '"""); import os; os.system("echo pwned") #'
    reply = call("checkin", json.dumps({"note": hostile}))
    assert reply["ok"] is False  # other fields missing; the text was only ever a value
    assert all(p["field"] != "note" for p in reply["problems"])
