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

from .. import ical
from ..checks import RequiredIf
from ..fields import Choice, Date, Field, MultiChoice, Number, Option, ShortText, Time
from ..i18n import N_, _, active_language, ngettext
from ..ical import Event, plain
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

INCLUDE = (Option("yes", "Yes, include it"), Option("no", "Not for now"))
REPEAT = (
    Option("weeks", "For a set number of weeks"),
    Option("open", "Every week, with no end date"),
)

# Above this many minutes a week the result adds a gentle note (ten hours).
HIGH_WEEKLY_MINUTES = 600

# The calendar must fit in Python's dates: a week of events after this still ends in year 9999.
LATEST_START = date(9999, 12, 24)

CALENDAR_FOOTER = N_("From your Closer rituals plan; change or delete it any time.")


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
        N_("Daily check-in"),
        N_("A few minutes to ask how the other is really doing."),
        N_("How are you, really? Share one high and one low from today."),
        N_("A few minutes is enough."),
    ),
    Ritual(
        "date",
        N_("Weekly date"),
        N_("Time just for the two of you: a walk, a meal, a film at home or a call when you are apart."),
        N_("Time for just the two of you. Put phones away if you can, and take turns choosing what to do."),
        N_("An hour or two is plenty; a short walk counts too."),
    ),
    Ritual(
        "stress",
        N_("Stress-reducing conversation"),
        N_(
            "Each of you talks about stress from outside the relationship. The other listens and takes "
            "their side."
        ),
        N_(
            "Each of you talks about stress from outside the relationship. Listen, take your partner's "
            "side, and ask before giving advice."
        ),
        N_("Whatever time you can spare, long enough for each of you to have a turn."),
    ),
    Ritual(
        "thanks",
        N_("Appreciation moment"),
        N_("Thank each other for one specific thing, and say what it meant to you."),
        N_("Thank each other for one specific thing, and say what it meant to you."),
        N_("Even 5 minutes is enough."),
    ),
    Ritual(
        "custom",
        "",
        N_("A ritual of your own: a goodnight call, tea after the kids are asleep, a Sunday walk."),
        N_("A ritual you made together. Enjoy it, and change it whenever it stops fitting."),
        N_("As long as feels right."),
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
    """The ritual's name as declared (English); `_` gives the reader's language where shown."""
    return ritual.name or N_("Your own ritual")


def collect(answers: Answers) -> list[Planned]:
    """The included rituals, complete: the declared checks asked for days, time and minutes."""
    planned: list[Planned] = []
    for ritual in RITUALS:
        ids = field_ids(ritual.key)
        if answers.get(ids["include"]) != "yes":
            continue
        # A name of only control characters still names the reader's own ritual.
        name = _(ritual.name) if ritual.name else ""
        name = name or " ".join(plain(answers.get("custom_name") or "").split()) or _(_label(ritual))
        days, start, minutes = (answers.get(ids[part]) for part in ("days", "time", "minutes"))
        if days and start and minutes is not None:
            planned.append(Planned(ritual, name, tuple(days), start, int(minutes)))
    return planned


# --- the calendar file -------------------------------------------------------------------


def first_day(start: date, days: tuple[str, ...]) -> date:
    """The first date on or after `start` that falls on one of `days`."""
    wanted = {DAY_INDEX[d] for d in days}
    return next(start + timedelta(n) for n in range(7) if (start + timedelta(n)).weekday() in wanted)


def uid(item: Planned, start: date, repeat: str, weeks: int | None) -> str:
    """Stable for the same answers, different when any answer for this ritual changes."""
    basis = json.dumps(
        [
            item.ritual.key,
            # The declared (English) name: the same plan keeps its events in either language.
            item.ritual.name or item.name,
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
    """The plan as an .ics file: one weekly event per ritual, from its first day on or after `start`."""
    events = []
    for item in planned:
        day = first_day(start, item.days)
        hours, mins = (int(p) for p in item.start.split(":"))
        begin = datetime(day.year, day.month, day.day, hours, mins)
        rule = "FREQ=WEEKLY;BYDAY=" + ",".join(d.upper() for d in item.days)
        if repeat == "weeks" and weeks is not None:
            # 7 × weeks days from the start date hold each chosen weekday exactly `weeks` times.
            rule += f";COUNT={weeks * len(item.days)}"
        events.append(
            Event(
                uid=uid(item, start, repeat, weeks),
                start=begin,
                end=begin + timedelta(minutes=item.minutes),
                summary=item.name,
                description=f"{_(item.ritual.prompt)}\n{_(CALENDAR_FOOTER)}",
                rule=rule,
            )
        )
    # The PRODID names the language its texts are in (RFC 5545, 3.7.3).
    return ical.calendar(events, f"-//Closer//Rituals planner 1//{active_language().upper()}", start)


# --- the reflection -------------------------------------------------------------------------


def _long_date(day: date) -> str:
    """ISO: the page shows days in the reader's own style (shared/dates.js readableText)."""
    return day.isoformat()


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(ngettext("{count} hour", "{count} hours", hours).format(count=hours))
    if rest or not hours:
        parts.append(_minutes(rest))
    return " ".join(parts)


def _minutes(count: int) -> str:
    return ngettext("{count} minute", "{count} minutes", count).format(count=count)


def _join(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return _("{items} and {last}").format(items=", ".join(names[:-1]), last=names[-1])


def schedule(planned: list[Planned]) -> list[tuple[str, list[str]]]:
    """Each weekday with its rituals sorted by start time (ties keep the form's order)."""
    week: list[tuple[str, list[str]]] = []
    for day in WEEKDAYS:
        todays = sorted((p for p in planned if day.value in p.days), key=lambda p: p.start)
        entries = []
        for p in todays:
            late = " " + _("(ends after midnight)") if p.crosses_midnight() else ""
            entries.append(f"{p.start}–{p.end()}{late}: {p.name} ({_minutes(p.minutes)})")
        week.append((_(day.label), entries))
    return week


def overlaps(planned: list[Planned]) -> list[str]:
    """Pairs of rituals whose times overlap on the same day, with the days they do."""
    pairs: dict[tuple[int, int], list[str]] = {}
    for day in WEEKDAYS:
        todays = [(i, p) for i, p in enumerate(planned) if day.value in p.days]
        for a, first in todays:
            for b, second in todays:
                if a < b and first.span()[0] < second.span()[1] and second.span()[0] < first.span()[1]:
                    pairs.setdefault((a, b), []).append(_(day.label))
    return [
        _("“{first}” and “{second}” overlap on {days}.").format(
            first=planned[a].name, second=planned[b].name, days=_join(days)
        )
        for (a, b), days in pairs.items()
    ]


def evaluate(answers: Answers) -> Result:
    planned = collect(answers)
    if not planned:
        return Result(
            summary=_(
                "You have not chosen any rituals yet. Choose “Yes, include it” for at least one "
                "ritual, then press the button again."
            ),
            blocks=(
                Block(
                    _("A small start is enough"),
                    (
                        _(
                            "One ritual you both enjoy is worth more than five that feel like chores. "
                            "A daily check-in of five minutes is a good first choice."
                        ),
                    ),
                    style="paragraphs",
                ),
            ),
        )
    start = date.fromisoformat(answers["start_date"])
    repeat = answers["repeat"]
    weeks = answers.get("weeks") if repeat == "weeks" else None
    total = sum(p.weekly_minutes for p in planned)
    count = len(planned)
    rituals = ngettext("Your plan has {count} ritual:", "Your plan has {count} rituals:", count).format(
        count=count
    )
    if weeks is not None:
        runs = ngettext(
            "{minutes} a week in all ({duration}). It starts on {start} and runs for {weeks} week.",
            "{minutes} a week in all ({duration}). It starts on {start} and runs for {weeks} weeks.",
            weeks,
        )
    else:
        runs = _(
            "{minutes} a week in all ({duration}). It starts on {start} and repeats every week "
            "with no end date."
        )
    summary = (
        rituals
        + " "
        + runs.format(
            minutes=_minutes(total), duration=_duration(total), start=_long_date(start), weeks=weeks
        )
    )
    week = schedule(planned)
    empty = [label for label, entries in week if not entries]
    notes: list[str] = []
    if empty:
        notes.append(
            ngettext(
                "{days} has no ritual yet. That is fine: "
                "free days matter too. If you like, a warm hello or goodbye can fill a gap.",
                "{days} have no ritual yet. That is fine: "
                "free days matter too. If you like, a warm hello or goodbye can fill a gap.",
                len(empty),
            ).format(days=_join(empty))
        )
    if total > HIGH_WEEKLY_MINUTES:
        notes.append(
            _(
                "That adds up to about {duration} a week. That is lovely if it fits your life. "
                "If it starts to feel like a chore, make a ritual shorter rather than dropping it."
            ).format(duration=_duration(total))
        )
    clashes = overlaps(planned)
    if clashes:
        notes.append(" ".join(clashes) + " " + _("You could join them into one, or move one of them."))
    # A day's name heads its block: capitalised, as a heading is, in languages that write it in
    # lower case inside a sentence ("lunes").
    blocks = [
        Block(label[:1].upper() + label[1:], tuple(entries) or (_("Nothing planned."),))
        for label, entries in week
    ]
    blocks.append(
        Block(
            _("Minutes per week"),
            (
                *(
                    ngettext(
                        "{name}: {minutes} × {days} day = {weekly}",
                        "{name}: {minutes} × {days} days = {weekly}",
                        len(p.days),
                    ).format(
                        name=p.name,
                        minutes=_minutes(p.minutes),
                        days=len(p.days),
                        weekly=_minutes(p.weekly_minutes),
                    )
                    for p in planned
                ),
                _("In all: {minutes} ({duration}).").format(
                    minutes=_minutes(total), duration=_duration(total)
                ),
            ),
        )
    )
    if notes:
        blocks.append(Block(_("Gentle notes"), tuple(notes), style="paragraphs"))
    blocks.append(
        Block(
            _("Using the calendar file"),
            (
                _(
                    "Open the file with your calendar app to add these rituals. The times follow your "
                    "calendar's own time zone. If you change your plan later, delete the old events "
                    "first so they do not appear twice."
                ),
                _("A ritual should fit your life, not fight it. Change it whenever you need to."),
            ),
            style="paragraphs",
        )
    )
    return Result(
        summary=summary,
        blocks=tuple(blocks),
        links=(
            Link(_("Sustaining the flame: rituals for different lives"), "chapters/sustaining-the-flame/"),
        ),
        links_heading=_("Read next"),
        downloads=(
            Download(
                # A file name in the reader's language, still plain ASCII for every system.
                filename=_("closer-rituals.ics"),
                media_type="text/calendar",
                content=calendar(planned, start, repeat, weeks),
                label=_("Download the calendar file (.ics)"),
            ),
        ),
    )


def _ritual_section(ritual: Ritual) -> Section:
    ids = field_ids(ritual.key)
    name = _label(ritual)
    include_label = "Include your own ritual?" if ritual.key == "custom" else f"Include the {name.lower()}?"
    fields: list[Field] = [Choice(id=ids["include"], label=include_label, options=INCLUDE, required=False)]
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
            Date(
                id="start_date",
                label="Start date",
                help="Your calendar starts on this day.",
                latest=LATEST_START.isoformat(),
            ),
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


def _included(ritual: Ritual) -> str:
    if ritual.key == "custom":
        return "you chose to include your own ritual"
    return f"you chose to include the {ritual.name.lower()}"


CHECKS = (
    RequiredIf("custom_name", "custom_include", _included(RITUALS[-1]), equals="yes"),
    *(
        RequiredIf(field_ids(r.key)[part], field_ids(r.key)["include"], _included(r), equals="yes")
        for r in RITUALS
        for part in ("days", "time", "minutes")
    ),
    RequiredIf("weeks", "repeat", "the plan runs for a set number of weeks", equals="weeks"),
)

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
    checks=CHECKS,
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
    examples_in={"es": ({}, {"custom_name": "Llamada de la noche ☎️, con té y una canción"})},
)
