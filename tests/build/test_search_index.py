"""Search results read as the page does: a glossary term's pop-up definition is kept out of the
search index, so a result never runs it into the text ("stonewallingShutting down…")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from tests.conftest import ROOT


def test_glossary_tips_are_not_in_the_chapters_search_text(site_dir: Path) -> None:
    glossary = yaml.safe_load((ROOT / "docs" / "data" / "glossary.yml").read_text(encoding="utf-8"))
    # The symptom: the term's last letter runs straight into its definition.
    definitions = [re.compile(r"\w" + re.escape(entry["definition"][:40])) for entry in glossary.values()]
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    chapters = [doc for doc in index["docs"] if doc["location"].startswith("chapters/")]
    assert chapters, "no chapter in the search index"
    leaked = [(doc["location"], d.pattern) for doc in chapters for d in definitions if d.search(doc["text"])]
    assert leaked == []
