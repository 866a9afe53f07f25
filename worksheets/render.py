"""HTML for a worksheet's form, made at build time from the declaration (the DOM contract).

The form is complete without scripts: readable, printable and fillable. Every piece of text is
escaped; ids are derived from the worksheet and field ids, which declarations restrict to
[a-z0-9_-].
"""

from __future__ import annotations

import re
from html import escape

from .fields import (
    Choice,
    Date,
    Field,
    Hidden,
    LongText,
    MultiChoice,
    Number,
    OverlapPicture,
    Scale,
    ShortText,
    Time,
)
from .sheet import Section, Worksheet
from .svg import overlap_circles


def _dom_id(sheet: Worksheet, *parts: str) -> str:
    return "-".join(("ws", sheet.id, *parts))


def _help_and_error(sheet: Worksheet, f: Field) -> tuple[str, str]:
    """Return (html, aria-describedby ids) for the help text and the (empty) error slot."""
    base = _dom_id(sheet, f.id)
    html = ""
    ids = []
    if f.help:
        html += f'<p class="field__help" id="{base}-help">{escape(f.help)}</p>'
        ids.append(f"{base}-help")
    html += f'<p class="field__error" id="{base}-error" data-field-error="{f.id}" hidden></p>'
    ids.append(f"{base}-error")
    return html, " ".join(ids)


def _required_mark(f: Field) -> str:
    return "" if f.required else ' <span class="field__optional">(optional)</span>'


def _options_group(sheet: Worksheet, f: Field, inputs: list[str], css: str) -> str:
    extra, described = _help_and_error(sheet, f)
    return (
        f'<fieldset class="field {css}" data-field="{f.id}" aria-describedby="{described}">'
        f"<legend>{escape(f.label)}{_required_mark(f)}</legend>{extra}"
        f'<div class="field__options">{"".join(inputs)}</div></fieldset>'
    )


def _radio(sheet: Worksheet, f: Field, value: str, label_html: str, kind: str = "radio") -> str:
    # "opt" keeps option ids apart from the field's own -help and -error ids.
    dom = _dom_id(sheet, f.id, "opt", re.sub(r"[^A-Za-z0-9_-]", "_", value))
    return (
        f'<label class="field__option" for="{dom}">'
        f'<input type="{kind}" id="{dom}" name="{f.id}" value="{escape(value)}">'
        f'<span class="field__option-text">{label_html}</span></label>'
    )


def _scale(sheet: Worksheet, f: Scale) -> str:
    points = range(f.low, f.high + 1)
    words = {f.low: f.low_label, f.high: f.high_label}
    inputs = []
    for point in points:
        word = f.point_labels[point - f.low] if f.point_labels else words.get(point, "")
        text = f'<span class="scale__number">{point}</span>'
        if word:
            text += f' <span class="scale__word">{escape(word)}</span>'
        inputs.append(_radio(sheet, f, str(point), text))
    return _options_group(sheet, f, inputs, "field--scale")


def _picture(sheet: Worksheet, f: OverlapPicture) -> str:
    inputs = []
    for point in range(f.low, f.high + 1):
        alt = f.point_labels[point - f.low] if f.point_labels else str(point)
        text = (
            f"{overlap_circles(point, f.high)}"
            f'<span class="picture__caption"><span class="scale__number">{point}</span> '
            f"{escape(alt)}</span>"
        )
        inputs.append(_radio(sheet, f, str(point), text))
    return _options_group(sheet, f, inputs, "field--picture")


def _choice(sheet: Worksheet, f: Choice) -> str:
    kind = "checkbox" if isinstance(f, MultiChoice) else "radio"
    inputs = [_radio(sheet, f, o.value, escape(o.label), kind) for o in f.options]
    css = "field--multi" if kind == "checkbox" else "field--choice"
    return _options_group(sheet, f, inputs, css)


def _single(sheet: Worksheet, f: Field) -> str:
    dom = _dom_id(sheet, f.id)
    extra, described = _help_and_error(sheet, f)
    common = f'id="{dom}" name="{f.id}" aria-describedby="{described}"'
    if f.required:
        common += ' aria-required="true"'
    if isinstance(f, LongText):
        control = (
            f'<textarea {common} rows="{f.rows}" data-max-length="{f.max_length}"'
            f' placeholder="{escape(f.placeholder)}"></textarea>'
        )
    elif isinstance(f, Number):
        control = (
            f'<input type="number" {common} min="{f.minimum:g}" max="{f.maximum:g}"'
            f' step="{f.step:g}" inputmode="decimal">'
        )
        if f.unit:
            control += f' <span class="field__unit">{escape(f.unit)}</span>'
    elif isinstance(f, Time):
        control = f'<input type="time" {common}>'
    elif isinstance(f, Date):
        control = f'<input type="date" {common}>'
    elif isinstance(f, ShortText):
        control = (
            f'<input type="text" {common} data-max-length="{f.max_length}"'
            f' placeholder="{escape(f.placeholder)}" autocomplete="off">'
        )
    else:
        raise TypeError(f"no renderer for field kind {f.kind!r} ({f.id})")
    if isinstance(f, ShortText):
        # Filled by limits.js when the text runs over; the browser's maxlength would cut pastes silently.
        control += (
            f'<p class="field__count" id="{dom}-count" data-count-for="{f.id}" aria-live="polite" hidden></p>'
        )
    return (
        f'<div class="field field--{f.kind}" data-field="{f.id}">'
        f'<label class="field__label" for="{dom}">{escape(f.label)}{_required_mark(f)}</label>'
        f"{extra}{control}</div>"
    )


def _hidden(sheet: Worksheet, f: Hidden) -> str:
    fill = f' data-fill="{f.fill}"' if f.fill else ""
    return (
        f'<div data-field="{f.id}" hidden><input type="hidden" id="{_dom_id(sheet, f.id)}" '
        f'name="{f.id}" value="" data-hidden="{f.shape}" data-max-items="{f.max_items}"{fill}></div>'
    )


def _buttons(sheet: Worksheet) -> str:
    if not sheet.actions:
        label = escape(sheet.submit_label)
        return f'<button type="submit" class="md-button md-button--primary" disabled>{label}</button>'
    buttons = []
    for index, action in enumerate(sheet.actions):
        css = "md-button md-button--primary" if index == 0 else "md-button"
        buttons.append(
            f'<button type="submit" class="{css}" name="action" value="{escape(action.value)}" disabled>'
            f"{escape(action.label)}</button>"
        )
    return "".join(buttons)


def render_field(sheet: Worksheet, f: Field) -> str:
    if isinstance(f, Hidden):
        return _hidden(sheet, f)
    if isinstance(f, OverlapPicture):
        return _picture(sheet, f)
    if isinstance(f, Scale):
        return _scale(sheet, f)
    if isinstance(f, Choice):
        return _choice(sheet, f)
    return _single(sheet, f)


def _section(sheet: Worksheet, section: Section) -> str:
    body = "".join(render_field(sheet, f) for f in section.fields)
    intro = f'<p class="worksheet__section-intro">{escape(section.intro)}</p>' if section.intro else ""
    if not section.title:
        return f'<div class="worksheet__section">{intro}{body}</div>'
    return (
        f'<fieldset class="worksheet__section"><legend class="worksheet__section-title">'
        f"{escape(section.title)}</legend>{intro}{body}</fieldset>"
    )


def render_form(sheet: Worksheet, heading_level: int = 3) -> str:
    """The complete form for one worksheet, following the DOM contract in docs/how-it-works.md."""
    title_id = _dom_id(sheet, "title")
    level = min(max(heading_level, 2), 6)
    sections = "".join(_section(sheet, s) for s in sheet.sections)
    comparable = ' data-comparable="true"' if sheet.compare else ""
    return (
        f'<form class="worksheet" data-worksheet="{sheet.id}" data-version="{sheet.version}"'
        # No live submission before the page's script mounts the form (scripts off, a failed
        # module load, Enter pressed early): the buttons start disabled and the form has nowhere
        # to go, so answers never reach the host's logs. The script enables the buttons.
        f' id="worksheet-{sheet.id}" aria-labelledby="{title_id}"{comparable} novalidate'
        ' action="about:blank" method="post" data-unmounted>'
        f'<h{level} class="worksheet__title" id="{title_id}">{escape(sheet.title)}</h{level}>'
        f'<p class="worksheet__intro">{escape(sheet.introduction)}</p>'
        '<p class="worksheet__privacy">Your answers are saved only in this browser, on this '
        "device. Nothing is sent anywhere.</p>"
        '<div class="worksheet__errors" data-worksheet-errors tabindex="-1" hidden></div>'
        f"{sections}"
        '<div class="worksheet__actions">'
        f"{_buttons(sheet)}"
        '<button type="button" class="md-button" data-action="clear">Clear answers</button>'
        "</div>"
        '<p class="worksheet__save" data-worksheet-save role="status"></p>'
        '<div class="worksheet__result" data-worksheet-result aria-live="polite"></div>'
        '<noscript><p class="worksheet__noscript">This worksheet needs JavaScript to save your '
        "answers and show its reflection; without it, nothing you type is saved or sent. You can "
        "still print the page and fill it in by hand.</p></noscript>"
        "</form>"
    )
