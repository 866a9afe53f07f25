"""My path: a summary across every worksheet on this device, their progress, and next steps.

The page supplies every saved record (the reader's own profile only is used); records are
untrusted JSON and are checked before use. Nothing is judged: done means "has saved answers".
The guide's other worksheets are given to `declare` by the registry, and each says through its
own `progress` what its saved answers add (the check-in: its trend), so nothing here imports a
sibling.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..fields import Date, Hidden, LongText, MultiChoice, Option
from ..i18n import _, ngettext
from ..result import Block, Chart, Download, Link, Result
from ..sheet import Answers, Section, Worksheet

WORKSHEET_ID = "my-path"
# The check-in's six theme keys, only to make the example history below.
_EXAMPLE_THEMES = ("challenges", "communication", "empathy", "listening", "time", "vulnerability")

STEPS = (
    Option("checkin-monthly", "Do the closeness check-in again in a month"),
    Option("i-statements", "Use one I-statement this week instead of a complaint"),
    Option("share-one-thing", "Share one small thing I usually keep to myself"),
    Option("listen-first", "Listen and sum up before I give advice"),
    Option("good-news", "Respond to my partner's good news with questions and warmth"),
    Option("name-feelings", "Name my feeling, and ask about theirs, once a day"),
    Option(
        "pause-when-flooded", "Ask for a pause when I feel flooded, long enough to calm down, and come back"
    ),
    Option("daily-check-in", "Keep a short daily check-in together"),
    Option("weekly-date", "Protect one weekly time for just the two of us"),
    Option("see-a-professional", "Look for a couples therapist or counsellor"),
)


def _own_records(raw: Any) -> dict[str, dict[str, Any]]:
    """Latest well-formed record per worksheet, from the reader's own profile."""
    latest: dict[str, dict[str, Any]] = {}
    for record in raw if isinstance(raw, list) else []:
        if not isinstance(record, dict) or record.get("profile", "self") != "self":
            continue
        sheet, answers = record.get("worksheet"), record.get("answers")
        if not isinstance(sheet, str) or not isinstance(answers, dict) or not answers:
            continue
        updated = record.get("updated") if isinstance(record.get("updated"), str) else ""
        if sheet not in latest or updated > latest[sheet]["updated"]:
            latest[sheet] = {"answers": answers, "updated": updated}
    return latest


def _plan_text(done: list[str], todo: list[str], steps: list[str], own: str, review: str | None) -> str:
    lines = [_("MY PATH (Closer)"), ""]
    lines += [_("Worksheets I have worked on:"), *(f"  - {t}" for t in done or [_("none yet")]), ""]
    lines += [_("Still to try:"), *(f"  - {t}" for t in todo or [_("none")]), ""]
    lines += [_("My next steps:"), *(f"  - {s}" for s in steps), *([f"  - {own}"] if own else []), ""]
    if review:
        lines.append(_("We will look at this again on {day}.").format(day=review))
    return "\r\n".join(lines) + "\r\n"


def evaluate(answers: Answers, sheets: Sequence[Worksheet]) -> Result:
    records = _own_records(answers.get("records"))
    done = [s for s in sheets if s.id in records]
    todo = [s for s in sheets if s.id not in records]
    blocks = [
        Block(
            _("Worksheets you have worked on"),
            tuple(
                _("{title} (last saved {day})").format(
                    title=_(s.title), day=records[s.id]["updated"][:10] or _("earlier")
                )
                for s in done
            )
            or (_("None yet on this device."),),
        )
    ]
    charts: list[Chart] = []
    for sheet in done:
        if sheet.progress is not None:
            shown = sheet.progress(records[sheet.id]["answers"])
            blocks += shown.blocks
            charts += shown.more_charts
    step_labels = [_(o.label) for o in STEPS if o.value in answers["steps"]]
    own = answers.get("own_step") or ""
    review = answers.get("review_on")
    blocks.append(Block(_("Your next steps"), tuple(step_labels) + ((own,) if own else ())))
    if "see-a-professional" in answers["steps"]:
        blocks.append(
            Block(
                _("Finding help"),
                (_("The page “Is this guide for you?” explains when and how to find a professional."),),
                style="paragraphs",
            )
        )
    if review:
        blocks.append(
            Block(
                _("Looking again"),
                (_("You plan to look at this again on {day}.").format(day=review),),
                style="paragraphs",
            )
        )
    chosen = len(step_labels) + (1 if own else 0)
    summary = ngettext(
        "You have worked on {done} of the {total} worksheets on this device, and chosen {chosen} next step.",
        "You have worked on {done} of the {total} worksheets on this device, and chosen {chosen} next steps.",
        chosen,
    ).format(done=len(done), total=len(sheets), chosen=chosen)
    text = _plan_text([_(s.title) for s in done], [_(s.title) for s in todo], step_labels, own, review)
    return Result(
        summary=summary,
        blocks=tuple(blocks),
        more_charts=tuple(charts),
        links=tuple(Link(_(s.title), f"chapters/{s.chapter}/") for s in todo),
        links_heading=_("Worksheets still to try"),
        downloads=(Download(_("my-path.txt"), "text/plain", text, _("Save my path as a text file")),),
    )


def declare(others: Sequence[Worksheet]) -> Worksheet:
    """My path over `others`: the guide's other worksheets, in the guide's order."""
    sheets = tuple(others)
    return Worksheet(
        id=WORKSHEET_ID,
        version=1,
        title="My path",
        chapter="putting-it-together",
        introduction=(
            "A summary of the worksheets you have used on this device, how your check-ins have changed, "
            "and the next steps you choose. Print it or save it as a file."
        ),
        sections=(
            Section(
                "Next steps",
                (
                    MultiChoice(
                        id="steps",
                        label="Choose up to three next steps",
                        options=STEPS,
                        min_count=1,
                        max_count=3,
                    ),
                    LongText(
                        id="own_step",
                        label="A next step in your own words",
                        required=False,
                        max_length=500,
                        rows=2,
                    ),
                    Date(id="review_on", label="When will you look at this again?", required=False),
                    Hidden(id="records", shape="list", fill="records", max_items=200),
                ),
            ),
        ),
        evaluate=lambda answers: evaluate(answers, sheets),
        submit_label="Show my path",
        examples=(
            {"steps": ["checkin-monthly", "listen-first"]},
            {
                "steps": ["weekly-date"],
                "own_step": "Phone-free dinner on Sundays — даже в отпуске",
                "review_on": "2026-12-24",
                "records": [
                    {
                        "worksheet": "checkin",
                        "version": 1,
                        "profile": "self",
                        "updated": "2026-11-26T10:00:00Z",
                        "answers": {
                            "history": [
                                {"date": "2026-10-01", "themes": dict.fromkeys(_EXAMPLE_THEMES, 2)},
                                {"date": "2026-11-26", "themes": dict.fromkeys(_EXAMPLE_THEMES, 4)},
                            ]
                        },
                    },
                    {
                        "worksheet": "i-statement",
                        "version": 1,
                        "updated": "2026-11-20T09:00:00Z",
                        "answers": {"x": 1},
                    },
                    {"worksheet": "checkin", "profile": "partner", "answers": {"note": "hidden"}},
                    "junk",
                ],
            },
            {"steps": ["see-a-professional"], "records": [{"worksheet": 5}, None, {"answers": []}]},
        ),
        examples_in={"es": ({}, {"own_step": "Cenas sin teléfono los domingos, incluso de vacaciones"})},
    )
