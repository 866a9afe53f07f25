"""Reminders as an .ics file: each parses back with its alarm, its repeat rule and the person's words."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from worksheets.browser import reminder_json
from worksheets.reminders import MAX_REMINDERS, reminders_reply

MADE_ON = date(2026, 12, 1)


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append("\n" if value[i + 1] in "nN" else value[i + 1])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def parse(text: str) -> dict[str, Any]:
    """A small RFC 5545 reader: unfold, then nest components as {"NAME": [...], props...}."""
    assert "\n" not in text.replace("\r\n", ""), "every line ends with CRLF"
    lines: list[str] = []
    for raw in text.split("\r\n"):
        assert len(raw.encode("utf-8")) <= 75, raw
        if raw.startswith(" "):
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    root: dict[str, Any] = {}
    stack = [root]
    for line in lines:
        name, _, value = line.partition(":")
        if name == "BEGIN":
            child: dict[str, Any] = {}
            stack[-1].setdefault(value, []).append(child)
            stack.append(child)
        elif name == "END":
            stack.pop()
        else:
            stack[-1][name] = unescape(value)
    assert stack == [root], "every BEGIN has its END"
    return root


def events(request: dict[str, Any]) -> list[dict[str, Any]]:
    reply = reminders_reply(request, MADE_ON)
    assert reply["ok"], reply
    assert reply["download"]["media_type"] == "text/calendar"
    assert reply["download"]["filename"].endswith(".ics")
    calendar = parse(reply["download"]["content"])["VCALENDAR"]
    assert len(calendar) == 1
    assert calendar[0]["VERSION"] == "2.0"
    found: list[dict[str, Any]] = calendar[0]["VEVENT"]
    return found


def test_a_monthly_check_in_repeats_monthly_with_an_alarm() -> None:
    """The check-in reminder: RRULE FREQ=MONTHLY, an alarm an hour before, in the person's words."""
    [event] = events(
        {
            "name": "closeness-check-in",
            "reminders": [
                {
                    "title": "Our check-in, with tea; no phones",
                    "note": "Page: Closeness check-in\nTake three minutes, each on our own.",
                    "date": "2026-12-15",
                    "time": "19:30",
                    "repeat": "monthly",
                    "alarm": 60,
                }
            ],
        }
    )
    assert event["RRULE"] == "FREQ=MONTHLY"
    assert event["DTSTART"] == "20261215T193000"
    assert event["DTEND"] == "20261215T200000"
    assert event["SUMMARY"] == "Our check-in, with tea; no phones"
    assert event["DESCRIPTION"] == "Page: Closeness check-in\nTake three minutes, each on our own."
    [alarm] = event["VALARM"]
    assert alarm == {
        "ACTION": "DISPLAY",
        "TRIGGER": "-PT60M",
        "DESCRIPTION": "Our check-in, with tea; no phones",
    }


def test_a_homework_due_date_happens_once() -> None:
    """A due date has no RRULE; its alarm can be a day ahead."""
    [event] = events(
        {
            "reminders": [
                {"title": "Homework for Thursday", "date": "2027-01-07", "time": "09:00", "alarm": 1440}
            ]
        }
    )
    assert "RRULE" not in event
    assert event["VALARM"][0]["TRIGGER"] == "-PT1440M"


def test_each_step_of_a_plan_is_its_own_event_and_a_weekly_one_can_stop() -> None:
    """Steps are separate events with distinct UIDs; COUNT ends a repeat."""
    steps = [
        {"title": f"Week {n}: {word}", "date": f"2027-01-{n * 7:02d}", "time": "18:00", "alarm": 30}
        for n, word in ((1, "listen"), (2, "ask"), (3, "repair"))
    ]
    steps.append(
        {"title": "Daily ritual", "date": "2027-01-01", "time": "08:00", "repeat": "weekly", "count": 4}
    )
    found = events({"reminders": steps})
    assert [e["SUMMARY"] for e in found] == [
        "Week 1: listen",
        "Week 2: ask",
        "Week 3: repair",
        "Daily ritual",
    ]
    assert len({e["UID"] for e in found}) == 4
    assert found[3]["RRULE"] == "FREQ=WEEKLY;COUNT=4"
    assert all("VALARM" in e for e in found)


def test_long_words_in_any_script_fold_and_come_back_whole() -> None:
    title = "Rappel : parler de nous, ça compte 💬 " * 5
    [event] = events({"reminders": [{"title": title, "date": "2027-02-01", "time": "20:00"}]})
    assert event["SUMMARY"] == title.strip()


def test_the_same_reminders_give_the_same_file() -> None:
    request = {
        "reminders": [{"title": "Check-in", "date": "2027-02-01", "time": "20:00", "repeat": "monthly"}]
    }
    assert reminders_reply(request, MADE_ON) == reminders_reply(request, MADE_ON)


@pytest.mark.parametrize(
    ("item", "words"),
    [
        ({"title": " ", "date": "2027-02-01", "time": "20:00"}, "Write what the reminder should say."),
        ({"title": "x", "date": "2027-02-30", "time": "20:00"}, "Choose the day of the reminder."),
        (
            {"title": "x", "date": "2027-02-01", "time": "25:00"},
            "Choose the time of the reminder (hours and minutes).",
        ),
        (
            {"title": "x", "date": "2027-02-01", "time": "20:00", "repeat": "hourly"},
            "Choose how often the reminder repeats.",
        ),
        (
            {"title": "x", "date": "2027-02-01", "time": "20:00", "count": 0},
            "Choose how many times it repeats (1 to 60).",
        ),
        (
            {"title": "x", "date": "2027-02-01", "time": "20:00", "alarm": -5},
            "Choose when the calendar should alert you (up to a week before).",
        ),
        (
            {"title": "x" * 201, "date": "2027-02-01", "time": "20:00"},
            "A reminder's words are too long: keep them under 200 characters.",
        ),
        (
            {"title": 7, "date": "2027-02-01", "time": "20:00"},
            "A reminder's words could not be read. Type them again.",
        ),
    ],
)
def test_a_reminder_that_cannot_be_made_says_what_to_do(item: dict[str, Any], words: str) -> None:
    assert reminders_reply({"reminders": [item]}, MADE_ON) == {"ok": False, "error": words}


def test_no_reminders_or_too_many_is_a_message() -> None:
    one = {"title": "x", "date": "2027-02-01", "time": "20:00"}
    for request in ({}, {"reminders": []}, {"reminders": [one] * (MAX_REMINDERS + 1)}, [one]):
        reply = reminders_reply(request, MADE_ON)
        assert reply == {
            "ok": False,
            "error": "There is no reminder to add. Fill in the reminder, then try again.",
        }


def test_the_worker_entry_point_takes_and_gives_json() -> None:
    request = {
        "reminders": [{"title": "Check-in", "date": "2027-02-01", "time": "20:00", "repeat": "monthly"}]
    }
    reply = json.loads(reminder_json(json.dumps(request), "2026-12-01"))
    assert reply["ok"] is True
    assert "DTSTAMP:20261201T000000Z" in reply["download"]["content"]
    assert json.loads(reminder_json("{not json", "2026-12-01"))["ok"] is False
