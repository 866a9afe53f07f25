"""No page can send answers to the host: forms start with disabled submit buttons, the policy
forbids form submission, and no page tells another site where the reader came from."""

from __future__ import annotations

import re
from pathlib import Path


def pages(site_dir: Path) -> list[Path]:
    return [p for p in site_dir.rglob("*.html") if "assets" not in p.relative_to(site_dir).parts]


def test_every_page_forbids_form_submission_and_sends_no_referrer(site_dir: Path) -> None:
    for page in pages(site_dir):
        html = page.read_text(encoding="utf-8")
        assert "form-action 'none'" in html, page
        assert html.count('<meta name="referrer" content="no-referrer">') == 1, page


def test_worksheet_forms_cannot_submit_before_their_script_mounts_them(site_dir: Path) -> None:
    html = (site_dir / "chapters/effective-communication/index.html").read_text(encoding="utf-8")
    form = re.search(r'<form class="worksheet" data-worksheet="i-statement"[^>]*>', html)
    assert form is not None
    assert 'action="about:blank"' in form.group(0) and "data-unmounted" in form.group(0)
    body = html[form.start() : html.index("</form>", form.start())]
    submits = re.findall(r'<button type="submit"[^>]*>', body)
    assert submits and all(" disabled" in b for b in submits)
    assert "nothing you type is saved or sent" in body
