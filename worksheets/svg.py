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
