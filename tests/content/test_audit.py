"""The source audit stays true as the text changes: every citation and rule of thumb in the
guide has an audit row, every row names a real source and points at text that still exists."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from tests.conftest import ROOT

from .claims import DOCS, audit, markers, original_of, pages

BIBLIOGRAPHY = set(yaml.safe_load((DOCS / "data" / "bibliography.yml").read_text(encoding="utf-8")))
GLOSSARY = yaml.safe_load((DOCS / "data" / "glossary.yml").read_text(encoding="utf-8"))
CLAIMS = audit()["claims"]


def keys_of(row: dict) -> set[str]:
    source = row.get("source")
    return set() if source is None else {source} if isinstance(source, str) else set(source)


def rows_for(page: str) -> list[dict]:
    return [row for row in CLAIMS if row["page"] == page]


def every_marker():
    return [m for page in pages() for m in markers(page)]


def translated_pages():
    return [p for p in pages() if original_of(p) is not None]


@pytest.mark.parametrize("page", translated_pages(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_a_translation_carries_the_same_citations_as_its_english_page(page) -> None:
    """A claim is audited once, on the English page: its translation must say it with the same
    sources, in the same order, and mark the same rules of thumb. A claim a translation alone
    makes (e.g. help available in that language) has its own row naming the translated page."""
    original = original_of(page)
    assert original is not None and original.is_file(), f"{page.name}: no English page {original}"
    english = Counter((m.kind, m.keys) for m in markers(original))
    translated = markers(page)
    missing = english - Counter((m.kind, m.keys) for m in translated)
    assert not missing, (
        f"{page.name}: {sorted(missing)} of {original.name} are missing; translate each sentence with the "
        "same cite()/rule_of_thumb() calls"
    )
    extra = Counter((m.kind, m.keys) for m in translated) - english
    for marker in translated:
        if extra[(marker.kind, marker.keys)] and not _own_rows(marker):
            raise AssertionError(
                f"{marker.page}:{marker.line}: a citation only the translation makes needs its own audit row"
            )


def _own_rows(marker) -> list[dict]:
    return [row for row in rows_for(marker.page) if row["anchor"] in marker.vouched]


def _is_translation(marker) -> bool:
    return original_of(ROOT / marker.page) is not None


@pytest.mark.parametrize("marker", every_marker(), ids=lambda m: f"{m.page}:{m.line}:{m.kind}")
def test_every_citation_and_rule_of_thumb_has_an_audit_row(marker) -> None:
    """A cite() or rule_of_thumb() is covered by a row whose anchor opens the text it vouches for
    (on a translated page, by the English page's rows: see the test above)."""
    if _is_translation(marker) and not _own_rows(marker):
        return  # the English page's row covers it; the test above proves the same citations
    rows = _own_rows(marker)
    if marker.kind == "rule_of_thumb":
        assert any(row["verdict"] == "rule-of-thumb" for row in rows), (
            f"{marker.page}:{marker.line}: add an audit row (verdict rule-of-thumb) whose anchor is the "
            "sentence's opening words"
        )
        return
    covered = set().union(*(keys_of(row) for row in rows)) if rows else set()
    assert set(marker.keys) <= covered, (
        f"{marker.page}:{marker.line}: cite({', '.join(marker.keys)}) has no audit row for "
        f"{sorted(set(marker.keys) - covered)}; add one to docs/data/audit.yml with the sentence's "
        "opening words as its anchor"
    )


@pytest.mark.parametrize("key", [k for k, e in GLOSSARY.items() if e.get("cite")])
def test_every_glossary_citation_has_an_audit_row(key: str) -> None:
    entry = GLOSSARY[key]
    rows = [r for r in rows_for("docs/data/glossary.yml") if r["anchor"] in entry["definition"]]
    covered = set().union(*(keys_of(r) for r in rows)) if rows else set()
    assert set(entry["cite"]) <= covered, f"glossary '{key}': no audit row for {set(entry['cite']) - covered}"


@pytest.mark.parametrize("row", CLAIMS, ids=lambda r: f"{r['page']}:{r['anchor'][:30]}")
def test_every_row_names_sources_that_exist(row: dict) -> None:
    assert keys_of(row) <= BIBLIOGRAPHY, f"unknown source key(s) {keys_of(row) - BIBLIOGRAPHY}"
    assert keys_of(row) or row["verdict"] == "rule-of-thumb", "only a rule of thumb may have no source"


@pytest.mark.parametrize("row", CLAIMS, ids=lambda r: f"{r['page']}:{r['anchor'][:30]}")
def test_every_row_points_at_text_that_still_exists(row: dict) -> None:
    text = (ROOT / row["page"]).read_text(encoding="utf-8")
    if row["page"].endswith(".md"):
        text = re.sub(r"\s*\n\s*", " ", text)  # a wrapped line is still one sentence
    assert row["anchor"] in text, f"{row['page']}: the sentence starting {row['anchor']!r} is gone or changed"


def test_rows_are_complete_and_verdicts_known() -> None:
    verdicts = {"confirmed", "corrected", "secondary", "rule-of-thumb"}
    for row in CLAIMS:
        assert {"page", "anchor", "claim", "where", "verdict", "checked"} <= set(row), row
        assert row["verdict"] in verdicts, row


def test_removed_claims_say_why() -> None:
    for row in audit()["removed"]:
        assert row["reason"] and row["claim"] and row["checked"], row
