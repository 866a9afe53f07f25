"""The source audit loader: a malformed row fails the build naming the row and the fix."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from macros.audit import (
    AuditError,
    claims_html,
    load_audit,
    readable_anchor,
    removed_html,
    rule_of_thumb_html,
)

ROW = (
    "  - page: docs/chapters/x.md\n    anchor: In one study\n    claim: A finding.\n"
    "    source: aron1997\n    where: abstract\n    verdict: confirmed\n    checked: 2026-12-01\n"
)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "audit.yml"
    path.write_text(text, encoding="utf-8")
    return path


class TestLoadAudit:
    def test_reads_claims_and_removed_rows(self, tmp_path: Path) -> None:
        """Rows become typed records; a list of keys and a date are read as such."""
        text = "claims:\n" + ROW.replace("source: aron1997", "source: [aron1997, gable2004]")
        text += "removed:\n  - page: docs/a.md\n    claim: Old.\n    reason: Not found.\n"
        text += "    checked: 2026-12-01\n"
        audit = load_audit(write(tmp_path, text), {"aron1997", "gable2004"})
        assert audit.claims[0].sources == ("aron1997", "gable2004")
        assert audit.claims[0].checked == datetime.date(2026, 12, 1)
        assert audit.removed[0].source == "none"

    def test_every_problem_is_named_at_once(self, tmp_path: Path) -> None:
        """Unknown keys, unknown verdicts and missing fields are all reported together."""
        text = "claims:\n" + ROW.replace("aron1997", "nobody2020") + ROW.replace("confirmed", "sure")
        text += "  - page: docs/x.md\n    anchor: Lonely\n"
        with pytest.raises(AuditError) as error:
            load_audit(write(tmp_path, text), {"aron1997"})
        message = str(error.value)
        assert "claims #1 ('In one study'): unknown source key 'nobody2020'" in message
        assert "claims #2 ('In one study'): verdict must be one of" in message
        assert "claims #3 ('Lonely'): missing claim, where, verdict, checked" in message
        assert "docs/contributing.md" in message

    def test_only_a_rule_of_thumb_may_have_no_source(self, tmp_path: Path) -> None:
        text = "claims:\n" + ROW.replace("    source: aron1997\n", "")
        with pytest.raises(AuditError, match="needs a source key"):
            load_audit(write(tmp_path, text), {"aron1997"})
        rule = text.replace("confirmed", "rule-of-thumb")
        assert load_audit(write(tmp_path, rule), set()).claims[0].sources == ()


class TestHtml:
    def test_rule_of_thumb_links_to_its_explanation_and_escapes(self) -> None:
        assert rule_of_thumb_html("a <rough> guide", "../../") == (
            '<a class="rule-of-thumb" href="../../sources-checked/#rules-of-thumb">a &lt;rough&gt; guide</a>'
        )

    def test_tables_link_pages_and_sources_and_escape_text(self, tmp_path: Path) -> None:
        text = "claims:\n" + ROW.replace("A finding.", "A <b>finding</b>.")
        text += "removed:\n  - page: docs/a.md\n    claim: Old.\n    source: X & Y\n    reason: R.\n"
        text += "    checked: 2026-12-01\n"
        audit = load_audit(write(tmp_path, text), {"aron1997"})
        html = claims_html(audit, lambda key: "Aron et al., 1997", "../")
        assert '<a href="../chapters/x/">x</a>: “In one study…”' in html
        assert '<a href="../references/#ref-aron1997">Aron et al., 1997</a>' in html
        assert "A &lt;b&gt;finding&lt;/b&gt;." in html and "<b>" not in html
        assert "X &amp; Y" in removed_html(audit, "../")


@pytest.mark.parametrize(
    ("anchor", "shown"),
    [
        (
            "A common {{ rule_of_thumb() }} is to take a real break",
            "A common rule of thumb is to take a real break",
        ),
        (
            "Su sitio, [988lifeline.org](https://988lifeline.org), dice que",
            "Su sitio, 988lifeline.org, dice que",
        ),
        ("| Inclusion of Other in the Self", "Inclusion of Other in the Self"),
        ("A few minutes is enough.", "A few minutes is enough"),  # the table adds "…"
        ('the {{ term("flooding", "flooded") }} feeling', "the flooded feeling"),
    ],
)
def test_an_anchor_reads_as_the_page_shows_it(anchor: str, shown: str) -> None:
    """The "Sources checked" table quotes each claim's place as a reader sees it, never the
    template code, link address or table pipe the source file holds."""
    assert readable_anchor(anchor) == shown
