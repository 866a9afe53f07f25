"""Every page's front matter is read as front matter. MkDocs reads the block between the two `---`
lines as YAML; if it does not parse (a plain value with ": " inside, say), MkDocs keeps it as page
text, and a person sees "title: … description: …" at the top of the page."""

from __future__ import annotations

import pytest
from mkdocs.utils.meta import get_data

from tests.conftest import ROOT

PAGES = sorted(p for p in (ROOT / "docs").rglob("*.md") if p.read_text("utf-8").startswith("---\n"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT / "docs")))
def test_front_matter_is_read_as_metadata(page):
    """The page keeps none of its front matter as text, and gets a title from it."""
    text, meta = get_data(page.read_text("utf-8"))
    assert not text.startswith("---"), "front matter is not valid YAML; MkDocs shows it as text"
    assert meta.get("title"), "front matter has no title"
