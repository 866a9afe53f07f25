"""Where the guide's claims sit: citations, rules of thumb and figures, found in the sources."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from tests.conftest import ROOT

DOCS = ROOT / "docs"
AUDIT = DOCS / "data" / "audit.yml"
# Any macro that vouches for a sentence: a citation, or the rule-of-thumb marker.
MARKER = re.compile(r"\{\{\s*(citet?|rule_of_thumb)\(([^)]*)\)\s*\}\}")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)
WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty"
NUMBER = rf"(?:\d+(?:[.,]\d+)?|{WORDS})"
# A research-style figure: a percentage, or a length of time in minutes or hours.
FIGURE = re.compile(rf"\b{NUMBER}(?:\s*%|\s*(?:-|\s)(?:per\s?cent|percent|minutes?|mins?|hours?)\b)", re.I)
SPEECH = re.compile(r"\"[^\"]*\"|“[^”]*”")
PLACEHOLDER = "\u27e6source\u27e7"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*\[(“\"])")


@dataclass(frozen=True)
class Marker:
    """One cite()/citet()/rule_of_thumb() in a page, with the text it vouches for."""

    page: str
    kind: str
    keys: tuple[str, ...]
    line: int
    vouched: str  # from the previous marker (or the paragraph's start) to the end of this sentence


def audit() -> dict:
    return yaml.safe_load(AUDIT.read_text(encoding="utf-8"))


def pages() -> list[Path]:
    # contributing.md shows the macros as examples; they vouch for nothing.
    return [p for p in sorted(DOCS.rglob("*.md")) if p.name != "contributing.md"]


#: A translated page: `name.<lang>.md` beside the English `name.md` (mkdocs-static-i18n suffix).
TRANSLATION = re.compile(r"^(?P<stem>.+)\.(?P<lang>[a-z]{2})\.md$")


def original_of(path: Path) -> Path | None:
    """The English page a translated page translates (None for an English page)."""
    match = TRANSLATION.match(path.name)
    return path.with_name(f"{match['stem']}.md") if match else None


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def markers(path: Path) -> list[Marker]:
    found = []
    text = FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), path.read_text(encoding="utf-8"))
    for number, line in enumerate(text.splitlines(), 1):
        start = 0
        for match in MARKER.finditer(line):
            keys = tuple(re.findall(r'"([^"]+)"', match.group(2)))
            stop = line.find(". ", match.end())
            vouched = line[start : len(line) if stop < 0 else stop + 1]
            found.append(Marker(rel(path), match.group(1), keys, number, vouched))
            start = match.end()
    return found


def prose_paragraphs(path: Path) -> list[tuple[int, str]]:
    """Paragraphs a reader reads as the guide's own voice: not dialogue, code or front matter."""
    text = FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), path.read_text(encoding="utf-8"))
    text = re.sub(r"\A---\n.*?\n---\n", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return [
        (number, line)
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith((">", "#", "{{ worksheet"))
    ]


def figure_sentences(path: Path) -> list[tuple[int, str, bool]]:
    """(line, figure, marked) for each percentage or minutes/hours figure outside quoted speech.

    `marked` says whether its sentence carries a cite()/citet()/rule_of_thumb(). Macros are set
    aside first (their arguments are quoted) and speech second (it may hold full stops).
    """
    hits = []
    for number, paragraph in prose_paragraphs(path):
        plain = SPEECH.sub("", MARKER.sub(PLACEHOLDER, paragraph))
        for sentence in SENTENCE_END.split(plain):
            for figure in FIGURE.findall(sentence.replace(PLACEHOLDER, "")):
                hits.append((number, figure, PLACEHOLDER in sentence))
    return hits
