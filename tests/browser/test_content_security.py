"""The Content-Security-Policy is present on every page, and the site works under it."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from .helpers import CHECKIN, submit_and_wait, worksheet
from .test_checkin_story import fill_checkin

RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


def pages(site_dir: Path) -> list[str]:
    found = []
    for index in sorted(site_dir.rglob("index.html")):
        rel = index.parent.relative_to(site_dir).as_posix()
        if "assets" not in rel:
            found.append("" if rel == "." else rel + "/")
    return found


def test_every_page_loads_without_a_policy_violation(context, page: Page, site_dir: Path) -> None:
    context[0].add_init_script(RECORD_VIOLATIONS)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in pages(site_dir):
        page.goto(path, wait_until="networkidle")
        policy = page.locator('meta[http-equiv="Content-Security-Policy"]')
        expect(policy).to_have_count(1)
        content = policy.get_attribute("content")
        assert "script-src 'self' 'wasm-unsafe-eval'" in content and "'unsafe-inline'" not in content
        assert page.evaluate("window.__csp") == [], path
    assert errors == []


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
