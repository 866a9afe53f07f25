"""The site works under its Content-Security-Policy (every page carries it: test_every_page.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .helpers import CHECKIN, submit_and_wait, worksheet
from .test_checkin_story import fill_checkin

RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.mark.search
def test_worksheets_and_search_work_under_the_policy(context, page: Page) -> None:
    context[0].add_init_script(RECORD_VIOLATIONS)
    page.goto(CHECKIN)
    fill_checkin(page, weakest="challenges")
    result = submit_and_wait(worksheet(page, "checkin"))
    expect(result.locator("svg.chart")).to_be_visible()
    page.keyboard.press("/")  # Material's search shortcut
    page.get_by_role("textbox", name="Search").press_sequentially("flooding", delay=30)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
    assert page.evaluate("window.__csp") == []
