"""Reminders a person sets for themselves: one .ics file (RFC 5545) with an alarm per event.

A monthly check-in repeats (RRULE:FREQ=MONTHLY), a homework due date does not, and each step of
a plan is its own dated event. The words are the person's own: the page sends what they typed.
Nothing is sent anywhere; the page hands the text to the browser as a download.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from . import ical
from .i18n import _
from .result import Download

PRODUCT = "-//Closer//Reminders 1//EN"
REPEATS = {"none": "", "weekly": "FREQ=WEEKLY", "monthly": "FREQ=MONTHLY"}
MAX_REMINDERS = 20
MAX_TITLE = 200
MAX_NOTE = 1000
MAX_COUNT = 60
MAX_ALARM_MINUTES = 7 * 24 * 60
DURATION = timedelta(minutes=30)
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_NAME = re.compile(r"^[a-z0-9-]{1,60}$")


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder: what it says, when, how it repeats, and how long before it alerts."""

    title: str
    note: str
    day: date
    at: time
    repeat: str = "none"
    count: int | None = None
    alarm_minutes: int = 60


class ReminderProblem(ValueError):
    """A request the page should not have sent, worded for the person who filled it in."""


def _text(item: dict[str, Any], key: str, limit: int) -> str:
    value = item.get(key, "")
    if not isinstance(value, str):
        raise ReminderProblem(_("A reminder's words could not be read. Type them again."))
    value = value.strip()
    if len(value) > limit:
        raise ReminderProblem(
            _("A reminder's words are too long: keep them under {limit} characters.").format(limit=limit)
        )
    return value


def _int(value: Any, low: int, high: int) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return None


def reminder_from(item: Any) -> Reminder:
    """The reminder a page sent, checked; ReminderProblem in plain words when it cannot be one."""
    if not isinstance(item, dict):
        raise ReminderProblem(_("This reminder could not be read. Reload the page and try again."))
    title = _text(item, "title", MAX_TITLE)
    if not title:
        raise ReminderProblem(_("Write what the reminder should say."))
    note = _text(item, "note", MAX_NOTE)
    try:
        day = date.fromisoformat(str(item.get("date", "")))
    except ValueError:
        raise ReminderProblem(_("Choose the day of the reminder.")) from None
    match = _TIME.match(str(item.get("time", "")))
    if not match:
        raise ReminderProblem(_("Choose the time of the reminder (hours and minutes)."))
    repeat = item.get("repeat", "none")
    if repeat not in REPEATS:
        raise ReminderProblem(_("Choose how often the reminder repeats."))
    count = item.get("count")
    if count is not None and _int(count, 1, MAX_COUNT) is None:
        raise ReminderProblem(_("Choose how many times it repeats (1 to {most}).").format(most=MAX_COUNT))
    alarm = _int(item.get("alarm", 60), 0, MAX_ALARM_MINUTES)
    if alarm is None:
        raise ReminderProblem(_("Choose when the calendar should alert you (up to a week before)."))
    return Reminder(title, note, day, time(int(match[1]), int(match[2])), repeat, count, alarm)


def rule(reminder: Reminder) -> str:
    """The RRULE value of a reminder ("" for one that happens once)."""
    base = REPEATS[reminder.repeat]
    if not base:
        return ""
    return f"{base};COUNT={reminder.count}" if reminder.count else base


def _uid(reminder: Reminder, index: int) -> str:
    # The same reminders give the same UIDs: importing the file again updates, not duplicates.
    key = json.dumps([index, reminder.title, reminder.day.isoformat(), reminder.repeat], ensure_ascii=False)
    return f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}@closer"


def calendar_text(reminders: list[Reminder], made_on: date) -> str:
    """The .ics text holding every reminder, each with its alarm and its repeat rule."""
    events = [
        ical.Event(
            uid=_uid(r, i),
            start=datetime.combine(r.day, r.at),
            end=datetime.combine(r.day, r.at) + DURATION,
            summary=r.title,
            description=r.note,
            rule=rule(r),
            alarm_minutes=r.alarm_minutes,
        )
        for i, r in enumerate(reminders)
    ]
    return ical.calendar(events, PRODUCT, made_on)


def reminders_reply(request: Any, made_on: date) -> dict[str, Any]:
    """{"ok": True, "download": {...}} or {"ok": False, "error": words for the person}."""
    items = request.get("reminders") if isinstance(request, dict) else None
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_REMINDERS:
        return {"ok": False, "error": _("There is no reminder to add. Fill in the reminder, then try again.")}
    name = request.get("name", "closer-reminder")
    if not isinstance(name, str) or not _NAME.match(name):
        name = "closer-reminder"
    try:
        reminders = [reminder_from(item) for item in items]
    except ReminderProblem as problem:
        return {"ok": False, "error": str(problem)}
    text = calendar_text(reminders, made_on)
    download = Download(
        filename=f"{name}.ics",
        media_type="text/calendar",
        content=text,
        label=_("Add a reminder to my calendar"),
    )
    return {"ok": True, "download": download.to_json()}
