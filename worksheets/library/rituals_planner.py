"""Rituals planner: a few small rituals of connection, as a weekly schedule and a calendar file.

The reader picks rituals (a daily check-in, a weekly date, a stress-reducing conversation, an
appreciation moment, and one of their own), with days, a start time and a length for each. The
result is a schedule per weekday, the minutes per week, gentle notes, and an iCalendar file
(RFC 5545) made here in pure Python: the same answers always give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..errors import AnswersInvalid, FieldProblem
from ..fields import Choice, Date, MultiChoice, Number, Option, ShortText, Time
from ..result import Block, Download, Link, Result
from ..sheet import Answers, Section, Worksheet

WORKSHEET_ID = "rituals-planner"

WEEKDAYS = (
    Option("mo", "Monday"),
    Option("tu", "Tuesday"),
    Option("we", "Wednesday"),
    Option("th", "Thursday"),
    Option("fr", "Friday"),
    Option("sa", "Saturday"),
    Option("su", "Sunday"),
)
DAY_INDEX = {o.value: i for i, o in enumerate(WEEKDAYS)}  # Monday is 0, as in date.weekday()
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

INCLUDE = (Option("yes", "Yes, include it"), Option("no", "Not for now"))
REPEAT = (
    Option("weeks", "For a set number of weeks"),
    Option("open", "Every week, with no end date"),
)

# Above this many minutes a week the result adds a gentle note (ten hours).
HIGH_WEEKLY_MINUTES = 600

# The calendar must fit in Python's dates: a week of events after this still ends in year 9999.
LATEST_START = date(9999, 12, 24)

CALENDAR_FOOTER = "From your Closer rituals plan; change or delete it any time."


@dataclass(frozen=True, slots=True)
class Ritual:
    key: str
    name: str  # empty for the reader's own ritual, which they name
    about: str
    prompt: str
    minutes_hint: str


RITUALS: tuple[Ritual, ...] = (
    Ritual(
        "checkin",
        "Daily check-in",
        "A few minutes to ask how the other is really doing.",
        "How are you, really? Share one high and one low from today.",
        "Many couples keep this to 5 to 15 minutes.",
    ),
    Ritual(
        "date",
        "Weekly date",
        "Time just for the two of you: a walk, a meal, a film at home or a call when you are apart.",
        "Time for just the two of you. Put phones away if you can, and take turns choosing what to do.",
        "An hour or two is plenty; a short walk counts too.",
    ),
    Ritual(
        "stress",
        "Stress-reducing conversation",
        "Each of you talks about stress from outside the relationship. The other listens and takes "
        "their side.",
        "Each of you talks about stress from outside the relationship. Listen, take your partner's "
        "side, and ask before giving advice.",
        "About 20 minutes, or whatever you can spare.",
    ),
    Ritual(
        "thanks",
        "Appreciation moment",
        "Thank each other for one specific thing, and say what it meant to you.",
        "Thank each other for one specific thing, and say what it meant to you.",
        "Even 5 minutes is enough.",
    ),
    Ritual(
        "custom",
        "",
        "A ritual of your own: a goodnight call, tea after the kids are asleep, a Sunday walk.",
        "A ritual you made together. Enjoy it, and change it whenever it stops fitting.",
        "As long as feels right.",
    ),
)


@dataclass(frozen=True, slots=True)
class Planned:
    """One included ritual, complete and checked."""

    ritual: Ritual
    name: str
    days: tuple[str, ...]  # weekday values in week order
    start: str  # HH:MM
    minutes: int

    @property
    def weekly_minutes(self) -> int:
        return self.minutes * len(self.days)

    def end(self) -> str:
        hours, mins = (int(p) for p in self.start.split(":"))
        total = (hours * 60 + mins + self.minutes) % (24 * 60)
        return f"{total // 60:02d}:{total % 60:02d}"

    def crosses_midnight(self) -> bool:
        hours, mins = (int(p) for p in self.start.split(":"))
        return hours * 60 + mins + self.minutes > 24 * 60

    def span(self) -> tuple[int, int]:
        hours, mins = (int(p) for p in self.start.split(":"))
        begin = hours * 60 + mins
        return begin, begin + self.minutes


def field_ids(key: str) -> dict[str, str]:
    return {part: f"{key}_{part}" for part in ("include", "days", "time", "minutes")}


def _label(ritual: Ritual) -> str:
    return ritual.name or "Your own ritual"


def _plain(text: str) -> str:
    """Drop control characters a calendar line cannot hold (tabs become spaces).

    A lone surrogate (half of a pair, e.g. from a cut emoji) cannot be written as UTF-8: it
    becomes U+FFFD, the replacement character, instead of breaking the calendar file.
    """
    return "".join(
        " " if ch == "\t" else "\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch
        for ch in text
        if ch in "\t\n" or (ord(ch) >= 32 and ch != "\x7f")
    )


def collect(answers: Answers) -> list[Planned]:
    """The included rituals; each needs days, a time and minutes (and a name for your own)."""
    planned: list[Planned] = []
    problems: list[FieldProblem] = []
    for ritual in RITUALS:
        ids = field_ids(ritual.key)
        if answers.get(ids["include"]) != "yes":
            continue
        name = ritual.name
        if ritual.key == "custom":
            name = " ".join(_plain(answers.get("custom_name") or "").split())
            if not name:
                problems.append(
                    FieldProblem(
                        WORKSHEET_ID,
                        "custom_name",
                        LABELS["custom_name"],
                        "a name, because your own ritual is included",
                        "nothing",
                    )
                )
        because = f"because “{name}” is included" if name else "because your own ritual is included"
        days = answers.get(ids["days"]) or []
        start = answers.get(ids["time"])
        minutes = answers.get(ids["minutes"])
        for part, missing, expected in (
            ("days", not days, f"at least one day, {because}"),
            ("time", not start, f"a start time, {because}"),
            ("minutes", minutes is None, f"a number of minutes from 5 to 240, {because}"),
        ):
            if missing:
                problems.append(FieldProblem(WORKSHEET_ID, ids[part], LABELS[ids[part]], expected, "nothing"))
        if name and days and start and minutes is not None:
            planned.append(Planned(ritual, name, tuple(days), start, int(minutes)))
    if answers.get("repeat") == "weeks" and answers.get("weeks") is None:
        problems.append(
            FieldProblem(
                WORKSHEET_ID,
                "weeks",
                LABELS["weeks"],
                "a number of weeks from 1 to 52, because the plan runs for a set number of weeks",
                "nothing",
            )
        )
    start = answers.get("start_date")
    if isinstance(start, str) and start > LATEST_START.isoformat():
        problems.append(
            FieldProblem(
                WORKSHEET_ID,
                "start_date",
                LABELS["start_date"],
                f"a start date no later than {LATEST_START.isoformat()}",
                f"the date {start}",
            )
        )
    if problems:
        raise AnswersInvalid(tuple(problems))
    return planned


# --- iCalendar (RFC 5545) -------------------------------------------------------------------


def escape_text(text: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and newline (RFC 5545, 3.3.11)."""
    text = _plain(text.replace("\r\n", "\n").replace("\r", "\n"))
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


def _ymd(day: date) -> str:
    # Not strftime: its %Y is not zero-padded for years below 1000 on every C library.
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _stamp(moment: datetime) -> str:
    return f"{_ymd(moment.date())}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"


def first_day(start: date, days: tuple[str, ...]) -> date:
    """The first date on or after `start` that falls on one of `days`."""
    wanted = {DAY_INDEX[d] for d in days}
    return next(start + timedelta(n) for n in range(7) if (start + timedelta(n)).weekday() in wanted)


def uid(item: Planned, start: date, repeat: str, weeks: int | None) -> str:
    """Stable for the same answers, different when any answer for this ritual changes."""
    basis = json.dumps(
        [
            item.ritual.key,
            item.name,
            list(item.days),
            item.start,
            item.minutes,
            start.isoformat(),
            repeat,
            weeks,
        ],
        ensure_ascii=False,
    )
    digest = hashlib.sha256(basis.encode("utf-8")).hexdigest()[:24]
    return f"{item.ritual.key}-{digest}@closer.invalid"


def calendar(planned: list[Planned], start: date, repeat: str, weeks: int | None) -> str:
    """The whole .ics text, CRLF line endings, folded lines; floating local times."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Closer//Rituals planner 1//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    stamp = f"{_ymd(start)}T000000Z"
    for item in planned:
        day = first_day(start, item.days)
        hours, mins = (int(p) for p in item.start.split(":"))
        begin = datetime(day.year, day.month, day.day, hours, mins)
        rule = "FREQ=WEEKLY;BYDAY=" + ",".join(d.upper() for d in item.days)
        if repeat == "weeks" and weeks is not None:
            # 7 × weeks days from the start date hold each chosen weekday exactly `weeks` times.
            rule += f";COUNT={weeks * len(item.days)}"
        description = f"{item.ritual.prompt}\n{CALENDAR_FOOTER}"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid(item, start, repeat, weeks)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{_stamp(begin)}",
            f"DTEND:{_stamp(begin + timedelta(minutes=item.minutes))}",
            f"RRULE:{rule}",
            f"SUMMARY:{escape_text(item.name)}",
            f"DESCRIPTION:{escape_text(description)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


# --- the reflection -------------------------------------------------------------------------


def _long_date(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()].label} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest or not hours:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def schedule(planned: list[Planned]) -> list[tuple[str, list[str]]]:
    """Each weekday with its rituals sorted by start time (ties keep the form's order)."""
    week: list[tuple[str, list[str]]] = []
    for day in WEEKDAYS:
        todays = sorted((p for p in planned if day.value in p.days), key=lambda p: p.start)
        entries = []
        for p in todays:
            late = " (ends after midnight)" if p.crosses_midnight() else ""
            entries.append(f"{p.start}–{p.end()}{late}: {p.name} ({p.minutes} minutes)")
        week.append((day.label, entries))
    return week


def overlaps(planned: list[Planned]) -> list[str]:
    """Pairs of rituals whose times overlap on the same day, with the days they do."""
    pairs: dict[tuple[int, int], list[str]] = {}
    for day in WEEKDAYS:
        todays = [(i, p) for i, p in enumerate(planned) if day.value in p.days]
        for a, first in todays:
            for b, second in todays:
                if a < b and first.span()[0] < second.span()[1] and second.span()[0] < first.span()[1]:
                    pairs.setdefault((a, b), []).append(day.label)
    return [
        f"“{planned[a].name}” and “{planned[b].name}” overlap on {_join(days)}."
        for (a, b), days in pairs.items()
    ]


def evaluate(answers: Answers) -> Result:
    planned = collect(answers)
    if not planned:
        return Result(
            summary=(
                "You have not chosen any rituals yet. Choose “Yes, include it” for at least one "
                "ritual, then press the button again."
            ),
            blocks=(
                Block(
                    "A small start is enough",
                    (
                        "One ritual you both enjoy is worth more than five that feel like chores. "
                        "A daily check-in of five minutes is a good first choice.",
                    ),
                    style="paragraphs",
                ),
            ),
            data={"rituals": [], "weekly_minutes": 0},
        )
    start = date.fromisoformat(answers["start_date"])
    repeat = answers["repeat"]
    weeks = answers.get("weeks") if repeat == "weeks" else None
    total = sum(p.weekly_minutes for p in planned)
    count = len(planned)
    length = (
        f"runs for {weeks} week{'s' if weeks != 1 else ''}"
        if weeks is not None
        else "repeats every week with no end date"
    )
    summary = (
        f"Your plan has {count} ritual{'s' if count != 1 else ''}: {total} minutes a week in all "
        f"({_duration(total)}). It starts on {_long_date(start)} and {length}."
    )
    week = schedule(planned)
    empty = [label for label, entries in week if not entries]
    notes: list[str] = []
    if empty:
        notes.append(
            f"{_join(empty)} {'has' if len(empty) == 1 else 'have'} no ritual yet. That is fine: "
            "free days matter too. If you like, a warm hello or goodbye can fill a gap."
        )
    if total > HIGH_WEEKLY_MINUTES:
        notes.append(
            f"That adds up to about {_duration(total)} a week. That is lovely if it fits your life. "
            "If it starts to feel like a chore, make a ritual shorter rather than dropping it."
        )
    clashes = overlaps(planned)
    if clashes:
        notes.append(" ".join(clashes) + " You could join them into one, or move one of them.")
    blocks = [Block(label, tuple(entries) or ("Nothing planned.",)) for label, entries in week]
    blocks.append(
        Block(
            "Minutes per week",
            (
                *(
                    f"{p.name}: {p.minutes} minutes × {len(p.days)} day{'s' if len(p.days) != 1 else ''} "
                    f"= {p.weekly_minutes} minutes"
                    for p in planned
                ),
                f"In all: {total} minutes ({_duration(total)}).",
            ),
        )
    )
    if notes:
        blocks.append(Block("Gentle notes", tuple(notes), style="paragraphs"))
    blocks.append(
        Block(
            "Using the calendar file",
            (
                "Open the file with your calendar app to add these rituals. The times follow your "
                "calendar's own time zone. If you change your plan later, delete the old events "
                "first so they do not appear twice.",
                "A ritual should fit your life, not fight it. Change it whenever you need to.",
            ),
            style="paragraphs",
        )
    )
    return Result(
        summary=summary,
        blocks=tuple(blocks),
        links=(Link("Sustaining the flame: rituals for different lives", "chapters/sustaining-the-flame/"),),
        links_heading="Read next",
        downloads=(
            Download(
                filename="closer-rituals.ics",
                media_type="text/calendar",
                content=calendar(planned, start, repeat, weeks),
                label="Download the calendar file (.ics)",
            ),
        ),
        data={
            "rituals": [
                {
                    "key": p.ritual.key,
                    "name": p.name,
                    "days": list(p.days),
                    "time": p.start,
                    "minutes": p.minutes,
                    "weekly_minutes": p.weekly_minutes,
                }
                for p in planned
            ],
            "weekly_minutes": total,
            "empty_days": empty,
        },
    )


def _ritual_section(ritual: Ritual) -> Section:
    ids = field_ids(ritual.key)
    name = _label(ritual)
    include_label = "Include your own ritual?" if ritual.key == "custom" else f"Include the {name.lower()}?"
    fields = [Choice(id=ids["include"], label=include_label, options=INCLUDE, required=False)]
    if ritual.key == "custom":
        fields.append(
            ShortText(
                id="custom_name",
                label="Name of your own ritual",
                required=False,
                max_length=80,
                placeholder="For example: Sunday pancakes",
            )
        )
    fields += [
        MultiChoice(id=ids["days"], label=f"{name}: which days?", options=WEEKDAYS, required=False),
        Time(id=ids["time"], label=f"{name}: start time", required=False),
        Number(
            id=ids["minutes"],
            label=f"{name}: how many minutes?",
            minimum=5,
            maximum=240,
            step=1,
            unit="minutes",
            required=False,
            help=ritual.minutes_hint,
        ),
    ]
    return Section(name, tuple(fields), ritual.about)


SECTIONS = (
    *(_ritual_section(r) for r in RITUALS),
    Section(
        "When to start",
        (
            Date(id="start_date", label="Start date", help="Your calendar starts on this day."),
            Choice(id="repeat", label="How long should the plan run?", options=REPEAT),
            Number(
                id="weeks",
                label="Number of weeks",
                minimum=1,
                maximum=52,
                step=1,
                unit="weeks",
                required=False,
                help="Only needed for a set number of weeks.",
            ),
        ),
    ),
)

LABELS = {f.id: f.label for s in SECTIONS for f in s.fields}

WORKSHEET = Worksheet(
    id=WORKSHEET_ID,
    version=1,
    title="Rituals planner",
    chapter="sustaining-the-flame",
    introduction=(
        "Choose a few small rituals, then pick the days, a start time and how long each one takes. "
        "You will get a weekly plan and a calendar file. Start small: one ritual is plenty."
    ),
    sections=SECTIONS,
    evaluate=evaluate,
    submit_label="Make our plan",
    examples=(
        {
            "checkin_include": "yes",
            "checkin_days": ["mo", "tu", "we", "th", "fr", "sa", "su"],
            "checkin_time": "07:30",
            "checkin_minutes": 10,
            "date_include": "yes",
            "date_days": ["fr"],
            "date_time": "19:00",
            "date_minutes": 120,
            "stress_include": "yes",
            "stress_days": ["mo", "we"],
            "stress_time": "18:30",
            "stress_minutes": 20,
            "thanks_include": "no",
            "start_date": "2026-01-05",
            "repeat": "weeks",
            "weeks": 8,
        },
        {
            "thanks_include": "yes",
            "thanks_days": ["su", "we"],
            "thanks_time": "21:45",
            "thanks_minutes": "5",
            "custom_include": "yes",
            "custom_name": "Appel du soir ☎️, tea; and a \\ song",
            "custom_days": ["tu", "th"],
            "custom_time": "23:30",
            "custom_minutes": "60",
            "start_date": "2026-02-28",
            "repeat": "open",
        },
        {
            "checkin_include": "yes",
            "checkin_days": ["mo", "tu", "we", "th", "fr", "sa", "su"],
            "checkin_time": "08:00",
            "checkin_minutes": 30,
            "date_include": "yes",
            "date_days": ["sa", "su"],
            "date_time": "10:00",
            "date_minutes": 240,
            "custom_include": "yes",
            "custom_name": "Long walk by the river with the dog, then coffee at the corner café 🐕☕",
            "custom_days": ["mo", "we", "fr"],
            "custom_time": "08:15",
            "custom_minutes": 90,
            "start_date": "2026-12-28",
            "repeat": "weeks",
            "weeks": 52,
        },
    ),
)
