"""Measure a chapter's prose: the words a reader reads, without markup, macros or code."""

from __future__ import annotations

import re
import sys
from pathlib import Path

_MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_FENCE = re.compile(r"^```.*?^```", re.S | re.M)
_HTML = re.compile(r"<[^>]+>")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ADMONITION = re.compile(r"^\s*(!!!|\?\?\?\+?)\s*\w+(\s+\"[^\"]*\")?\s*$", re.M)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_MARKS = re.compile(r"[#*_>|`]+")
_ATTR = re.compile(r"\{[:.#][^}]*\}")


def plain_text(markdown: str) -> str:
    """Return the readable prose of a Markdown page."""
    text = _FRONT_MATTER.sub("", markdown)
    text = _FENCE.sub("", text)
    text = _MACRO.sub("", text)
    text = _HTML.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _ADMONITION.sub("", text)
    text = _ATTR.sub("", text)
    # Join wrapped lines into their paragraph or list item; end each unit with a stop so a
    # heading or list item does not run into the next sentence.
    units: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        starts_unit = re.match(r"^(#+\s|[-*+]\s|\d+[.)]\s|>|\|)", stripped)
        if not stripped:
            units.append("")
        elif starts_unit or not units or not units[-1]:
            units.append(stripped)
        else:
            units[-1] += " " + stripped
    lines = [_MARKS.sub(" ", unit).strip(" -\t") for unit in units]
    lines = [line if not line or line[-1] in ".!?:;" else line + "." for line in lines]
    return "\n".join(lines)


def word_count(markdown: str) -> int:
    return len(re.findall(r"[A-Za-z0-9’']+", plain_text(markdown)))


def reading_grade(markdown: str) -> float:
    import textstat

    return float(textstat.flesch_kincaid_grade(plain_text(markdown)))


if __name__ == "__main__":
    for name in sys.argv[1:]:
        source = Path(name).read_text(encoding="utf-8")
        print(f"{name}: {word_count(source)} words, grade {reading_grade(source):.1f}")
