"""What evaluate returns: plain data the page renders as text, never as HTML (except our SVG)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Score:
    """A named number on a stated range, e.g. Communication 3.5 of 1–5."""

    label: str
    value: float
    low: float
    high: float
    key: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "value": self.value, "low": self.low, "high": self.high}


@dataclass(frozen=True, slots=True)
class Block:
    """A headed group of short paragraphs or list items."""

    heading: str
    items: tuple[str, ...]
    style: str = "list"  # "list" or "paragraphs"

    def to_json(self) -> dict[str, Any]:
        return {"heading": self.heading, "items": list(self.items), "style": self.style}


@dataclass(frozen=True, slots=True)
class Link:
    """A link to a page of the guide; `href` is relative to the site root."""

    text: str
    href: str

    def to_json(self) -> dict[str, str]:
        return {"text": self.text, "href": self.href}


@dataclass(frozen=True, slots=True)
class Chart:
    """An SVG drawing made by our own code, with a text alternative."""

    svg: str
    alt: str

    def to_json(self) -> dict[str, str]:
        return {"svg": self.svg, "alt": self.alt}


@dataclass(frozen=True, slots=True)
class Download:
    """A file the reader can save, made in Python (e.g. a calendar file)."""

    filename: str
    media_type: str
    content: str
    label: str

    def to_json(self) -> dict[str, str]:
        return {
            "filename": self.filename,
            "media_type": self.media_type,
            "content": self.content,
            "label": self.label,
        }


@dataclass(frozen=True, slots=True)
class Result:
    """A worksheet's answer to the reader: a summary first, then details."""

    summary: str
    scores: tuple[Score, ...] = ()
    blocks: tuple[Block, ...] = ()
    chart: Chart | None = None
    more_charts: tuple[Chart, ...] = ()
    links: tuple[Link, ...] = ()
    links_heading: str = ""
    downloads: tuple[Download, ...] = ()
    # Facts for Python's own tests, never sent to the page (the page shows only what a person
    # reads). Only the four text-feedback worksheets still fill it; issue 11 removes it once
    # their tests read the feedback instead.
    data: dict[str, Any] = field(default_factory=dict)
    # Values the page writes back into the form and saves (e.g. an updated history).
    state: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "summary": self.summary,
            "scores": [s.to_json() for s in self.scores],
            "blocks": [b.to_json() for b in self.blocks],
            "chart": self.chart.to_json() if self.chart else None,
            "more_charts": [c.to_json() for c in self.more_charts],
            "links": [link.to_json() for link in self.links],
            "links_heading": self.links_heading,
            "downloads": [d.to_json() for d in self.downloads],
            "state": self.state,
        }
