"""iCalendar (RFC 5545) text made in pure Python: the same events always give the same bytes.

Times are floating local times (no time zone), so an event follows the calendar's own zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Event:
    """One VEVENT; `rule` is an RRULE value such as "FREQ=WEEKLY;BYDAY=MO", or empty.

    `alarm_minutes` above zero adds a VALARM that shows the summary that long before the start.
    """

    uid: str
    start: datetime
    end: datetime
    summary: str
    description: str = ""
    rule: str = ""
    alarm_minutes: int = 0


def plain(text: str) -> str:
    """Drop control characters a calendar line cannot hold (tabs become spaces).

    A lone surrogate (half of a pair, e.g. from a cut emoji) cannot be written as UTF-8: it
    becomes U+FFFD, the replacement character, instead of breaking the calendar file.
    """
    return "".join(
        " " if ch == "\t" else "\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch
        for ch in text
        if ch in "\t\n" or (ord(ch) >= 32 and ch != "\x7f")
    )


def escape_text(text: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and newline (RFC 5545, 3.3.11)."""
    text = plain(text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line so no physical line exceeds 75 octets (RFC 5545, 3.1).

    Continuation lines start with one space; a UTF-8 character is never split.
    """
    pieces: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += width
    pieces.append(current)
    return "\r\n".join(pieces)


def ymd(day: date) -> str:
    # Not strftime: its %Y is not zero-padded for years below 1000 on every C library.
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def stamp(moment: datetime) -> str:
    return f"{ymd(moment.date())}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"


def _alarm(event: Event) -> list[str]:
    # RFC 5545, 3.6.6: a DISPLAY alarm needs ACTION, TRIGGER and DESCRIPTION.
    return [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"TRIGGER:-PT{event.alarm_minutes}M",
        f"DESCRIPTION:{escape_text(event.summary)}",
        "END:VALARM",
    ]


def calendar(events: Sequence[Event], product: str, made_on: date) -> str:
    """The whole .ics text: CRLF line endings, folded lines, DTSTAMP at midnight of `made_on`."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{product}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{ymd(made_on)}T000000Z",
            f"DTSTART:{stamp(event.start)}",
            f"DTEND:{stamp(event.end)}",
            *([f"RRULE:{event.rule}"] if event.rule else []),
            f"SUMMARY:{escape_text(event.summary)}",
            *([f"DESCRIPTION:{escape_text(event.description)}"] if event.description else []),
            *(_alarm(event) if event.alarm_minutes > 0 else []),
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
