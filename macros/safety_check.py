"""The safety check before the hard exercises: where it goes (data) and what it says (here).

The build renders the check's full text next to each worksheet that declares one, hidden; the
browser module (safety/) shows it at the declared moment. Everything a person reads, including
the checked hotlines, is written here once, so the browser holds no copy of it.
"""

from __future__ import annotations

import gettext
from html import escape
from pathlib import Path
from typing import Any

import yaml

WHEN = {"start", "submit", "field", "partner"}
ENGLISH = gettext.NullTranslations()


def N_(message: str) -> str:
    """Marks a constant for the pages catalog (macros/page_catalog.py); translated where shown."""
    return message


class SafetyCheckError(ValueError):
    """A declaration names an unknown worksheet or trigger."""


def load_safety_checks(path: Path, worksheet_ids: set[str]) -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    problems = []
    for sheet, spec in data.items():
        if sheet not in worksheet_ids:
            problems.append(f"{sheet}: no such worksheet (known: {', '.join(sorted(worksheet_ids))})")
        if spec.get("when") not in WHEN:
            problems.append(f"{sheet}: when must be one of {sorted(WHEN)}, got {spec.get('when')!r}")
        if spec.get("when") == "field" and not (spec.get("field") and spec.get("values")):
            problems.append(f"{sheet}: when: field needs `field` and `values`")
    if problems:
        raise SafetyCheckError(f"{path}: " + "; ".join(problems))
    return data


def _attributes(sheet: str, spec: dict[str, Any]) -> str:
    attrs = {"data-safety-check": sheet, "data-safety-when": spec["when"]}
    for name in ("action", "field", "prefix"):
        if spec.get(name):
            attrs[f"data-safety-{name}"] = str(spec[name])
    if spec.get("values"):
        attrs["data-safety-values"] = " ".join(spec["values"])
    if spec.get("at_least") is not None:
        attrs["data-safety-at-least"] = str(spec["at_least"])
    return " ".join(f'{name}="{escape(value)}"' for name, value in attrs.items())


# What a person reads. Kind to a couple who are fine, plain for someone who is not; the hotlines
# are the ones checked on the safety page (is-this-for-you.md), and no others.
WORDS = {
    "title": N_("Before you go on: a quick check-in"),
    "why": N_(
        "We ask everyone this before the exercises that go deep or revisit a conflict. They are "
        "written for couples where both people feel safe with each other. Your answer stays on "
        "this page: it is not saved or sent anywhere."
    ),
    "question": N_("Which is closer to how things are for you right now?"),
    "safe": N_("We both feel safe with each other. Carry on"),
    "unsafe": N_("Not really: I feel afraid of my partner, I am being hurt or controlled, or I am in crisis"),
    "skip": N_("Skip this question"),
    "remember": N_("Don't ask me again on this device (only this choice is kept, in this browser)"),
    "help_title": N_("Thank you for telling us"),
    "help": N_(
        "These exercises are not meant for that situation. Sharing feelings, revisiting a fight or "
        "comparing answers with a partner who frightens, hurts or controls you can make things "
        "more dangerous. You deserve support that is about you."
    ),
    "exit": N_("Leave this site now"),
    "close": N_("Close this message"),
}
HOTLINE = "https://www.thehotline.org"
DIRECTORY = "https://findahelpline.com"
QUICK_EXIT = "https://www.bbc.com/weather"  # the same neutral page as the quick exit on every page


def _help_items(root: str, words: gettext.NullTranslations) -> str:
    _ = words.gettext
    items = (
        _("If you are in danger right now, call your local emergency number."),
        _(
            "In the US, the <strong>National Domestic Violence Hotline</strong>: call "
            '<a href="{phone}">1-800-799-7233</a>, or visit <a href="{hotline}" rel="noreferrer">'
            "thehotline.org</a>. It is open 24 hours a day, 7 days a week."
        ).format(hotline=HOTLINE, phone="tel:+18007997233"),
        _(
            "If you are in crisis or thinking about harming yourself, in the US call or text "
            "<strong>988</strong> (the 988 Suicide &amp; Crisis Lifeline)."
        ),
        _(
            "Outside the US, contact your local emergency services, or find a helpline in your country "
            'at <a href="{directory}" rel="noreferrer">Find A Helpline</a>.'
        ).format(directory=DIRECTORY),
    )
    more = _(
        '<p>The <a href="{page}">safety page</a> has more, including how to browse '
        "more safely on a shared device. Leaving quickly does not erase your history.</p>"
    ).format(page=f"{root}is-this-for-you/")
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" + more


def safety_check_html(
    sheet: str, spec: dict[str, Any], root: str, words: gettext.NullTranslations = ENGLISH
) -> str:
    """The check and the help it leads to; hidden until the browser module shows it."""
    w = {key: escape(words.gettext(value)) for key, value in WORDS.items()}
    title, help_title = f"safety-check-{sheet}-title", f"safety-check-{sheet}-help"
    answers = "".join(
        f'<button type="button" class="md-button{" md-button--primary" if key == "safe" else ""}" '
        f'data-safety-answer="{key}">{w[key]}</button>'
        for key in ("safe", "unsafe", "skip")
    )
    ask = (
        f'<div class="safety-check__ask" data-safety-ask><p>{w["why"]}</p>'
        f'<p class="safety-check__question">{w["question"]}</p>'
        f'<div class="safety-check__choices">{answers}</div>'
        f'<p class="safety-check__remember"><label><input type="checkbox" data-safety-remember> '
        f"{w['remember']}</label></p>"
        '<p class="safety-check__status" data-safety-status role="status"></p></div>'
    )
    help_ = (
        f'<div class="safety-check__help" data-safety-help role="region" aria-labelledby="{help_title}" '
        f'hidden><h4 class="safety-check__title" id="{help_title}" tabindex="-1">{w["help_title"]}</h4>'
        f"<p>{w['help']}</p>{_help_items(root, words)}"
        f'<p class="safety-check__choices"><a class="md-button md-button--primary" href="{QUICK_EXIT}" '
        f'data-quick-exit rel="noreferrer">{w["exit"]}</a>'
        f'<button type="button" class="md-button" data-safety-close>{w["close"]}</button></p></div>'
    )
    return (
        f'<section class="safety-check" {_attributes(sheet, spec)} aria-labelledby="{title}" hidden>'
        f'<h3 class="safety-check__title" id="{title}" tabindex="-1">{w["title"]}</h3>{ask}{help_}</section>'
    )
