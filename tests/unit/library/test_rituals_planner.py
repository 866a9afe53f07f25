"""The rituals planner: validation, the weekly schedule, gentle notes and the .ics file.

The calendar is read back with a small RFC 5545 parser written here (unfold, split, unescape),
and every event is checked, including the dates its RRULE expands to.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worksheets import AnswersInvalid, Result, get
from worksheets.ical import escape_text, fold
from worksheets.library.rituals_planner import RITUALS, WORKSHEET, collect

from .strategies import answers_like, result_or_invalid

HOSTILE = ("<script>alert(1)</script>", '"""); import js', "{{ 7*7 }}")
BYDAY = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


# --- a small iCalendar reader -----------------------------------------------------------------


def unfold(text: str) -> list[str]:
    """Split on CRLF and join continuation lines (a CRLF followed by one space or tab)."""
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", ""), "bare LF"
    assert "\r" not in text.replace("\r\n", ""), "bare CR"
    for physical in text.split("\r\n")[:-1]:
        assert len(physical.encode("utf-8")) <= 75, physical
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")[:-1]


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def parse(text: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """(calendar properties, events); each property is name → raw value."""
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    calendar: dict[str, str] = {}
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in lines[1:-1]:
        name, _, value = line.partition(":")
        assert re.fullmatch(r"[A-Z-]+", name), line
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            assert name not in current, f"repeated {name}"
            current[name] = value
        else:
            calendar[name] = value
    assert current is None
    return calendar, events


def local(value: str) -> datetime:
    assert re.fullmatch(r"\d{8}T\d{6}", value), f"not a floating local time: {value}"
    return datetime.strptime(value, "%Y%m%dT%H%M%S")


def expand(event: dict[str, str], limit: int = 400) -> list[datetime]:
    """The occurrences of a weekly BYDAY rule (COUNT, or the first `limit` when open-ended)."""
    rule = dict(part.split("=") for part in event["RRULE"].split(";"))
    assert rule["FREQ"] == "WEEKLY"
    days = {BYDAY[d] for d in rule["BYDAY"].split(",")}
    count = int(rule.get("COUNT", limit))
    start = local(event["DTSTART"])
    found: list[datetime] = []
    moment = start
    while len(found) < count:
        if moment.weekday() in days:
            found.append(moment)
        moment += timedelta(days=1)
    return found


# --- helpers ----------------------------------------------------------------------------------


@pytest.fixture
def planner():
    return get("rituals-planner")


def plan(**rituals: tuple[list[str], str, int]) -> dict:
    """Answers including each named ritual with (days, time, minutes); 8 weeks from 2026-01-05."""
    answers: dict = {"start_date": "2026-01-05", "repeat": "weeks", "weeks": 8}
    for key, (days, time, minutes) in rituals.items():
        answers.update(
            {f"{key}_include": "yes", f"{key}_days": days, f"{key}_time": time, f"{key}_minutes": minutes}
        )
    return answers


def block(result: Result, heading: str) -> tuple[str, ...]:
    return next(b.items for b in result.blocks if b.heading == heading)


def ics(result: Result) -> str:
    (download,) = result.downloads
    assert download.filename == "closer-rituals.ics"
    assert download.media_type == "text/calendar"
    return download.content


# --- the calendar file ------------------------------------------------------------------------


def test_calendar_header_and_one_event_per_ritual(planner) -> None:
    result = planner.run(plan(checkin=(["mo", "we"], "07:30", 15), date=(["fr"], "19:00", 120)))
    calendar, events = parse(ics(result))
    assert calendar == {
        "VERSION": "2.0",
        "PRODID": "-//Closer//Rituals planner 1//EN",
        "CALSCALE": "GREGORIAN",
        "METHOD": "PUBLISH",
    }
    assert [unescape(e["SUMMARY"]) for e in events] == ["Daily check-in", "Weekly date"]
    first, second = events
    assert first["DTSTAMP"] == second["DTSTAMP"] == "20260105T000000Z"
    assert first["DTSTART"] == "20260105T073000" and first["DTEND"] == "20260105T074500"
    assert first["RRULE"] == "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=16"
    assert second["DTSTART"] == "20260109T190000" and second["DTEND"] == "20260109T210000"
    assert second["RRULE"] == "FREQ=WEEKLY;BYDAY=FR;COUNT=8"
    assert unescape(first["DESCRIPTION"]) == (
        "How are you, really? Share one high and one low from today.\n"
        "From your Closer rituals plan; change or delete it any time."
    )


def test_every_event_is_complete_and_expands_inside_the_planned_weeks(planner) -> None:
    for example in planner.examples:
        answers = planner.validate(example)
        result = planner.evaluate(answers)
        _, events = parse(ics(result))
        start = date.fromisoformat(answers["start_date"])
        planned = collect(answers)
        assert len(events) == len(planned)
        uids = [e["UID"] for e in events]
        assert len(set(uids)) == len(uids)
        for event, ritual in zip(events, planned, strict=True):
            assert set(event) == {"UID", "DTSTAMP", "DTSTART", "DTEND", "RRULE", "SUMMARY", "DESCRIPTION"}
            assert re.fullmatch(r"[a-z]+-[0-9a-f]{24}@closer\.invalid", event["UID"])
            assert event["DTSTAMP"] == f"{start:%Y%m%d}T000000Z"
            begin, end = local(event["DTSTART"]), local(event["DTEND"])
            assert end - begin == timedelta(minutes=ritual.minutes)
            assert begin.strftime("%H:%M") == ritual.start
            assert unescape(event["SUMMARY"]) == ritual.name
            assert unescape(event["DESCRIPTION"]).endswith(
                "\nFrom your Closer rituals plan; change or delete it any time."
            )
            days = event["RRULE"].split("BYDAY=")[1].split(";")[0].split(",")
            assert days == [d.upper() for d in ritual.days]
            occurrences = expand(event)
            assert occurrences[0] == begin and begin.date() >= start
            assert begin.date() - start < timedelta(days=7)
            assert all(o.strftime("%a")[:2].upper() in days for o in occurrences)
            if answers["repeat"] == "weeks":
                weeks = answers["weeks"]
                assert f";COUNT={weeks * len(days)}" in event["RRULE"]
                assert occurrences[-1].date() < start + timedelta(days=7 * weeks)
                assert occurrences[-1].date() >= start + timedelta(days=7 * (weeks - 1))
            else:
                assert "COUNT" not in event["RRULE"] and "UNTIL" not in event["RRULE"]


def test_open_ended_plan_has_no_count_or_until(planner) -> None:
    answers = plan(thanks=(["su"], "21:00", 5))
    answers.update({"repeat": "open", "weeks": 4})  # weeks is ignored without an end
    result = planner.run(answers)
    _, (event,) = parse(ics(result))
    assert event["RRULE"] == "FREQ=WEEKLY;BYDAY=SU"
    assert event["DTSTART"] == "20260111T210000"  # the first Sunday on or after the start date
    assert result.summary.endswith("It starts on 2026-01-05 and repeats every week with no end date.")


def test_a_ritual_past_midnight_ends_the_next_day(planner) -> None:
    result = planner.run(plan(stress=(["sa"], "23:30", 60)))
    _, (event,) = parse(ics(result))
    assert (event["DTSTART"], event["DTEND"]) == ("20260110T233000", "20260111T003000")
    assert block(result, "Saturday") == (
        "23:30–00:30 (ends after midnight): Stress-reducing conversation (60 minutes)",
    )


def test_text_is_escaped_and_folded_and_reads_back_unchanged(planner) -> None:
    name = "Tea, talk; and \\ a song — 夜の電話 ☎️ " + "long " * 8
    answers = plan(custom=(["tu"], "20:00", 30))
    answers["custom_name"] = name
    content = ics(planner.run(answers))
    assert "SUMMARY:Tea\\, talk\\; and \\\\ a song" in content
    _, (event,) = parse(content)
    assert unescape(event["SUMMARY"]) == name.strip()
    assert any(line.startswith(" ") for line in content.split("\r\n"))  # folded


def test_uid_is_stable_for_the_same_answers_and_changes_with_them(planner) -> None:
    answers = plan(checkin=(["mo"], "07:30", 10))
    first = ics(planner.run(answers))
    assert ics(planner.run(dict(answers))) == first
    moved = dict(answers, checkin_time="07:45")
    uid = parse(first)[1][0]["UID"]
    assert parse(ics(planner.run(moved)))[1][0]["UID"] != uid
    assert uid.startswith("checkin-")


def test_escape_text_rules() -> None:
    assert escape_text("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng"
    assert escape_text("tab\there\x00\x07!") == "tab here!"


def test_fold_keeps_lines_within_75_octets_without_splitting_characters() -> None:
    line = "DESCRIPTION:" + "é☕🐕x" * 40
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert folded.replace("\r\n ", "") == line
    assert fold("SHORT:ok") == "SHORT:ok"
    exact = "X:" + "a" * 73
    assert fold(exact) == exact and fold(exact + "b") == exact + "\r\n b"


# --- the schedule and notes -------------------------------------------------------------------


def test_schedule_has_a_block_per_weekday_sorted_by_time(planner) -> None:
    result = planner.run(
        plan(
            checkin=(["mo", "tu", "we", "th", "fr", "sa", "su"], "21:00", 10),
            thanks=(["mo"], "07:05", 5),
            date=(["mo", "sa"], "18:00", 90),
        )
    )
    assert [b.heading for b in result.blocks[:7]] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    assert block(result, "Monday") == (
        "07:05–07:10: Appreciation moment (5 minutes)",
        "18:00–19:30: Weekly date (90 minutes)",
        "21:00–21:10: Daily check-in (10 minutes)",
    )
    assert block(result, "Tuesday") == ("21:00–21:10: Daily check-in (10 minutes)",)
    assert block(result, "Minutes per week") == (
        "Daily check-in: 10 minutes × 7 days = 70 minutes",
        "Weekly date: 90 minutes × 2 days = 180 minutes",
        "Appreciation moment: 5 minutes × 1 day = 5 minutes",
        "In all: 255 minutes (4 hours 15 minutes).",
    )
    assert result.summary == (
        "Your plan has 3 rituals: 255 minutes a week in all (4 hours 15 minutes). "
        "It starts on 2026-01-05 and runs for 8 weeks."
    )
    assert all(b.heading != "Gentle notes" for b in result.blocks)


def test_empty_days_get_a_gentle_note(planner) -> None:
    result = planner.run(plan(date=(["fr"], "19:00", 120)))
    assert block(result, "Monday") == ("Nothing planned.",)
    assert block(result, "Gentle notes") == (
        "Monday, Tuesday, Wednesday, Thursday, Saturday and Sunday have no ritual yet. That is fine: "
        "free days matter too. If you like, a warm hello or goodbye can fill a gap.",
    )
    one_gap = planner.run(plan(checkin=(["mo", "tu", "we", "th", "fr", "sa"], "08:00", 5)))
    assert block(one_gap, "Gentle notes")[0].startswith("Sunday has no ritual yet.")


def test_a_very_full_week_and_overlaps_get_gentle_notes(planner) -> None:
    every = ["mo", "tu", "we", "th", "fr", "sa", "su"]
    result = planner.run(plan(date=(every, "18:00", 90), stress=(["mo", "we"], "19:00", 20)))
    assert block(result, "Minutes per week")[-1] == "In all: 670 minutes (11 hours 10 minutes)."
    assert block(result, "Gentle notes") == (
        "That adds up to about 11 hours 10 minutes a week. That is lovely if it fits your life. "
        "If it starts to feel like a chore, make a ritual shorter rather than dropping it.",
        "“Weekly date” and “Stress-reducing conversation” overlap on Monday and Wednesday. "
        "You could join them into one, or move one of them.",
    )
    # Exactly 600 minutes is not flagged; back-to-back rituals do not overlap.
    calm = planner.run(plan(date=(every[:5], "18:00", 115), thanks=(every[:5], "19:55", 5)))
    assert block(calm, "Minutes per week")[-1] == "In all: 600 minutes (10 hours)."
    assert block(calm, "Gentle notes") == (
        "Saturday and Sunday have no ritual yet. That is fine: free days matter too. "
        "If you like, a warm hello or goodbye can fill a gap.",
    )


def test_no_rituals_chosen_is_a_kind_message_without_a_file(planner) -> None:
    result = planner.run({"start_date": "2026-01-05", "repeat": "open", "checkin_include": "no"})
    assert result.summary.startswith("You have not chosen any rituals yet.")
    assert result.downloads == ()


# --- validation -------------------------------------------------------------------------------


def test_an_included_ritual_needs_days_time_and_minutes(planner) -> None:
    answers = {"start_date": "2026-01-05", "repeat": "open", "date_include": "yes", "date_minutes": 60}
    with pytest.raises(AnswersInvalid) as caught:
        planner.run(answers)
    problems = caught.value.problems
    because = "Please answer this question, because you chose to include the weekly date."
    assert [(p.field, p.label, p.text, p.received) for p in problems] == [
        ("date_days", "Weekly date: which days?", because, "a list of 0 items"),
        ("date_time", "Weekly date: start time", because, "nothing"),
    ]
    assert problems[1].expected == "an answer, because 'date_include' is 'yes'"


def test_your_own_ritual_needs_a_name(planner) -> None:
    answers = {"start_date": "2026-01-05", "repeat": "open", "custom_include": "yes"}
    with pytest.raises(AnswersInvalid) as caught:
        planner.run(answers)
    because = "Please answer this question, because you chose to include your own ritual."
    assert [(p.field, p.text) for p in caught.value.problems] == [
        ("custom_name", because),
        ("custom_days", because),
        ("custom_time", because),
        ("custom_minutes", because),
    ]


def test_cross_field_and_per_field_problems_arrive_together(planner) -> None:
    """A ritual's missing time and a too-long name come back in one round, in form order."""
    answers = {"start_date": "2026-01-05", "repeat": "weeks", "custom_include": "yes"}
    answers.update({"custom_name": "x" * 81, "custom_days": ["mo"], "custom_minutes": 10})
    with pytest.raises(AnswersInvalid) as caught:
        planner.run(answers)
    assert [(p.field, p.text) for p in caught.value.problems] == [
        ("custom_name", "Write at most 80 characters here (this is 1 over)."),
        ("custom_time", "Please answer this question, because you chose to include your own ritual."),
        ("weeks", "Please answer this question, because the plan runs for a set number of weeks."),
    ]


def test_set_number_of_weeks_needs_the_number(planner) -> None:
    answers = plan(checkin=(["mo"], "07:30", 10))
    del answers["weeks"]
    with pytest.raises(AnswersInvalid) as caught:
        planner.run(answers)
    (problem,) = caught.value.problems
    assert problem.field == "weeks"
    assert problem.text == "Please answer this question, because the plan runs for a set number of weeks."


def test_a_name_of_control_characters_still_names_your_own_ritual(planner) -> None:
    answers = plan(custom=(["we"], "12:00", 15))
    answers["custom_name"] = "\x01\x02"
    assert block(planner.run(answers), "Wednesday") == ("12:00–12:15: Your own ritual (15 minutes)",)


def test_unincluded_rituals_may_be_half_filled(planner) -> None:
    answers = plan(checkin=(["mo"], "07:30", 10))
    answers.update({"date_include": "no", "date_days": ["fr"], "stress_time": "18:00"})
    assert planner.run(answers).summary.startswith("Your plan has 1 ritual: 10 minutes a week")


def test_start_dates_at_the_edges_of_the_calendar(planner) -> None:
    early = planner.run({**plan(checkin=(["su"], "23:00", 240)), "start_date": "0009-02-03"})
    _, (event,) = parse(ics(early))
    assert event["DTSTAMP"] == "00090203T000000Z"
    assert (event["DTSTART"], event["DTEND"]) == ("00090208T230000", "00090209T030000")
    late = planner.run({**plan(checkin=(["su"], "23:00", 240)), "start_date": "9999-12-24"})
    assert parse(ics(late))[1][0]["DTEND"] == "99991227T030000"
    with pytest.raises(AnswersInvalid) as caught:
        planner.run({**plan(checkin=(["mo"], "07:30", 10)), "start_date": "9999-12-25"})
    assert caught.value.problems[0].message == (
        "Worksheet 'rituals-planner', field 'start_date': expected a date from any day to "
        "9999-12-24, received the text '9999-12-25'."
    )
    assert caught.value.problems[0].text == "Choose a date on or before 9999-12-24."


def test_field_bounds(planner) -> None:
    for bad in ({"checkin_minutes": 4}, {"checkin_minutes": 241}, {"weeks": 53}, {"checkin_time": "24:00"}):
        with pytest.raises(AnswersInvalid):
            planner.run({**plan(checkin=(["mo"], "07:30", 10)), **bad})
    assert block(planner.run(plan(checkin=(["mo"], "07:30", 240))), "Monday") == (
        "07:30–11:30: Daily check-in (240 minutes)",
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_names_are_text_in_the_schedule_and_escaped_in_the_file(planner, text) -> None:
    answers = plan(custom=(["we"], "12:00", 15))
    answers["custom_name"] = text
    result = planner.run(answers)
    assert block(result, "Wednesday") == (f"12:00–12:15: {text} (15 minutes)",)
    _, (event,) = parse(ics(result))
    assert unescape(event["SUMMARY"]) == text


def test_declares_five_rituals_and_the_start(planner) -> None:
    assert [r.key for r in RITUALS] == ["checkin", "date", "stress", "thanks", "custom"]
    kinds = {f.id: f.kind for f in planner.fields}
    assert kinds["checkin_days"] == "multi" and kinds["checkin_time"] == "time"
    assert kinds["checkin_minutes"] == "number" and kinds["start_date"] == "date"
    assert kinds["weeks"] == "number" and kinds["custom_name"] == "short"
    assert [f.id for f in planner.fields if f.required] == ["start_date", "repeat"]


def test_examples_run_fast_and_read_plainly(planner) -> None:
    for example in planner.examples:
        assert planner.run(example).downloads
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import textstat
    result = planner.run(planner.examples[1])
    prose = [i for b in result.blocks for i in b.items if b.style == "paragraphs"]
    assert textstat.flesch_kincaid_grade(" ".join([result.summary, *prose])) <= 8


# --- any answers give a Result or AnswersInvalid ----------------------------------------------

DAYS = st.lists(st.sampled_from(["mo", "tu", "we", "th", "fr", "sa", "su", "xx"]), max_size=9)
TIMES = st.from_regex(r"\A([01]\d|2[0-4]):[0-6]\d\Z") | st.sampled_from(["7:30", "", "23:59"])
PLAUSIBLE: dict = {"custom_name": st.text(max_size=90) | st.sampled_from(HOSTILE)}
for ritual in RITUALS:
    PLAUSIBLE.update(
        {
            f"{ritual.key}_include": st.sampled_from(["yes", "no", "maybe"]),
            f"{ritual.key}_days": DAYS,
            f"{ritual.key}_time": TIMES,
            f"{ritual.key}_minutes": st.integers(0, 300) | st.sampled_from(["15", "7.5", "abc"]),
        }
    )
PLAUSIBLE.update(
    {
        "start_date": st.dates().map(str) | st.sampled_from(["2026-02-30", ""]),
        "repeat": st.sampled_from(["weeks", "open", "never"]),
        "weeks": st.integers(-1, 60) | st.just("52"),
    }
)
ANSWERS = answers_like(WORKSHEET, PLAUSIBLE)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANSWERS)
def test_any_answers_give_a_result_or_answers_invalid(answers) -> None:
    result = result_or_invalid(WORKSHEET.run, answers)
    if result is not None:
        assert result.summary
        for download in result.downloads:
            _, events = parse(download.content)
            assert len(events) == len(collect(WORKSHEET.validate(answers)))
