"""Spanish quotes the way the RAE asks: «…» first, and “…” only inside them. The catalogs' Spanish
strings, the Spanish pages' prose and the Spanish data files never open a quotation with “ or
with a straight ", so a person reading in Spanish meets one style. English keeps its “…”."""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml
from babel.messages.pofile import read_po

from tests.conftest import ROOT

CATALOGS = (
    "worksheets/locale/es/LC_MESSAGES/worksheets.po",
    "locale/es/LC_MESSAGES/browser.po",
    "locale/es/LC_MESSAGES/pages.po",
)
# In a page, what is syntax and not prose: front matter, code, macros, HTML tags, attribute lists
# and admonition titles (!!! tip "Prueba esto").
_SYNTAX = re.compile(
    r"\A---\n.*?\n---\n|^```.*?^```|`[^`]*`|\{\{.*?\}\}|\{%.*?%\}|<[^>]*>|\{:[^}]*\}"
    r"|^(?:!!!|\?\?\?\+?) [^\n]*$",
    re.M | re.S,
)
# In a catalog string, HTML attributes are syntax too.
_ATTRIBUTE = re.compile(r"<[^>]*>")


def unnested(text: str) -> list[str]:
    """Each quotation in text that opens with “ or " outside «…», with a little context."""
    found = []
    depth = 0
    for at, ch in enumerate(text):
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth = max(0, depth - 1)
        elif ch in '“"' and depth == 0:
            found.append(text[max(0, at - 30) : at + 30])
    return found


def spanish_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every Spanish string of the catalogs and the prose of every Spanish page."""
    for catalog in CATALOGS:
        with (ROOT / catalog).open("rb") as handle:
            for message in read_po(handle, locale="es"):
                if not message.id:
                    continue
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                for string in strings:
                    yield f"{catalog}:{message.lineno}", _ATTRIBUTE.sub("", string or "")
    for page in sorted((ROOT / "docs").rglob("*.es.md")):
        yield str(page.relative_to(ROOT)), _SYNTAX.sub("", page.read_text(encoding="utf-8"))
    # The Spanish data (glossary, safety check…): each text value, as the page shows it.
    for data in sorted((ROOT / "docs" / "data" / "es").glob("*.yml")):
        for value in _strings(yaml.safe_load(data.read_text(encoding="utf-8"))):
            yield str(data.relative_to(ROOT)), _ATTRIBUTE.sub("", value)


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_spanish_quotations_open_with_angle_quotes() -> None:
    found = [f"{where}: …{bit}…" for where, text in spanish_texts() for bit in unnested(text)]
    assert found == []


def test_the_check_finds_what_it_is_for() -> None:
    """An English-style quote is found; «…», “…” inside «…» and syntax are let through."""
    assert unnested("Prueba “¿Me acerco?”")
    assert unnested('Prueba "¿Me acerco?"')
    assert not unnested("Prueba «¿Me acerco?»")
    assert not unnested("Dijo: «Ella me dijo “ya voy” y no vino».")
    assert _SYNTAX.sub("", '!!! tip "Prueba esto"\n{{ worksheet("checkin") }} <a href="x">y</a>') == "\n y"
