"""A plan's steps as the homework page asks for their reminders (homework-reminder.js: one .ics
a step, named for the step, on the step's own day): each parses back with its day and its alarm."""

from __future__ import annotations

from datetime import date
from typing import Any

from worksheets.reminders import reminders_reply

from .test_reminders import parse

PLAN = [
    ("2026-12-08", "Paso 1 de la tarea: Escucha activa, Escucha reflexiva"),
    ("2026-12-15", "Homework step 2: Closeness check-in"),
    ("2026-12-22", "Homework step 3: Repair plan"),
]


def step_request(number: int, day: str, title: str) -> dict[str, Any]:
    return {
        "name": f"closer-homework-step-{number}",
        "reminders": [
            {
                "title": title,
                "note": "Open “Your homework” in the Closer guide.",
                "date": day,
                "time": "19:00",
                "repeat": "none",
                "alarm": 1440,
            }
        ],
    }


def test_each_step_reminder_is_on_its_own_day_once_with_an_alarm() -> None:
    uids = set()
    for number, (day, title) in enumerate(PLAN, start=1):
        reply = reminders_reply(step_request(number, day, title), date(2026, 12, 1))
        assert reply["ok"], reply
        assert reply["download"]["filename"] == f"closer-homework-step-{number}.ics"
        [event] = parse(reply["download"]["content"])["VCALENDAR"][0]["VEVENT"]
        assert event["DTSTART"] == f"{day.replace('-', '')}T190000"
        assert event["SUMMARY"] == title
        assert "RRULE" not in event
        [alarm] = event["VALARM"]
        assert alarm["TRIGGER"] == "-PT1440M"
        assert alarm["ACTION"] == "DISPLAY"
        uids.add(event["UID"])
    assert len(uids) == len(PLAN), "each step is its own event: importing one never replaces another"


def test_a_step_without_a_day_says_what_to_do() -> None:
    request = step_request(1, "", "Homework step 1: Active listening")
    reply = reminders_reply(request, date(2026, 12, 1))
    assert reply == {"ok": False, "error": "Choose the day of the reminder."}
