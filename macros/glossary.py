"""The glossary as data: `term()` links a word to its definition, shown on hover and focus."""

from __future__ import annotations

import gettext
import unicodedata
from html import escape
from itertools import count
from pathlib import Path
from typing import Any

import yaml

_tip_ids = count(1)
ENGLISH = gettext.NullTranslations()


def _alphabetical(term: str) -> str:
    """A sort key that files "Ácido" with the a's, as a dictionary does in any Latin script."""
    return "".join(c for c in unicodedata.normalize("NFD", term.lower()) if not unicodedata.combining(c))


class GlossaryError(ValueError):
    """A page uses a term the glossary lacks, or an entry is malformed."""


def load_glossary(path: Path) -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    problems = [
        f"{key}: needs 'term' and 'definition'"
        for key, entry in data.items()
        if not entry.get("term") or not entry.get("definition")
    ]
    for key, entry in data.items():
        problems += [
            f"{key}: see_also names unknown term '{other}'"
            for other in entry.get("see_also", [])
            if other not in data
        ]
    if problems:
        raise GlossaryError(f"{path}: " + "; ".join(problems))
    return data


def in_sentence(term: str) -> str:
    """A glossary term as it reads inside a sentence: its capital dropped ("Flooding" ->
    "flooding"), unless the capital belongs to the word ("I-statement", "OurRelationship")."""
    first = term.split(maxsplit=1)[0] if term.strip() else term
    if first[1:2].isalpha() and not any(ch.isupper() for ch in first[1:]):
        return term[0].lower() + term[1:]
    return term


def as_written(term: str, text: str) -> str:
    """`term` with the capital, or not, that `text` starts with (a term opening a sentence)."""
    shown = in_sentence(term)
    return shown[0].upper() + shown[1:] if text[:1].isupper() else shown


def term_html(glossary: dict[str, dict[str, Any]], key: str, text: str | None, page: str, root: str) -> str:
    if key not in glossary:
        raise GlossaryError(
            f"{page}: term: unknown glossary key {key!r}. Add it to docs/data/glossary.yml or fix the key."
        )
    entry = glossary[key]
    tip = f"term-tip-{next(_tip_ids)}"
    shown = escape(text or in_sentence(entry["term"]))
    return (
        f'<span class="term"><a class="term__link" href="{root}glossary/#{key}" '
        f'aria-describedby="{tip}">{shown}</a>'
        # Kept out of the search index, so results do not run the definition into the text.
        f'<span class="term__tip" role="tooltip" id="{tip}" data-search-exclude>'
        f"{escape(entry['definition'])}</span></span>"
    )


def glossary_html(glossary: dict[str, dict[str, Any]], words: gettext.NullTranslations = ENGLISH) -> str:
    rows = []
    for key, entry in sorted(glossary.items(), key=lambda item: _alphabetical(item[1]["term"])):
        see = entry.get("see_also", [])
        also = ""
        if see:
            links = ", ".join(f'<a href="#{k}">{escape(glossary[k]["term"])}</a>' for k in see)
            also = f'<p class="glossary__see">{words.gettext("See also: {links}.").format(links=links)}</p>'
        rows.append(
            f'<dt id="{key}">{escape(entry["term"])}</dt><dd><p>{escape(entry["definition"])}</p>{also}</dd>'
        )
    return f'<dl class="glossary">{"".join(rows)}</dl>'
