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
    """The error is plain words for a person; the technical detail is kept apart for logs."""
    unknown = call("nope", "{}")
    assert unknown["error"] == (
        "This worksheet is not part of this version of the guide. Reload the page to get the latest."
    )
    assert unknown["detail"].startswith("no worksheet with id 'nope'")
    broken = call("checkin", "{not json")
    assert broken["error"] == "These answers could not be read. Reload the page and try again."
    assert broken["detail"].startswith("not valid JSON")
    assert "too long to use" in call("checkin", '"' + "x" * 1_000_001 + '"')["error"]


def test_code_in_answers_is_data() -> None:
    hostile = '"""); import os; os.system("echo pwned") #'
    reply = call("checkin", json.dumps({"note": hostile}))
    assert reply["ok"] is False  # other fields missing; the text was only ever a value
    assert all(p["field"] != "note" for p in reply["problems"])
