"""Privacy, proven in the browser: no page asks another website for anything or sets a cookie;
what the site keeps is exactly what the "Your data" page lists; "Erase everything" removes it all.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from worksheets import get

from .conftest import RequestLog
from .helpers import CHECKIN, submit_and_wait, switch_answerer, worksheet
from .test_checkin_story import fill_checkin

pytestmark = pytest.mark.service_worker

# Everything the site may keep, as docs/your-data.md describes it (site at the server's root).
DOCUMENTED_KEYS = re.compile(
    r"^(closer:/:[a-z0-9-]+(:v\d+(:partner)?(:damaged)?)?|closer:/:last-result:[a-z0-9-]+:(self|partner)|/\.__[a-z_]+)$"
)

STORED = """async () => ({
  local: Object.keys(localStorage).sort(),
  session: Object.keys(sessionStorage).sort(),
  caches: "caches" in window ? (await caches.keys()).sort() : [],
  workers: "serviceWorker" in navigator
    ? (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope) : [],
  databases: (await indexedDB.databases()).map((d) => d.name),
  cookie: document.cookie,
})"""


def test_python_contacts_no_other_website_and_sets_no_cookie(
    context: tuple[BrowserContext, RequestLog], page: Page
) -> None:
    """A worksheet with Python running, the service worker keeping the offline copy meanwhile
    (every page and permanent link: test_every_page.py)."""
    ctx, log = context
    page.goto(CHECKIN)
    fill_checkin(page, weakest="time")
    submit_and_wait(worksheet(page, "checkin"))
    page.wait_for_load_state("networkidle")
    assert log.local("pyodide.asm.wasm"), "Python never started, so its requests were not checked"
    assert log.foreign == [], f"requests to other websites: {log.foreign}"
    assert ctx.cookies() == []


def test_your_data_lists_everything_kept_and_erase_removes_it_all(page: Page, site_dir: Path) -> None:
    # Things a reader leaves behind: answers (theirs and a partner's), and the theme's setting.
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    fill_checkin(page, weakest="listening")
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")
    switch_answerer(form, "My partner is answering")
    form.get_by_label("About half overlap").check()
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")
    page.locator('label[title="Switch to dark mode"]').click()
    offline = (site_dir / "sw.js").is_file()
    if offline:  # wait until the offline copy exists, so erasing it is tested too
        page.wait_for_function(
            "async () => (await navigator.serviceWorker.ready) && (await caches.keys()).length > 0"
        )

    page.goto("your-data/")
    section = page.locator("[data-your-data]")
    expect(section.locator("[data-your-data-summary]")).to_contain_text("This site keeps")
    stored = page.evaluate(STORED)
    undocumented = [k for k in stored["local"] + stored["session"] if not DOCUMENTED_KEYS.match(k)]
    assert undocumented == [], f"kept but not described on the Your data page: {undocumented}"
    assert stored["databases"] == [] and stored["cookie"] == ""
    key = f"closer:/:checkin:v{get('checkin').version}"
    assert key in stored["local"] and f"{key}:partner" in stored["local"]
    assert "/.__palette" in stored["local"]
    assert bool(stored["caches"]) == offline and bool(stored["workers"]) == offline
    # The page shows every one of them, with its size.
    items = section.locator("[data-your-data-items] li")
    shown = items.locator("code").all_text_contents()
    assert sorted(shown) == sorted(stored["local"] + stored["session"] + stored["caches"] + stored["workers"])
    checkin = items.filter(has=page.locator("code", has_text=re.compile(f"^{key}$")))
    expect(checkin).to_contain_text(re.compile(r"\d+ bytes|kB"))
    expect(checkin).to_contain_text("last saved")

    # A confirmation step comes first; "No" keeps everything.
    erase = section.get_by_role("button", name="Erase everything…")
    erase.click()
    confirm = section.get_by_role("group", name="Erase everything this site keeps in this browser?")
    expect(confirm).to_be_visible()
    expect(confirm.get_by_role("button", name="No, keep it")).to_be_focused()
    confirm.get_by_role("button", name="No, keep it").click()
    expect(confirm).to_be_hidden()
    expect(erase).to_be_focused()
    assert page.evaluate(STORED)["local"] == stored["local"]

    erase.click()
    confirm.get_by_role("button", name="Yes, erase everything").click()
    status = section.get_by_role("status")
    expect(status).to_contain_text("Erased:")
    expect(section.locator("[data-your-data-summary]")).to_have_text(
        "This site keeps nothing in this browser right now."
    )
    assert page.evaluate(STORED) == {
        "local": [],
        "session": [],
        "caches": [],
        "workers": [],
        "databases": [],
        "cookie": "",
    }
    expect(erase).to_be_disabled()
    # The footer no longer claims an offline copy that was just erased.
    expect(page.locator("[data-offline-status]")).not_to_have_text("Available offline")
