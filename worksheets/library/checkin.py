"""Closeness check-in: twelve reflective statements on six themes and one closeness picture.

Every statement is written for Closer. The picture follows the idea of Aron, Aron & Smollan's
(1992) single pictorial item, redrawn by us. The result describes; it never diagnoses: no
cut-offs, no risk labels.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from statistics import mean
from typing import Any

from ..fields import Hidden, LongText, OverlapPicture, Scale
from ..i18n import N_, _, ngettext
from ..migrate import Migration
from ..result import Block, Chart, Link, Result, Score
from ..sheet import Answers, Section, Worksheet
from ..svg import bar_chart, line_chart, paired_bar_chart

MAX_HISTORY = 366


@dataclass(frozen=True, slots=True)
class Theme:
    key: str
    name: str
    chapter: str
    chapter_title: str
    statements: tuple[tuple[str, str], ...]


THEMES: tuple[Theme, ...] = (
    Theme(
        "communication",
        N_("Communication"),
        "effective-communication",
        N_("Effective communication"),
        (
            ("communication_calm", "When something bothers me, I can bring it up with my partner calmly."),
            ("communication_hard", "We can talk about hard topics without it turning into a fight."),
        ),
    ),
    Theme(
        "vulnerability",
        N_("Vulnerability"),
        "vulnerability",
        N_("Vulnerability"),
        (
            ("vulnerability_fears", "I can tell my partner about my fears and worries."),
            ("vulnerability_seen", "I let my partner see me when I am not at my best."),
        ),
    ),
    Theme(
        "listening",
        N_("Listening"),
        "active-listening",
        N_("Active listening"),
        (
            ("listening_heard", "When I talk, my partner listens without rushing to fix things."),
            ("listening_ask", "I ask questions to understand my partner before I reply."),
        ),
    ),
    Theme(
        "empathy",
        N_("Empathy and compassion"),
        "empathy-and-compassion",
        N_("Empathy and compassion"),
        (
            ("empathy_sense", "I can usually sense how my partner is feeling."),
            ("empathy_kind", "When one of us is struggling, the other responds with kindness."),
        ),
    ),
    Theme(
        "challenges",
        N_("Facing challenges"),
        "navigating-challenges",
        N_("Navigating challenges together"),
        (
            ("challenges_repair", "After an argument, we find our way back to each other."),
            ("challenges_team", "When life gets hard, we feel like a team."),
        ),
    ),
    Theme(
        "time",
        N_("Time together"),
        "sustaining-the-flame",
        N_("Sustaining the flame"),
        (
            ("time_protected", "We set aside time just for the two of us."),
            ("time_curious", "We still learn new things about each other."),
        ),
    ),
)

POINTS = ("Not like us", "A little like us", "Somewhat like us", "Mostly like us", "Very much like us")

PICTURES = (
    "The circles are apart",
    "The circles just touch",
    "A small overlap",
    "Some overlap",
    "About half overlap",
    "Mostly overlapping",
    "Almost one circle",
)


def _statement(field_id: str, text: str) -> Scale:
    return Scale(id=field_id, label=text, low=1, high=5, point_labels=POINTS)


def describe_level(score: float) -> str:
    """Plain words for a theme score; descriptive bands, not a judgement or a diagnosis."""
    if score >= 4:
        return _("feels like a strength right now")
    if score >= 3:
        return _("is somewhere in the middle right now")
    return _("may be worth some gentle attention")


def theme_scores(answers: Answers) -> list[tuple[Theme, float]]:
    return [(t, round(mean(answers[f] for f, _ in t.statements), 2)) for t in THEMES]


def reading_order(scores: list[tuple[Theme, float]]) -> list[Theme]:
    """Lowest-scoring themes first; ties keep the guide's order."""
    return [t for t, _ in sorted(scores, key=lambda pair: pair[1])]


def clean_history(raw: Any) -> list[dict[str, Any]]:
    """Keep only well-formed past check-ins (the list is page-kept, untrusted JSON)."""
    keys = {t.key for t in THEMES}
    kept: list[dict[str, Any]] = []
    for entry in raw if isinstance(raw, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("date"), str):
            continue
        try:
            day = date.fromisoformat(entry["date"]).isoformat()
        except ValueError:
            continue
        themes = entry.get("themes")
        if not isinstance(themes, dict) or set(themes) != keys:
            continue
        values = list(themes.values())
        if not all(isinstance(v, int | float) and not isinstance(v, bool) and 1 <= v <= 5 for v in values):
            continue
        kept.append({"date": day, "themes": {k: float(themes[k]) for k in sorted(keys)}})
    kept.sort(key=lambda e: e["date"])
    return kept


def updated_history(raw: Any, today: Any, scores: list[tuple[Theme, float]]) -> list[dict[str, Any]]:
    """Past check-ins plus today's; a second check-in on the same day replaces the first."""
    history = clean_history(raw)
    try:
        day = date.fromisoformat(today).isoformat() if isinstance(today, str) else None
    except ValueError:
        day = None
    if day is None:
        return history
    history = [e for e in history if e["date"] != day]
    history.append(
        {"date": day, "themes": {t.key: float(v) for t, v in sorted(scores, key=lambda p: p[0].key)}}
    )
    history.sort(key=lambda e: e["date"])
    return history[-MAX_HISTORY:]


def theme_change(name: str, first: float, last: float) -> str:
    """How one theme moved between the first and the last check-in ("from 3 to 3" reads as a slip)."""
    if first == last:
        return _("{theme} stays at {value}").format(theme=name, value=f"{first:g}")
    return _("{theme} from {first} to {last}").format(theme=name, first=f"{first:g}", last=f"{last:g}")


def trend_chart(history: list[dict[str, Any]]) -> Chart:
    labels = [e["date"] for e in history]
    series = [(_(t.name), [e["themes"][t.key] for e in history]) for t in THEMES]
    changes = "; ".join(theme_change(name, values[0], values[-1]) for name, values in series)
    alt = _("Your check-ins over time, {first} to {last} ({count} check-ins): {changes}.").format(
        first=labels[0], last=labels[-1], count=len(history), changes=changes
    )
    return Chart(line_chart(labels, series, 1, 5, alt), alt)


def progress(saved: Mapping[str, Any]) -> Result:
    """What the saved check-ins add to the reader's path (my-path): the change over time."""
    history = clean_history(saved.get("history"))
    if len(history) >= 2:
        first, last = history[0], history[-1]
        changes = tuple(
            _("{theme}: {first} on {first_day}, {last} on {last_day}.").format(
                theme=_(t.name),
                first=f"{first['themes'][t.key]:g}",
                first_day=first["date"],
                last=f"{last['themes'][t.key]:g}",
                last_day=last["date"],
            )
            for t in THEMES
        )
        return Result(
            summary="",
            blocks=(Block(_("Your check-ins over time"), changes),),
            more_charts=(trend_chart(history),),
        )
    if len(history) == 1:
        only = _("One check-in so far, on {day}. Do it again later to see a trend.").format(
            day=history[0]["date"]
        )
        return Result(summary="", blocks=(Block(_("Your check-ins over time"), (only,), style="paragraphs"),))
    return Result(summary="")


def _join(names: list[str]) -> str:
    if len(names) > 2:
        return _("{count} of the six themes").format(count=len(names))
    return _(" and ").join(names)


def evaluate(answers: Answers) -> Result:
    scores = theme_scores(answers)
    ordered = reading_order(scores)
    values = [value for _, value in scores]
    if max(values) == min(values):
        summary = _("Your answers are even across all six themes. Start wherever you are most curious.")
    else:
        top = [_(t.name).lower() for t, v in scores if v == max(values)]
        low = [_(t.name).lower() for t, v in scores if v == min(values)]
        strongest = ngettext(
            "Right now, {themes} feels strongest for you,",
            "Right now, {themes} feel strongest for you,",
            len(top),
        ).format(themes=_join(top))
        start = ngettext(
            "and {themes} may be the place to start.", "and {themes} may be the places to start.", len(low)
        ).format(themes=_join(low))
        summary = f"{strongest} {start}"
    reflections = tuple(
        _("{theme} ({score} of 5) {level}.").format(
            theme=_(t.name), score=f"{value:g}", level=describe_level(value)
        )
        for t, value in scores
    )
    picture = answers["closeness_picture"]
    blocks = [
        Block(_("What your answers describe"), reflections),
        Block(
            _("Your closeness picture"),
            (
                _(
                    "You chose picture {number} of 7: {picture}. "
                    "There is no right picture; notice whether it matches how you want to feel, "
                    "and come back later to see if it changes."
                ).format(number=picture, picture=_(PICTURES[picture - 1]).lower()),
            ),
            style="paragraphs",
        ),
    ]
    if answers.get("note"):
        blocks.append(Block(_("Your note"), (answers["note"],), style="paragraphs"))
    blocks.append(
        Block(
            _("A reminder"),
            (
                _(
                    "This check-in is a reflection, not a test. It describes how things feel to you today; "
                    "it does not measure or predict your relationship."
                ),
            ),
            style="paragraphs",
        )
    )
    history = updated_history(answers.get("history"), answers.get("today"), scores)
    if len(history) >= 2:
        blocks.insert(
            2,
            Block(
                _("Over time"),
                (
                    _(
                        "You have {count} check-ins saved on this device, from {first} "
                        "to {last}. The line chart shows each theme over time."
                    ).format(count=len(history), first=history[0]["date"], last=history[-1]["date"]),
                ),
                style="paragraphs",
            ),
        )
    chart_rows = [(_(t.name), value) for t, value in scores]
    alt = _("Your theme scores from 1 to 5: {scores}.").format(
        scores="; ".join(f"{n} {v:g}" for n, v in chart_rows)
    )
    return Result(
        summary=summary,
        scores=tuple(Score(_(t.name), value, 1, 5, key=t.key) for t, value in scores),
        blocks=tuple(blocks),
        chart=Chart(bar_chart(chart_rows, 1, 5, alt), alt),
        links=tuple(Link(_(t.chapter_title), f"chapters/{t.chapter}/") for t in ordered),
        links_heading=_("A suggested reading order (the themes that may need care first)"),
        more_charts=(trend_chart(history),) if len(history) >= 2 else (),
        state={"history": history},
    )


TALK_ABOUT = {
    "communication": N_("What helps you bring something up with me calmly?"),
    "vulnerability": N_("Is there something you have wanted to tell me but held back?"),
    "listening": N_("When do you feel most listened to by me?"),
    "empathy": N_("How can I tell when you are struggling, and what helps then?"),
    "challenges": N_("After our last argument, what helped us find our way back, and what did not?"),
    "time": N_("What kind of time together would you like more of?"),
}


def compare(mine: Answers, theirs: Answers) -> Result:
    """Partner mode: where two people's check-ins agree and where a conversation may help."""
    ours = dict(theme_scores(mine))
    yours = dict(theme_scores(theirs))
    agree: list[tuple[Theme, str]] = []
    differ: list[tuple[Theme, str]] = []
    talk: list[tuple[Theme, str]] = []
    for theme in THEMES:
        a, b = ours[theme], yours[theme]
        line = _("{theme}: you {mine}, your partner {theirs}.").format(
            theme=_(theme.name), mine=f"{a:g}", theirs=f"{b:g}"
        )
        gap = abs(a - b)
        (agree if gap <= 0.5 else differ if gap < 1.5 else talk).append((theme, line))
    blocks = []
    if agree:
        blocks.append(Block(_("Where you see things alike"), tuple(line for _t, line in agree)))
    if differ:
        blocks.append(
            Block(_("Where you see things a little differently"), tuple(line for _t, line in differ))
        )
    if talk:
        blocks.append(
            Block(
                _("Where a conversation may help"),
                tuple(
                    _("{line} You could ask: “{question}”").format(line=line, question=_(TALK_ABOUT[t.key]))
                    for t, line in talk
                ),
            )
        )
    pa, pb = mine["closeness_picture"], theirs["closeness_picture"]
    first, second = _(PICTURES[pa - 1]).lower(), _(PICTURES[pb - 1]).lower()
    picture = (
        _("You both chose picture {number}: {picture}.").format(number=pa, picture=first)
        if pa == pb
        else _(
            "You chose picture {mine} ({my_picture}); your partner chose picture {theirs} "
            "({their_picture}). Different pictures are common; ask each other what yours means."
        ).format(mine=pa, my_picture=first, theirs=pb, their_picture=second)
    )
    blocks.append(Block(_("Your closeness pictures"), (picture,), style="paragraphs"))
    blocks.append(
        Block(
            _("How to talk about it"),
            (
                _(
                    "Start with what you see alike. Then take turns: one of you explains a difference while "
                    "the other listens and sums up what they heard, before swapping. Differences are "
                    "information, not a score."
                ),
            ),
            style="paragraphs",
        )
    )
    # Every theme is counted in one of the three groups, so the sentence accounts for all six.
    summary = (
        _("You see all six themes alike.")
        if len(agree) == len(THEMES)
        else _(
            "Of the 6 themes, you see {alike} alike, {differ} a little differently, "
            "and {talk} differently enough to be worth talking about."
        ).format(alike=len(agree), differ=len(differ), talk=len(talk))
    )
    rows = [(_(t.name), ours[t], yours[t]) for t in THEMES]
    alt = _("Your scores and your partner's, theme by theme: {scores}.").format(
        scores="; ".join(
            _("{theme} {mine} and {theirs}").format(
                theme=_(t.name), mine=f"{ours[t]:g}", theirs=f"{yours[t]:g}"
            )
            for t in THEMES
        )
    )
    return Result(
        summary=summary,
        blocks=tuple(blocks),
        chart=Chart(paired_bar_chart(rows, (_("You"), _("Your partner")), 1, 5, alt), alt),
    )


WORKSHEET = Worksheet(
    id="checkin",
    # v2 added the page-kept history and today's date; v1 answers carry over unchanged.
    version=2,
    title="Closeness check-in",
    chapter="understanding-emotional-intimacy",
    introduction=(
        "Read each statement and choose how well it describes your relationship right now. "
        "There are no right answers. It takes about three minutes."
    ),
    sections=(
        *(Section(t.name, tuple(_statement(f, text) for f, text in t.statements)) for t in THEMES),
        Section(
            "How close do you feel?",
            (
                OverlapPicture(
                    id="closeness_picture",
                    label="Which picture best shows how close you feel to your partner right now? "
                    "One circle is you, the other is your partner.",
                    point_labels=PICTURES,
                ),
                LongText(
                    id="note",
                    label="Anything you want to remember about today?",
                    required=False,
                    max_length=2000,
                    rows=3,
                ),
                Hidden(id="history", shape="list", max_items=MAX_HISTORY),
                Hidden(id="today", shape="text", fill="today", max_items=10),
            ),
        ),
    ),
    evaluate=evaluate,
    compare=compare,
    progress=progress,
    migrations=(Migration(1),),
    examples=(
        {**{f: 4 for t in THEMES for f, _ in t.statements}, "closeness_picture": 5},
        {
            **{f: (2 if t.key == "listening" else 5) for t in THEMES for f, _ in t.statements},
            "closeness_picture": "3",
            "note": "Tired after the move — wir schaffen das 💪",
            "today": "2026-11-26",
            "history": [
                {"date": "2026-10-01", "themes": {t.key: 3 for t in THEMES}},
                {"date": "2026-11-01", "themes": {t.key: 3.5 for t in THEMES}},
                {"date": "bad", "themes": {}},
            ],
        },
        {
            **{f: str(1 + i % 5) for i, (f, _) in enumerate(f for t in THEMES for f in t.statements)},
            "closeness_picture": 7,
            "note": '<img src=x onerror=alert(1)> """); import js #',
        },
    ),
    examples_in={"es": ({}, {"note": "Mucho cansancio después de la mudanza, pero vamos bien 💪"})},
)
