"""SVG drawings made by our own code: the closeness picture and charts.

Text placed in SVG is escaped; shapes use CSS classes and currentColor so that light and dark
themes and print all work.
"""

from __future__ import annotations

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


def bar_chart(rows: Sequence[tuple[str, float]], low: float, high: float, title: str) -> str:
    """A horizontal bar chart of labelled values on [low, high]."""
    label_width, bar_width, row_height, top = 190, 250, 30, 28
    height = top + row_height * len(rows) + 6
    width = label_width + bar_width + 50
    parts = [
        f'<svg class="chart chart--bars" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
    ]
    for tick in range(int(low), int(high) + 1):
        x = label_width + bar_width * (tick - low) / (high - low)
        parts.append(
            f'<line class="chart__grid" x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 4}"/>'
        )
        parts.append(
            f'<text class="chart__tick" x="{x:.1f}" y="{top - 10}" text-anchor="middle">{tick}</text>'
        )
    for index, (label, value) in enumerate(rows):
        y = top + index * row_height
        length = bar_width * (value - low) / (high - low)
        parts.append(
            f'<text class="chart__label" x="{label_width - 8}" y="{y + 19}" '
            f'text-anchor="end">{escape(label)}</text>'
        )
        parts.append(
            f'<rect class="chart__bar" x="{label_width}" y="{y + 5}" '
            f'width="{max(length, 2):.1f}" height="{row_height - 10}" rx="3"/>'
        )
        parts.append(
            f'<text class="chart__value" x="{label_width + max(length, 2) + 6:.1f}" '
            f'y="{y + 19}">{value:g}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


# Dash patterns tell the lines apart without relying on colour alone.
_DASHES = ("", "6 3", "2 3", "8 3 2 3", "1 4", "10 4")


def line_chart(
    labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], low: float, high: float, title: str
) -> str:
    """Lines over time: `labels` on the x axis (e.g. dates), one line per named series."""
    left, top, plot_w, plot_h = 40, 16, 420, 180
    legend_top = top + plot_h + 40
    height = legend_top + 20 * ((len(series) + 1) // 2) + 4
    width = left + plot_w + 30
    step = plot_w / max(len(labels) - 1, 1)

    def y_of(value: float) -> float:
        return top + plot_h * (high - value) / (high - low)

    parts = [
        f'<svg class="chart chart--lines" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for tick in range(int(low), int(high) + 1):
        y = y_of(tick)
        parts.append(
            f'<line class="chart__grid" x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}"/>'
        )
        parts.append(
            f'<text class="chart__tick" x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>'
        )
    shown = {0, len(labels) - 1} | set(range(0, len(labels), max(1, len(labels) // 5)))
    for index, label in enumerate(labels):
        if index in shown:
            x = left + step * index
            parts.append(
                f'<text class="chart__tick" x="{x:.1f}" y="{top + plot_h + 18}" text-anchor="middle">'
                f"{escape(label)}</text>"
            )
    for number, (name, values) in enumerate(series):
        dash = _DASHES[number % len(_DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        points = " ".join(f"{left + step * i:.1f},{y_of(v):.1f}" for i, v in enumerate(values))
        css = f"chart__line chart__series-{number % 6}"
        parts.append(f'<polyline class="{css}" points="{points}"{dash_attr}/>')
        lx = left + (number % 2) * 220
        ly = legend_top + 20 * (number // 2)
        parts.append(f'<line class="{css}" x1="{lx}" y1="{ly - 4}" x2="{lx + 28}" y2="{ly - 4}"{dash_attr}/>')
        parts.append(f'<text class="chart__label" x="{lx + 34}" y="{ly}">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
