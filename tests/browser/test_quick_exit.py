"""The quick exit: on screen at every scroll position without covering the text, reachable by
keyboard (Esc twice), it replaces the page on screen; the help text says what it cannot do."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from .test_accessibility import site_pages

# Paragraphs and list items whose visible part (below the sticky header) the exit button covers.
COVERED = """() => {
  const exit = document.querySelector(".quick-exit").getBoundingClientRect();
  const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
  const hit = (r) => r.left < exit.right && r.right > exit.left &&
    Math.max(r.top, header) < exit.bottom && r.bottom > exit.top && r.bottom > header;
  return [...document.querySelectorAll(".md-content :is(p, li, h1, h2, h3, legend, label)")]
    .filter((p) => p.checkVisibility() && hit(p.getBoundingClientRect()))
    .map((p) => p.textContent.trim().slice(0, 50));
}"""


def longest_page(site_dir: Path) -> str:
    pages = [p for p in site_pages(site_dir) if p.endswith("/")]
    return max(pages, key=lambda p: (site_dir / p / "index.html").stat().st_size)


def test_the_exit_never_covers_text_on_a_phone(page: Page, site_dir: Path) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(longest_page(site_dir))  # in either language: the exit's words differ, not its place
    exit_link = page.locator("a.quick-exit")
    height = page.evaluate("document.documentElement.scrollHeight - innerHeight")
    for step in range(10):
        page.evaluate("(y) => window.scrollTo(0, y)", height * step / 9)
        expect(exit_link).to_be_in_viewport()
        assert page.evaluate(COVERED) == [], f"at {step * 100 // 9}% of the page"


def test_escape_twice_leaves_and_replaces_the_page(page: Page) -> None:
    page.goto("")
    page.goto("glossary/")
    # No request may leave the machine: the neutral site is stood in for by one of our pages.
    page.evaluate("document.querySelector('[data-quick-exit]').href = new URL('/about/', location.href).href")
    before = page.evaluate("history.length")
    page.keyboard.press("Escape")
    expect(page).to_have_url(re.compile(r"/glossary/$"))  # one press is not enough
    page.keyboard.press("Escape")
    page.wait_for_url(re.compile(r"/about/$"))
    assert page.evaluate("history.length") == before  # replaced, not added
    page.go_back()
    expect(page).not_to_have_url(re.compile(r"/glossary/$"))


def test_the_help_text_says_where_it_is_and_what_it_cannot_do(page: Page) -> None:
    page.goto("is-this-for-you/")
    text = page.locator(".md-content").inner_text()
    assert "top right corner of every page" in text
    assert "Esc" in text and "twice" in text
    assert "stay in the browser's history" in text
    assert "private window" in text
