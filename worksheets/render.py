"""HTML for a worksheet's form, made at build time from the declaration (the DOM contract).

The form is complete without scripts: readable, printable and fillable. Every piece of text is
escaped and passes through `_` (declarations are English; the catalog gives the page's
language); ids are derived from the worksheet and field ids, which declarations restrict to
[a-z0-9_-].
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from typing import Any

from . import messages
from .fields import (
    Date,
    Field,
    Hidden,
    LongText,
    MultiChoice,
    Number,
    Options,
    OverlapPicture,
    Scale,
    ShortText,
)
from .i18n import _, language
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
        html += f'<p class="field__help" id="{base}-help">{escape(_(f.help))}</p>'
        ids.append(f"{base}-help")
    html += f'<p class="field__error" id="{base}-error" data-field-error="{f.id}" hidden></p>'
    ids.append(f"{base}-error")
    return html, " ".join(ids)


def _required_mark(f: Field) -> str:
    return "" if f.required else f' <span class="field__optional">{escape(_("(optional)"))}</span>'


def _options_group(sheet: Worksheet, f: Field, inputs: list[str], css: str, attrs: str = "") -> str:
    extra, described = _help_and_error(sheet, f)
    return (
        f'<fieldset class="field {css}" data-field="{f.id}" aria-describedby="{described}"{attrs}>'
        f"<legend>{escape(_(f.label))}{_required_mark(f)}</legend>{extra}"
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
    inputs = []
    for point in f.points():
        word = f.point_word(point)
        text = f'<span class="scale__number">{point}</span>'
        if word:
            text += f' <span class="scale__word">{escape(_(word))}</span>'
        inputs.append(_radio(sheet, f, str(point), text))
    return _options_group(sheet, f, inputs, "field--scale")


def _picture(sheet: Worksheet, f: OverlapPicture) -> str:
    inputs = []
    for point in f.points():
        alt = _(f.point_word(point)) if f.point_word(point) else str(point)
        text = (
            f"{overlap_circles(point, f.high)}"
            f'<span class="picture__caption"><span class="scale__number">{point}</span> '
            f"{escape(alt)}</span>"
        )
        inputs.append(_radio(sheet, f, str(point), text))
    return _options_group(sheet, f, inputs, "field--picture")


def _choice(sheet: Worksheet, f: Options) -> str:
    inputs = [_radio(sheet, f, o.value, escape(_(o.label))) for o in f.options]
    return _options_group(sheet, f, inputs, "field--choice")


def _multi(sheet: Worksheet, f: MultiChoice) -> str:
    inputs = [_radio(sheet, f, o.value, escape(_(o.label)), "checkbox") for o in f.options]
    if f.max_count is None or f.max_count >= len(f.options):
        return _options_group(sheet, f, inputs, "field--multi")
    # choice-limits.js disables the other boxes once this many are ticked and shows the note;
    # unticking one enables them again. Python still checks the count.
    note = (
        f'<p class="field__note" id="{_dom_id(sheet, f.id)}-most" data-choice-note aria-live="polite" hidden>'
        f"{escape(messages.most_chosen(f.max_count))}</p>"
    )
    group = _options_group(sheet, f, inputs, "field--multi", f' data-max-choices="{f.max_count}"')
    return group.removesuffix("</fieldset>") + note + "</fieldset>"


def _single(sheet: Worksheet, f: Field, control: str) -> str:
    """A field with one control: its label, help and error slot around `control`."""
    dom = _dom_id(sheet, f.id)
    extra, _described = _help_and_error(sheet, f)
    return (
        f'<div class="field field--{f.kind}" data-field="{f.id}">'
        f'<label class="field__label" for="{dom}">{escape(_(f.label))}{_required_mark(f)}</label>'
        f"{extra}{control}</div>"
    )


def _common(sheet: Worksheet, f: Field) -> str:
    """The attributes every single control carries: id, name, description, required."""
    _html, described = _help_and_error(sheet, f)
    common = f'id="{_dom_id(sheet, f.id)}" name="{f.id}" aria-describedby="{described}"'
    return common + (' aria-required="true"' if f.required else "")


def _count(sheet: Worksheet, f: ShortText) -> str:
    # Filled by limits.js when the text runs over; the browser's maxlength would cut pastes silently.
    dom = _dom_id(sheet, f.id)
    return f'<p class="field__count" id="{dom}-count" data-count-for="{f.id}" aria-live="polite" hidden></p>'


def _short(sheet: Worksheet, f: ShortText) -> str:
    control = (
        f'<input type="text" {_common(sheet, f)} data-max-length="{f.max_length}"'
        f' placeholder="{escape(_(f.placeholder))}" autocomplete="off">'
    )
    return _single(sheet, f, control + _count(sheet, f))


def _long(sheet: Worksheet, f: LongText) -> str:
    control = (
        f'<textarea {_common(sheet, f)} rows="{f.rows}" data-max-length="{f.max_length}"'
        f' placeholder="{escape(_(f.placeholder))}"></textarea>'
    )
    return _single(sheet, f, control + _count(sheet, f))


def _number(sheet: Worksheet, f: Number) -> str:
    control = (
        f'<input type="number" {_common(sheet, f)} min="{f.minimum:g}" max="{f.maximum:g}"'
        f' step="{f.step:g}" inputmode="decimal">'
    )
    if f.unit:
        control += f' <span class="field__unit">{escape(_(f.unit))}</span>'
    return _single(sheet, f, control)


def _time(sheet: Worksheet, f: Field) -> str:
    return _single(sheet, f, f'<input type="time" {_common(sheet, f)}>')


def _date(sheet: Worksheet, f: Date) -> str:
    bounds = (f' min="{f.earliest}"' if f.earliest else "") + (f' max="{f.latest}"' if f.latest else "")
    return _single(sheet, f, f'<input type="date" {_common(sheet, f)}{bounds}>')


def _hidden(sheet: Worksheet, f: Hidden) -> str:
    fill = f' data-fill="{f.fill}"' if f.fill else ""
    return (
        f'<div data-field="{f.id}" hidden><input type="hidden" id="{_dom_id(sheet, f.id)}" '
        f'name="{f.id}" value="" data-hidden="{f.shape}" data-max-items="{f.max_items}"{fill}></div>'
    )


def _buttons(sheet: Worksheet) -> str:
    if not sheet.actions:
        label = escape(_(sheet.submit_label))
        return f'<button type="submit" class="md-button md-button--primary" disabled>{label}</button>'
    buttons = []
    for index, action in enumerate(sheet.actions):
        css = "md-button md-button--primary" if index == 0 else "md-button"
        buttons.append(
            f'<button type="submit" class="{css}" name="action" value="{escape(action.value)}" disabled>'
            f"{escape(_(action.label))}</button>"
        )
    return "".join(buttons)


# One renderer per field kind (Field.kind). A renderer takes the field of its own kind; the
# table is typed loosely because each entry narrows the field type itself.
RENDERERS: dict[str, Callable[[Worksheet, Any], str]] = {
    "scale": _scale,
    "picture": _picture,
    "choice": _choice,
    "multi": _multi,
    "short": _short,
    "long": _long,
    "number": _number,
    "time": _time,
    "date": _date,
    "hidden": _hidden,
}


def render_field(sheet: Worksheet, f: Field) -> str:
    try:
        renderer = RENDERERS[f.kind]
    except KeyError:
        raise TypeError(
            f"worksheets/render.py: no renderer for field kind {f.kind!r} (field {f.id!r} of worksheet "
            f"{sheet.id!r}). Fix: add one to RENDERERS."
        ) from None
    return renderer(sheet, f)


def _section(sheet: Worksheet, section: Section) -> str:
    body = "".join(render_field(sheet, f) for f in section.fields)
    intro = f'<p class="worksheet__section-intro">{escape(_(section.intro))}</p>' if section.intro else ""
    if not section.title:
        return f'<div class="worksheet__section">{intro}{body}</div>'
    return (
        f'<fieldset class="worksheet__section"><legend class="worksheet__section-title">'
        f"{escape(_(section.title))}</legend>{intro}{body}</fieldset>"
    )


def render_form(sheet: Worksheet, heading_level: int = 3, lang: str = "en") -> str:
    """The complete form for one worksheet in `lang` ("en", "es"), following the DOM contract in
    docs/how-it-works.md. Field names and option values are ids: the same in every language."""
    with language(lang):
        return _form(sheet, heading_level)


def _form(sheet: Worksheet, heading_level: int) -> str:
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
        f'<h{level} class="worksheet__title" id="{title_id}">{escape(_(sheet.title))}</h{level}>'
        f'<p class="worksheet__intro">{escape(_(sheet.introduction))}</p>'
        '<p class="worksheet__privacy">'
        + escape(_("Your answers are saved only in this browser, on this device. Nothing is sent anywhere."))
        + "</p>"
        '<div class="worksheet__errors" data-worksheet-errors tabindex="-1" hidden></div>'
        f"{sections}"
        '<div class="worksheet__actions">'
        f"{_buttons(sheet)}"
        '<button type="button" class="md-button" data-action="clear">'
        + escape(_("Clear answers"))
        + "</button></div>"
        '<p class="worksheet__save" data-worksheet-save role="status"></p>'
        '<div class="worksheet__result" data-worksheet-result aria-live="polite"></div>'
        '<noscript><p class="worksheet__noscript">'
        + escape(
            _(
                "This worksheet needs JavaScript to save your answers and show its reflection; "
                "without it, nothing you type is saved or sent. You can still print the page and "
                "fill it in by hand."
            )
        )
        + "</p></noscript></form>"
    )
