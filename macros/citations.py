"""Citations as data: the bibliography file, in-text citations and the APA reference list."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import yaml

# A web page is a service's own page (a helpline's), read to check a number or an option it offers.
REQUIRED = {
    "article": ("journal",),
    "chapter": ("book", "publisher"),
    "book": ("publisher",),
    "web": ("url", "accessed"),
}


class CitationError(ValueError):
    """A page cites a key the bibliography lacks, or an entry is malformed."""


@dataclass(frozen=True)
class Source:
    key: str
    entry: dict[str, Any]

    @property
    def surnames(self) -> list[str]:
        return [name.split(",")[0].strip() for name in self.entry["authors"]]

    def in_text(self) -> str:
        """Author-date label in APA 7 style: one, two, or first author et al."""
        names = self.surnames
        if len(names) == 1:
            who = names[0]
        elif len(names) == 2:
            who = f"{names[0]} & {names[1]}"
        else:
            who = f"{names[0]} et al."
        return f"{who}, {self.entry['year']}"

    def narrative(self) -> str:
        who, year = self.in_text().rsplit(", ", 1)
        return f"{who} ({year})"

    def _authors_html(self) -> str:
        authors = [escape(a) for a in self.entry["authors"]]
        if self.entry.get("authors_incomplete"):
            return ", ".join(authors) + ", et al."
        if len(authors) == 1:
            return authors[0]
        if len(authors) > 20:
            # APA 7: the first nineteen, an ellipsis, then the last author.
            return ", ".join(authors[:19]) + ", . . . " + authors[-1]
        return ", ".join(authors[:-1]) + ", &amp; " + authors[-1]

    def reference_html(self) -> str:
        """One APA reference: authors, year, title, venue, DOI link."""
        e = self.entry
        title = escape(str(e["title"]))
        parts = [f"{self._authors_html()} ({e['year']})."]
        if e["type"] == "article":
            venue = f"<em>{escape(e['journal'])}</em>"
            if e.get("volume"):
                venue += f", <em>{escape(str(e['volume']))}</em>"
                if e.get("issue"):
                    venue += f"({escape(str(e['issue']))})"
            if e.get("pages"):
                venue += f", {escape(str(e['pages']))}"
            parts += [f"{title}.", f"{venue}."]
        elif e["type"] == "chapter":
            editors = e.get("editors", [])
            eds = ""
            if editors:
                eds = " ".join(_initials_first(n) for n in editors[:1])
                if len(editors) == 2:
                    eds = f"{_initials_first(editors[0])} &amp; {_initials_first(editors[1])}"
                elif len(editors) > 2:
                    eds = ", ".join(_initials_first(n) for n in editors[:-1])
                    eds += f", &amp; {_initials_first(editors[-1])}"
                eds += " (Ed.)" if len(editors) == 1 else " (Eds.)"
                eds = f"In {eds}, "
            else:
                eds = "In "
            pages = f" (pp. {escape(str(e['pages']))})" if e.get("pages") else ""
            parts += [f"{title}.", f"{eds}<em>{escape(e['book'])}</em>{pages}.", f"{escape(e['publisher'])}."]
        elif e["type"] == "web":
            # APA 7 for a page that changes over time: retrieval date, then the address.
            url, accessed = escape(str(e["url"])), escape(str(e["accessed"]))
            parts += [f"<em>{title}</em>.", f'Retrieved {accessed}, from <a href="{url}">{url}</a>']
        else:
            parts += [f"<em>{title}</em>.", f"{escape(e['publisher'])}."]
        if e.get("doi"):
            doi = escape(str(e["doi"]))
            parts.append(f'<a href="https://doi.org/{doi}">https://doi.org/{doi}</a>')
        return " ".join(parts)


def _initials_first(name: str) -> str:
    surname, _, initials = name.partition(",")
    return escape(f"{initials.strip()} {surname.strip()}".strip())


def load_bibliography(path: Path) -> dict[str, Source]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    problems = []
    for key, entry in data.items():
        kind = entry.get("type")
        if kind not in REQUIRED:
            problems.append(f"{key}: type must be one of {sorted(REQUIRED)}, got {kind!r}")
            continue
        for name in ("authors", "year", "title", *REQUIRED[kind]):
            if not entry.get(name):
                problems.append(f"{key}: missing '{name}'")
    if problems:
        raise CitationError(f"{path}: " + "; ".join(problems))
    return {key: Source(key, entry) for key, entry in data.items()}


def _sort_key(source: Source) -> tuple[str, int, str]:
    year = str(source.entry["year"])  # a web page may be undated: "n.d." sorts after dated works
    return (" ".join(source.surnames).lower(), int(year) if year.isdigit() else 9999, source.key)


def references_html(sources: dict[str, Source]) -> str:
    items = "".join(
        f'<li id="ref-{s.key}" class="reference">{s.reference_html()}</li>'
        for s in sorted(sources.values(), key=_sort_key)
    )
    return f'<ol class="references">{items}</ol>'


def lookup(sources: dict[str, Source], keys: tuple[str, ...], page: str) -> list[Source]:
    unknown = [k for k in keys if k not in sources]
    if unknown or not keys:
        raise CitationError(
            f"{page}: cite: unknown citation key(s) {unknown or '(none given)'}. Add the source to "
            "docs/data/bibliography.yml or fix the key."
        )
    return [sources[k] for k in keys]
