"""A worksheet as a blank paper handout (HTML for paged media), made from its one declaration.

The same questions as the online form, laid out to be written on: circles to mark, boxes to
tick, lines to write on. Scales that share their points become one grid, as on a printed
questionnaire. Every handout ends with its permanent link and a QR code of it, for the online
version that gives a reflection. Fields the page keeps for Python (Hidden) have nothing to show.
Every declared word passes through the worksheets catalog (`_`), so a handout made inside
`worksheets.i18n.language(lang)` is in that language, like the form on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import escape

import segno

from worksheets import Worksheet
from worksheets.fields import (
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
    Time,
)
from worksheets.i18n import _
from worksheets.library import conversation_deck
from worksheets.svg import overlap_circles

from .book_words import Words

# How a list of choices is set, from the length of its longest label: short words run in one
# line (days of the week), middling ones in three or two columns, long ones one per line.
INLINE_UP_TO = 14
THREE_COLUMNS_UP_TO = 30
# A long list (a feelings vocabulary) takes three columns of smaller type up to longer labels:
# one that wraps once still reads, and Spanish labels run a fifth longer than English ones (the
# repair plan's twelve triggers, up to 45 characters, in two columns made its handout 3 pages).
LONG_LIST = 12
LONG_LIST_COLUMNS_UP_TO = 46
TWO_COLUMNS_UP_TO = 48
# Room to write: a long answer gets at least this many lines, a little more than on screen.
MIN_LINES = 3


@dataclass(frozen=True, slots=True)
class HandoutInfo:
    """Where a handout points and what it belongs to."""

    url: str  # the permanent link, absolute
    chapter: str  # e.g. "Chapter 1: Understanding emotional intimacy"
    site: str  # the site's name, for the running header


def qr_data_uri(url: str) -> str:
    """An SVG QR code of `url` (error correction M: survives a crease or a smudge)."""
    code = segno.make(url, error="m", micro=False)
    return str(code.svg_data_uri(scale=4, border=2, dark="#000", light="#fff"))


def _scale_key(f: Field) -> tuple[object, ...] | None:
    if isinstance(f, Scale) and not isinstance(f, OverlapPicture):
        return (f.low, f.high, f.point_labels, f.low_label, f.high_label)
    return None


def _point_words(f: Scale) -> list[str]:
    return [_(f.point_word(p)) for p in range(f.low, f.high + 1)]


def _optional(f: Field, words: Words) -> str:
    return "" if f.required else f' <span class="h-optional">({escape(words.optional)})</span>'


def _label(f: Field, words: Words) -> str:
    help_text = f'<p class="h-help">{escape(_(f.help))}</p>' if f.help else ""
    return f'<p class="h-label">{escape(_(f.label))}{_optional(f, words)}</p>{help_text}'


def _grid(rows: list[tuple[str, list[Scale]]], words: Words) -> str:
    """Statements as rows, the shared points as columns: mark one circle per row."""
    first = rows[0][1][0]
    points = list(range(first.low, first.high + 1))
    head = "".join(
        f'<th scope="col"><span class="h-num">{p}</span><br>{escape(w)}</th>'
        for p, w in zip(points, _point_words(first), strict=True)
    )
    body = []
    for title, fields in rows:
        if title:
            span = len(points) + 1
            body.append(f'<tr class="h-grid__group"><th colspan="{span}">{escape(_(title))}</th></tr>')
        for f in fields:
            cells = "".join('<td><span class="h-circle"></span></td>' for _ in points)
            body.append(f'<tr><th scope="row">{escape(_(f.label))}{_optional(f, words)}</th>{cells}</tr>')
    return (
        f'<table class="h-grid"><thead><tr><th class="h-grid__hint">{escape(words.mark_one)}</th>{head}'
        f"</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _layout(labels: list[str]) -> str:
    longest = max(len(label) for label in labels)
    if longest <= INLINE_UP_TO or (len(labels) <= 3 and longest <= 2 * INLINE_UP_TO):
        return "h-inline"
    if len(labels) >= LONG_LIST and longest <= LONG_LIST_COLUMNS_UP_TO:
        return "h-columns-3 h-long"
    if longest <= THREE_COLUMNS_UP_TO and len(labels) >= 6:
        return "h-columns-3"
    if longest <= TWO_COLUMNS_UP_TO and len(labels) >= 4:
        return "h-columns-2"
    return "h-stacked"


def _options(items: list[str], mark: str, layout: str) -> str:
    return (
        f'<ul class="h-options {layout}">'
        + "".join(f'<li><span class="{mark}"></span>{i}</li>' for i in items)
        + "</ul>"
    )


def _picture(f: OverlapPicture, words: Words) -> str:
    cells = []
    for p in range(f.low, f.high + 1):
        svg = overlap_circles(p, f.high).replace(
            "<circle ", '<circle fill="none" stroke="#222" stroke-width="1.6" '
        )
        cells.append(f'<li><span class="h-circle"></span> <span class="h-num">{p}</span>{svg}</li>')
    return _label(f, words) + f'<ol class="h-pictures">{"".join(cells)}</ol>'


def _lines(count: int) -> str:
    return '<div class="h-lines">' + '<span class="h-line"></span>' * count + "</div>"


def render_field(f: Field, words: Words) -> str:
    if isinstance(f, Hidden):
        return ""
    if isinstance(f, OverlapPicture):
        body = _picture(f, words)
    elif isinstance(f, Scale):
        points = range(f.low, f.high + 1)
        items = [
            f'<span class="h-num">{p}</span> {escape(w)}'.strip()
            for p, w in zip(points, _point_words(f), strict=True)
        ]
        body = _label(f, words) + _options(items, "h-circle", "h-inline")
    elif isinstance(f, Options):
        multi = isinstance(f, MultiChoice)
        hint = ""
        if isinstance(f, MultiChoice):
            hint = words.tick_up_to(f.max_count) if f.max_count else words.tick_any
        hint_html = f' <span class="h-hint">{escape(hint)}</span>' if hint else ""
        labels = [_(o.label) for o in f.options]
        mark = "h-box" if multi else "h-circle"
        body = _label(f, words).replace("</p>", hint_html + "</p>", 1)
        body += _options([escape(label) for label in labels], mark, _layout(labels))
    elif isinstance(f, LongText):
        body = _label(f, words) + _lines(max(MIN_LINES, f.rows))
    elif isinstance(f, ShortText):
        body = _label(f, words) + _lines(1)
    elif isinstance(f, Number):
        unit = f" {escape(_(f.unit))}" if f.unit else ""
        body = _label(f, words) + f'<p class="h-fill"><span class="h-blank h-blank--short"></span>{unit}</p>'
    elif isinstance(f, Time):
        hint = escape(words.time_hint)
        body = _label(f, words) + f'<p class="h-fill"><span class="h-blank h-blank--short"></span> {hint}</p>'
    elif isinstance(f, Date):
        body = _label(f, words) + '<p class="h-fill"><span class="h-blank"></span></p>'
    else:
        raise TypeError(f"no handout layout for field kind {f.kind!r} ({f.id})")
    return f'<div class="h-field h-field--{f.kind}">{body}</div>'


def _blocks(sheet: Worksheet, words: Words) -> Iterator[str]:
    """Sections in order; runs of scales that share their points are gathered into one grid."""
    grid: list[tuple[str, list[Scale]]] = []
    grid_key: tuple[object, ...] | None = None

    def flush() -> Iterator[str]:
        nonlocal grid, grid_key
        if grid:
            yield _grid(grid, words)
        grid, grid_key = [], None

    for section in sheet.sections:
        shown = [f for f in section.fields if not isinstance(f, Hidden)]
        keys = {_scale_key(f) for f in shown}
        # A section made only of scales with the same points joins (or starts) a grid.
        if len(keys) == 1 and None not in keys and not section.intro:
            key = keys.pop()
            if key != grid_key:
                yield from flush()
                grid_key = key
            grid.append((section.title, [f for f in shown if isinstance(f, Scale)]))
            continue
        yield from flush()
        parts = []
        if section.title:
            parts.append(f'<h3 class="h-section">{escape(_(section.title))}</h3>')
        if section.intro:
            parts.append(f'<p class="h-section-intro">{escape(_(section.intro))}</p>')
        parts.append(_fields(shown, words))
        yield f'<div class="h-block">{"".join(parts)}</div>'
    yield from flush()


def _fields(fields: list[Field], words: Words) -> str:
    """Fields in order; two or more scales in a row with the same points become a grid."""
    out: list[str] = []
    run: list[Scale] = []
    for f in [*fields, None]:
        key = _scale_key(f) if f is not None else None
        if run and key == _scale_key(run[0]) and isinstance(f, Scale):
            run.append(f)
            continue
        if run:
            out.append(_grid([("", run)], words) if len(run) >= 2 else render_field(run[0], words))
            run = []
        if isinstance(f, Scale) and key is not None:
            run = [f]
        elif f is not None:
            out.append(render_field(f, words))
    return "".join(out)


def _deck_cards(sheet: Worksheet, words: Words) -> str:
    """On paper the deck is its cards: every question, by level, to read out in turns."""
    parts = []
    for level, texts in conversation_deck.QUESTIONS.items():
        items = "".join(f"<li>{escape(_(text))}</li>" for text in texts)
        # The level as a word inside the sentence ("light cards", "cartas ligeras"), capital first.
        named = words.deck_level(_(LEVEL_LABELS[level]).lower())
        heading = f'<h3 class="h-section">{escape(named[:1].upper() + named[1:])}</h3>'
        parts.append(f'{heading}<ol class="h-cards">{items}</ol>')
    return f'<p class="h-section-intro">{escape(words.deck_intro)}</p>' + "".join(parts)


# The deck's levels by their option's own label ("Light"), which the catalog translates.
LEVEL_LABELS = {o.value: o.label for o in conversation_deck.LEVELS}

# Worksheets whose paper form needs more than their fields: the extra content, by worksheet id.
EXTRAS: dict[str, Callable[[Worksheet, Words], str]] = {"conversation-deck": _deck_cards}


def handout_html(
    sheet: Worksheet, info: HandoutInfo, words: Words, dom_id: str, compact: bool = False
) -> str:
    """One handout: a section that starts on a new page and carries its permanent link
    (`compact`: set tighter, for one whose words would not fit two pages otherwise)."""
    extra = EXTRAS.get(sheet.id)
    body = "".join(_blocks(sheet, words))
    if extra is not None:
        body += extra(sheet, words)
    url = escape(info.url)
    title = _(sheet.title)
    return (
        f'<section class="{"handout handout--compact" if compact else "handout"}" id="{escape(dom_id)}"'
        f' data-link="{url}" data-site="{escape(info.site)}"'
        f' data-continued="{escape(words.continued)}">'
        f'<header class="h-head"><p class="h-kicker">{escape(words.worksheet)} · {escape(info.chapter)}</p>'
        f'<h2 class="h-title">{escape(title)}</h2>'
        f'<p class="h-intro">{escape(_(sheet.introduction))}</p>'
        f'<p class="h-namedate"><span>{escape(words.name)}</span><span class="h-blank"></span>'
        f'<span>{escape(words.date)}</span><span class="h-blank h-blank--short"></span></p></header>'
        f"{body}"
        f'<aside class="h-online"><img class="h-qr" src="{qr_data_uri(info.url)}" '
        f'alt="{escape(words.qr_alt(title))}">'
        f"<p><strong>{escape(words.online_title)}</strong><br>{escape(words.online_text)}<br>"
        f'<a href="{url}">{url}</a></p></aside>'
        "</section>"
    )
