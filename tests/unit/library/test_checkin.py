"""The closeness check-in: theme scores, reading order, chart and plain-language reflection."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from macros.worksheet_catalog import compile_mo
from worksheets import get
from worksheets.i18n import language
from worksheets.library.checkin import PICTURES, THEMES, describe_level, reading_order, theme_scores


def answers(**by_theme: int) -> dict:
    values = {}
    for theme in THEMES:
        for field_id, _ in theme.statements:
            values[field_id] = by_theme.get(theme.key, 3)
    values["closeness_picture"] = 4
    return values


@pytest.fixture
def checkin():
    return get("checkin")


def test_declares_twelve_statements_over_six_themes_and_a_picture(checkin) -> None:
    kinds = [f.kind for f in checkin.fields]
    assert kinds.count("scale") == 12
    assert kinds.count("picture") == 1
    assert len(THEMES) == 6 and all(len(t.statements) == 2 for t in THEMES)
    assert len(PICTURES) == 7


def test_theme_score_is_the_mean_of_its_statements(checkin) -> None:
    a = answers()
    a["communication_calm"], a["communication_hard"] = 2, 5
    scores = dict((t.key, v) for t, v in theme_scores(checkin.validate(a)))
    assert scores["communication"] == 3.5
    assert scores["time"] == 3


def test_reading_order_puts_the_lowest_themes_first_and_keeps_guide_order_for_ties() -> None:
    order = reading_order(theme_scores(answers(time=1, listening=2, vulnerability=5)))
    assert [t.key for t in order] == [
        "time",
        "listening",
        "communication",
        "empathy",
        "challenges",
        "vulnerability",
    ]


def test_result_describes_and_links_weakest_first(checkin) -> None:
    result = checkin.run(answers(empathy=1, time=5))
    assert result.summary == (
        "Right now, time together feels strongest for you, and "
        "empathy and compassion may be the place to start."
    )
    assert result.links[0].href == "chapters/empathy-and-compassion/"
    assert result.links[-1].href == "chapters/sustaining-the-flame/"
    assert "Empathy and compassion (1 of 5) may be worth some gentle attention." in result.blocks[0].items
    assert "Time together (5 of 5) feels like a strength right now." in result.blocks[0].items
    assert {s.key: s.value for s in result.scores}["empathy"] == 1


def test_ties_name_every_strongest_and_weakest_theme(checkin) -> None:
    result = checkin.run(answers(listening=2, empathy=2, vulnerability=4))
    assert result.summary == (
        "Right now, vulnerability feels strongest for you, and "
        "listening and empathy and compassion may be the places to start."
    )


def test_even_answers_say_so(checkin) -> None:
    assert checkin.run(answers()).summary.startswith("Your answers are even across all six themes")


def test_bands_are_descriptive_not_diagnostic() -> None:
    words = {describe_level(v) for v in (1, 2.5, 3, 3.5, 4, 5)}
    assert words == {
        "feels like a strength right now",
        "is somewhere in the middle right now",
        "may be worth some gentle attention",
    }
    assert not any(w in " ".join(words) for w in ("risk", "disorder", "unhealthy", "fail"))


def test_chart_is_well_formed_svg_with_one_bar_per_theme(checkin) -> None:
    result = checkin.run(answers(communication=5, time=1))
    root = ET.fromstring(result.chart.svg)
    bars = root.findall("{http://www.w3.org/2000/svg}rect")
    assert len(bars) == 6
    widths = [float(b.get("width")) for b in bars]
    assert widths[0] == 286.0 and widths[-1] == 2.0  # 5 fills the scale; 1 is a stub
    assert root.get("role") == "img"
    assert result.chart.alt.startswith("Your theme scores from 1 to 5: Communication 5;")


def test_note_is_returned_as_text(checkin) -> None:
    a = answers()
    a["note"] = "<b>tired</b> & hopeful"
    result = checkin.run(a)
    assert ("<b>tired</b> & hopeful",) in [b.items for b in result.blocks]


def test_history_keeps_each_check_in_with_its_date_and_charts_it(checkin) -> None:
    first = checkin.run({**answers(time=2), "today": "2026-11-01"})
    assert [e["date"] for e in first.state["history"]] == ["2026-11-01"]
    assert first.more_charts == ()  # one check-in is not a trend yet
    second = checkin.run({**answers(time=4), "today": "2026-11-26", "history": first.state["history"]})
    history = second.state["history"]
    assert [(e["date"], e["themes"]["time"]) for e in history] == [("2026-11-01", 2.0), ("2026-11-26", 4.0)]
    trend = second.more_charts[0]
    assert "Time together from 2 to 4" in trend.alt
    assert "Listening stays at 3" in trend.alt  # not "from 3 to 3"
    root = ET.fromstring(trend.svg)
    assert len(root.findall("{http://www.w3.org/2000/svg}polyline")) == 6


def test_same_day_check_in_replaces_the_earlier_one(checkin) -> None:
    first = checkin.run({**answers(), "today": "2026-11-26"})
    again = checkin.run({**answers(time=5), "today": "2026-11-26", "history": first.state["history"]})
    assert len(again.state["history"]) == 1 and again.state["history"][0]["themes"]["time"] == 5.0


def test_malformed_history_entries_are_dropped_not_fatal(checkin) -> None:
    good = {"date": "2026-01-01", "themes": {t.key: 3 for t in THEMES}}
    junk = [
        None,
        3,
        "x",
        {"date": "2026-13-01", "themes": good["themes"]},
        {"date": "2026-01-02"},
        {"date": "2026-01-03", "themes": {**good["themes"], "time": 9}},
        {"date": "2026-01-04", "themes": {**good["themes"], "time": True}},
    ]
    result = checkin.run({**answers(), "today": "2026-02-01", "history": [*junk, good]})
    assert [e["date"] for e in result.state["history"]] == ["2026-01-01", "2026-02-01"]


def test_without_a_date_the_history_is_kept_unchanged(checkin) -> None:
    good = {"date": "2026-01-01", "themes": {t.key: 3.0 for t in sorted(THEMES, key=lambda t: t.key)}}
    result = checkin.run({**answers(), "history": [good], "today": "not a date"})
    assert result.state["history"] == [good]


@pytest.mark.parametrize(
    ("mine", "theirs", "summary"),
    [
        ({}, {}, "You see all six themes alike."),
        (
            {"time": 2},
            {t.key: 4 for t in THEMES},
            "Of the 6 themes, you see 0 alike, 5 a little differently, "
            "and 1 differently enough to be worth talking about.",
        ),
        (
            {"listening": 5},
            {"listening": 4},
            "Of the 6 themes, you see 5 alike, 1 a little differently, "
            "and 0 differently enough to be worth talking about.",
        ),
    ],
)
def test_the_comparison_summary_accounts_for_all_six_themes(checkin, mine, theirs, summary) -> None:
    """The summary names how many themes are alike, a little different and worth a talk: none
    is left out (it read "0 of the six themes alike, and 1 may be worth talking about")."""
    result = checkin.compare(checkin.validate(answers(**mine)), checkin.validate(answers(**theirs)))
    assert result.summary == summary


def test_the_spanish_comparison_summary_says_alike_not_couples(checkin) -> None:
    """In Spanish the summary counts all three groups too, and the even-answers line says
    "parecidas" ("parejas" reads as "couples")."""
    compile_mo("es")
    with language("es"):
        mine = checkin.validate(answers(time=2))
        theirs = checkin.validate(answers(**{t.key: 4 for t in THEMES}))
        summary = checkin.compare(mine, theirs).summary
        even = checkin.run(answers()).summary
    assert summary == (
        "De los 6 temas, ven 0 de la misma forma, 5 de forma un poco distinta "
        "y 1 de forma tan distinta que vale la pena hablarlo."
    )
    assert even.startswith("Tus respuestas son parecidas en los seis temas.")


def test_partner_comparison_sorts_themes_by_how_alike_they_are(checkin) -> None:
    mine = checkin.validate({**answers(listening=5, time=3), "closeness_picture": 6})
    theirs = checkin.validate({**answers(listening=2, time=4), "closeness_picture": 6})
    result = checkin.compare(mine, theirs)
    assert result.summary == (
        "Of the 6 themes, you see 4 alike, 1 a little differently, "
        "and 1 differently enough to be worth talking about."
    )
    headings = {b.heading: b.items for b in result.blocks}
    assert headings["Where a conversation may help"] == (
        "Listening: you 5, your partner 2. You could ask: “When do you feel most listened to by me?”",
    )
    assert headings["Where you see things a little differently"] == ("Time together: you 3, your partner 4.",)
    assert headings["Your closeness pictures"] == ("You both chose picture 6: mostly overlapping.",)
    assert headings["Where you see things alike"] == (
        "Communication: you 3, your partner 3.",
        "Vulnerability: you 3, your partner 3.",
        "Empathy and compassion: you 3, your partner 3.",
        "Facing challenges: you 3, your partner 3.",
    )
