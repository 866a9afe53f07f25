"""Citations as data: in-text labels and APA references from the bibliography file."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.citations import CitationError, Source, load_bibliography, lookup, references_html

ROOT = Path(__file__).resolve().parents[3]


def source(key: str, **entry) -> Source:
    return Source(key, {"type": "article", "year": 2004, "title": "T", "journal": "J", **entry})


def test_in_text_labels_follow_apa() -> None:
    assert source("a", authors=["Neff, K. D."]).in_text() == "Neff, 2004"
    assert source("b", authors=["Heyman, R. E.", "Slep, A. M. S."]).in_text() == "Heyman & Slep, 2004"
    three = source("c", authors=["Gable, S. L.", "Reis, H. T.", "Impett, E. A."])
    assert three.in_text() == "Gable et al., 2004"
    assert three.narrative() == "Gable et al. (2004)"


def test_reference_for_an_article_with_doi() -> None:
    html = source(
        "g", authors=["Gable, S. L.", "Reis, H. T."], volume=87, issue=2, pages="228–245", doi="10.1037/x"
    ).reference_html()
    assert html == (
        "Gable, S. L., &amp; Reis, H. T. (2004). T. <em>J</em>, <em>87</em>(2), 228–245. "
        '<a href="https://doi.org/10.1037/x">https://doi.org/10.1037/x</a>'
    )


def test_more_than_twenty_authors_use_the_apa_ellipsis() -> None:
    authors = [f"Author{n}, A." for n in range(1, 87)]
    html = source("joel", authors=authors).reference_html()
    assert "Author19, A., . . . Author86, A. (2004)." in html and "Author20, A." not in html


def test_the_real_bibliography_loads_and_renders_every_entry() -> None:
    sources = load_bibliography(ROOT / "docs/data/bibliography.yml")
    html = references_html(sources)
    assert all(f'id="ref-{key}"' in html for key in sources)


def test_unknown_keys_name_the_page() -> None:
    with pytest.raises(CitationError, match=r"docs/x.md: cite: unknown citation key\(s\) \['nope'\]"):
        lookup({}, ("nope",), "docs/x.md")


def test_malformed_entries_fail_with_the_key(tmp_path: Path) -> None:
    bad = tmp_path / "b.yml"
    bad.write_text("k1:\n  type: article\n  authors: [A]\n  year: 2000\n  title: T\nk2:\n  type: poem\n")
    with pytest.raises(CitationError, match=r"k1: missing 'journal'; k2: type must be one of"):
        load_bibliography(bad)


def test_reference_for_a_web_page_gives_retrieval_date_and_address() -> None:
    """A helpline's own page, undated: APA's n.d., the date we read it, and its address."""
    page = Source(
        "lifeline",
        {
            "type": "web",
            "authors": ["988 Suicide & Crisis Lifeline"],
            "year": "n.d.",
            "title": "What to expect",
            "url": "https://988lifeline.org/get-help/what-to-expect",
            "accessed": "December 1, 2026",
        },
    )
    assert page.in_text() == "988 Suicide & Crisis Lifeline, n.d."
    assert page.reference_html() == (
        "988 Suicide &amp; Crisis Lifeline (n.d.). <em>What to expect</em>. Retrieved December 1, 2026, from "
        '<a href="https://988lifeline.org/get-help/what-to-expect">https://988lifeline.org/get-help/what-to-expect</a>'
    )
    assert references_html({"lifeline": page}).count("<li") == 1
