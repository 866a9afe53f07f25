"""A helpline's number is a link that calls it (tel:), and it never splits across two lines at
its hyphens on a phone ("1-800-" / "799-7233"): docs/assets/css/closer.css keeps tel: links
whole. The audit of sources ("Sources checked") quotes claims, not numbers to call."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import ROOT

_NUMBER = re.compile(r"\b1-\d{3}-\d{3}-\d{4}\b")
_TEL_LINK = re.compile(r'<a href="tel:\+1\d{10}">(1-\d{3}-\d{3}-\d{4})</a>')
QUOTES_CLAIMS = ("sources-checked",)


def test_every_helpline_number_on_a_page_is_a_link_that_calls_it(site_dir: Path) -> None:
    plain = []
    for page in sorted(site_dir.rglob("index.html")):
        where = str(page.relative_to(site_dir))
        if any(part in where for part in QUOTES_CLAIMS) or "/print/" in f"/{where}":
            continue
        text = _TEL_LINK.sub("", page.read_text(encoding="utf-8"))
        plain += [f"{where}: {number}" for number in _NUMBER.findall(text)]
    assert plain == []


def test_a_number_to_call_stays_on_one_line() -> None:
    css = (ROOT / "docs" / "assets" / "css" / "closer.css").read_text(encoding="utf-8")
    assert re.search(r'a\[href\^="tel:"\]\s*\{\s*white-space:\s*nowrap;', css)
