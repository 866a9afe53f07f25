"""A Spanish page's browser words come from one shared file (es/closer-catalog.js), loaded before
the page's scripts: from the first thing the worksheet says to "Python está listo", no English
sentence of the catalog ever shows, and the page carries no catalog of its own."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from macros.browser_catalog import browser_catalogs
from tests.conftest import ROOT

from .helpers import CHECKIN, RESULT_TIMEOUT_MS, worksheet

# Every text the worksheet's live regions show, from the first, recorded as it changes.
RECORD_TEXTS = """
window.__shown = [];
new MutationObserver(() => {
  for (const el of document.querySelectorAll("[data-worksheet-result], [data-worksheet-save]")) {
    const text = el.textContent.trim();
    if (text && window.__shown[window.__shown.length - 1] !== text) window.__shown.push(text);
  }
}).observe(document, { subtree: true, childList: true, characterData: true });
"""


def test_the_first_worksheet_speaks_spanish_from_its_first_word(page: Page) -> None:
    messages = browser_catalogs(ROOT)["es"]["messages"]
    # English sentences whose Spanish differs: long enough not to be a name or a shared word.
    english = [key for key, value in messages.items() if value != key and len(key) >= 12 and "{" not in key]
    catalog_loaded: list[str] = []
    page.on(
        "request", lambda r: catalog_loaded.append(r.url) if r.url.endswith("closer-catalog.js") else None
    )
    page.add_init_script(RECORD_TEXTS)
    page.goto("es/" + CHECKIN)
    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()
    expect(form.locator("[data-worksheet-result]")).to_contain_text(
        "Python está listo", timeout=RESULT_TIMEOUT_MS
    )
    shown: list[str] = page.evaluate("window.__shown")
    assert shown, "the worksheet's regions said nothing"
    assert [(text, e) for text in shown for e in english if e in text] == [], "an English sentence showed"
    assert len(catalog_loaded) == 1 and "/es/closer-catalog.js" in catalog_loaded[0]
    assert page.locator('script[type="application/json"]#closer-catalog').count() == 0
