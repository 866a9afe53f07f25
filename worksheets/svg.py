"""SVG drawings made by our own code: the closeness picture and charts.

Text placed in SVG is escaped; shapes use CSS classes and currentColor so that light and dark
themes and print all work.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from html import escape


def overlap_circles(step: int, steps: int = 7) -> str:
    """Two circles that overlap more as `step` rises from 1 (apart) to `steps` (nearly one)."""
    radius = 18.0
    # Centre distance runs from apart (2r + gap) to almost coincident (r / 4).
    far, near = 2 * radius + 8, radius / 4
    distance = far - (far - near) * (step - 1) / (steps - 1)
    cx1 = 50 - distance / 2
    cx2 = 50 + distance / 2
    return (
        '<svg class="picture__svg" viewBox="0 0 100 44" width="100" height="44" '
        'aria-hidden="true" focusable="false">'
        f'<circle class="picture__me" cx="{cx1:.1f}" cy="22" r="{radius:g}"/>'
        f'<circle class="picture__partner" cx="{cx2:.1f}" cy="22" r="{radius:g}"/>'
        "</svg>"
    )


# Charts are drawn for the smallest screen first: 320 units wide, so that at 360 px (about 290 px
# of content) 14-unit text renders at 12.6 px or more. Labels sit on their own line above their
# bars, never beside them, so nothing is cut off however long a name is.
WIDTH = 320
FONT = 14
_BAR = 14
_RIGHT = 30  # room for the value written after a full bar


def _open(kind: str, height: float, title: str) -> str:
    return (
        f'<svg class="chart chart--{kind}" viewBox="0 0 {WIDTH} {height:g}" width="100%" '
        f'font-size="{FONT}" role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
    )


def _scale_ticks(low: float, high: float, x0: float, plot_w: float, top: float, bottom: float) -> list[str]:
    parts = []
    for tick in range(int(low), int(high) + 1):
        x = x0 + plot_w * (tick - low) / (high - low)
        parts.append(
            f'<line class="chart__grid" x1="{x:.1f}" y1="{top + 4:g}" x2="{x:.1f}" y2="{bottom:g}"/>'
        )
        parts.append(f'<text class="chart__tick" x="{x:.1f}" y="{top:g}" text-anchor="middle">{tick}</text>')
    return parts


def _hatch(title: str) -> tuple[str, str]:
    """A diagonal-stripe pattern (its id unique to this chart), so a second series differs by more
    than colour."""
    pattern_id = f"chart-hatch-{zlib.crc32(title.encode()):08x}"
    defs = (
        f'<defs><pattern id="{pattern_id}" patternUnits="userSpaceOnUse" width="6" height="6" '
        'patternTransform="rotate(45)">'
        '<rect class="chart__hatch-back" width="6" height="6"/>'
        '<line class="chart__hatch-line" x1="0" y1="0" x2="0" y2="6" stroke-width="3"/>'
        "</pattern></defs>"
    )
    return pattern_id, defs


def _bar(x0: float, y: float, length: float, value: float, css: str, fill: str = "") -> list[str]:
    length = max(length, 2)
    fill_attr = f' fill="url(#{fill})"' if fill else ""
    return [
        f'<rect class="chart__bar {css}" x="{x0:g}" y="{y:g}" width="{length:.1f}" '
        f'height="{_BAR}" rx="2"{fill_attr}/>',
        f'<text class="chart__value" x="{x0 + length + 5:.1f}" y="{y + _BAR - 2:g}">{value:g}</text>',
    ]


def bar_chart(rows: Sequence[tuple[str, float]], low: float, high: float, title: str) -> str:
    """Horizontal bars of labelled values on [low, high], each label on the line above its bar."""
    x0, top, row_h = 4, 18, 42
    plot_w = WIDTH - x0 - _RIGHT
    height = top + 8 + row_h * len(rows)
    parts = [_open("bars", height, title), *_scale_ticks(low, high, x0, plot_w, top - 4, height - 2)]
    for index, (label, value) in enumerate(rows):
        y = top + 8 + index * row_h
        parts.append(f'<text class="chart__label" x="{x0}" y="{y + FONT:g}">{escape(label)}</text>')
        parts += _bar(x0, y + FONT + 6, plot_w * (value - low) / (high - low), value, "chart__bar--0")
    parts.append("</svg>")
    return "".join(parts)


def paired_bar_chart(
    rows: Sequence[tuple[str, float, float]], names: tuple[str, str], low: float, high: float, title: str
) -> str:
    """Two bars per label (e.g. you and your partner): solid and striped, with a legend."""
    x0, row_h = 4, 60
    pattern_id, defs = _hatch(title)
    plot_w = WIDTH - x0 - _RIGHT
    legend = [
        f'<rect class="chart__bar chart__bar--0" x="{x0}" y="4" width="22" height="{_BAR}" rx="2"/>',
        f'<text class="chart__label" x="{x0 + 28}" y="{4 + _BAR - 2}">{escape(names[0])}</text>',
        f'<rect class="chart__bar chart__bar--1" x="{x0 + 120}" y="4" width="22" height="{_BAR}" rx="2" '
        f'fill="url(#{pattern_id})"/>',
        f'<text class="chart__label" x="{x0 + 148}" y="{4 + _BAR - 2}">{escape(names[1])}</text>',
    ]
    top = 44
    height = top + 8 + row_h * len(rows)
    parts = [
        _open("pairs", height, title),
        defs,
        *legend,
        *_scale_ticks(low, high, x0, plot_w, top - 4, height - 2),
    ]
    for index, (label, first, second) in enumerate(rows):
        y = top + 8 + index * row_h
        parts.append(f'<text class="chart__label" x="{x0}" y="{y + FONT:g}">{escape(label)}</text>')
        parts += _bar(x0, y + FONT + 5, plot_w * (first - low) / (high - low), first, "chart__bar--0")
        parts += _bar(
            x0,
            y + FONT + 7 + _BAR,
            plot_w * (second - low) / (high - low),
            second,
            "chart__bar--1",
            pattern_id,
        )
    parts.append("</svg>")
    return "".join(parts)


# Lines differ by colour, by dash pattern and by the shape of their point markers.
_DASHES = ("", "6 3", "2 3", "8 3 2 3", "1 4", "10 4")


def _path(css: str, points: Sequence[tuple[float, float]], closed: bool = True) -> str:
    d = "L".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return f'<path class="{css}" d="M{d}{"Z" if closed else ""}"/>'


def _marker(shape: int, x: float, y: float, css: str) -> str:
    r = 4.5
    if shape == 0:
        return f'<circle class="{css}" cx="{x:.1f}" cy="{y:.1f}" r="{r}"/>'
    if shape == 1:
        return _path(css, [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)])
    if shape == 2:
        return _path(css, [(x, y - r - 1), (x + r + 1, y + r), (x - r - 1, y + r)])
    if shape == 3:
        return _path(css, [(x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y)])
    if shape == 4:  # a cross: two strokes
        return _path(css, [(x - r, y - r), (x + r, y + r)], False) + _path(
            css, [(x + r, y - r), (x - r, y + r)], False
        )
    return _path(css, [(x - r - 1, y + r), (x + r + 1, y + r), (x, y - r - 1), (x, y + r)], False)


def line_chart(
    labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], low: float, high: float, title: str
) -> str:
    """Lines over time: `labels` on the x axis (ISO dates, which the page shows in the reader's own
    style), one line per named series, each point marked, and a legend of one series per line."""
    left, top, plot_h, right = 22, 12, 170, 12
    plot_w = WIDTH - left - right
    legend_top = top + plot_h + 44
    height = legend_top + 22 * len(series)
    step = plot_w / max(len(labels) - 1, 1)
    # Equal lines would hide each other: each series sits a little apart (at most 0.1 of a point).
    spread = 2.0

    def y_of(value: float, number: int) -> float:
        return top + plot_h * (high - value) / (high - low) + (number - (len(series) - 1) / 2) * spread

    parts = [_open("lines", height, title)]
    for tick in range(int(low), int(high) + 1):
        y = top + plot_h * (high - tick) / (high - low)
        parts.append(
            f'<line class="chart__grid" x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}"/>'
        )
        parts.append(
            f'<text class="chart__tick" x="{left - 6}" y="{y + 5:.1f}" text-anchor="end">{tick}</text>'
        )
    # First and last dates always; one between them when there is room.
    last = len(labels) - 1
    shown = {0: "start", last: "end"}
    if last >= 2:
        shown[last // 2] = "middle"
    for index, anchor in sorted(shown.items()):
        x = left + step * index
        if last == 0:
            anchor = "start"
        parts.append(
            f'<text class="chart__tick" x="{x:.1f}" y="{top + plot_h + 24}" text-anchor="{anchor}" '
            f'data-date="{escape(labels[index])}">{escape(labels[index])}</text>'
        )
    for number, (name, values) in enumerate(series):
        dash = _DASHES[number % len(_DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        css = f"chart__series-{number % 6}"
        points = [(left + step * i, y_of(v, number)) for i, v in enumerate(values)]
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(f'<polyline class="chart__line {css}" points="{line}"{dash_attr}/>')
        parts += [_marker(number % 6, x, y, f"chart__marker {css}") for x, y in points]
        ly = legend_top + 22 * number
        parts.append(
            f'<line class="chart__line {css}" x1="{left}" y1="{ly - 5}" '
            f'x2="{left + 34}" y2="{ly - 5}"{dash_attr}/>'
        )
        parts.append(_marker(number % 6, left + 17, ly - 5, f"chart__marker {css}"))
        parts.append(f'<text class="chart__label" x="{left + 42}" y="{ly}">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
