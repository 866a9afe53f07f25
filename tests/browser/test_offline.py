"""A reader visits once, then uses the whole guide with no network: chapters, search, a worksheet
with Python's result, a reload. A new version waits for the reader's "Reload", never mixes with
the old one and keeps saved answers. The same holds when the site lives under a sub-path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, Playwright, Request, Route, expect

from tests.conftest import ROOT

from .conftest import CHROMIUM, LAUNCH_ARGS, RequestLog, open_context
from .helpers import CHECKIN, submit_and_wait, worksheet
from .server import SiteServer
from .test_checkin_story import fill_checkin

PRECACHE_TIMEOUT_MS = 60_000
NEW_TEXT = "This sentence is new in the second version of the guide."


class Reader:
    """One browser profile on one site, with every request and every failed request recorded."""

    def __init__(self, context: BrowserContext, log: RequestLog) -> None:
        self.context, self.log = context, log
        self.page = self.context.new_page()
        self.page.set_default_timeout(30_000)
        self.failed: list[str] = []
        self.page.on("requestfailed", self._failed)

    def _failed(self, request: Request) -> None:
        # Leaving a page cancels what it was still loading (ERR_ABORTED): that is not a failure.
        if request.failure != "net::ERR_ABORTED":
            self.failed.append(f"{request.url} ({request.failure})")

    def status(self) -> Locator:
        return self.page.locator("[data-offline-status]")

    def wait_until_available_offline(self) -> None:
        """The footer says so once the service worker has stored every file (about 15 MB)."""
        expect(self.status()).to_have_text("Available offline", timeout=PRECACHE_TIMEOUT_MS)

    def close(self) -> None:
        self.context.close()
        assert self.log.foreign == [], f"requests left 127.0.0.1: {self.log.foreign}"


@pytest.fixture
def reader(browser: Browser, server: SiteServer) -> Iterator[Reader]:
    person = Reader(*open_context(browser, server.url))
    yield person
    person.close()


def read_next_chapters(page: Page, titles: list[str]) -> None:
    for title in titles:
        page.get_by_role("link", name=f"Next: {title}").click()
        expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()


def search_and_open(page: Page, words: str, title: str) -> None:
    box = page.get_by_role("textbox", name="Search")
    box.click()
    box.press_sequentially(words, delay=30)
    results = page.locator(".md-search-result__list")
    results.get_by_role("heading", name=title, exact=True).first.click()
    expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()


def fill_and_get_python_result(page: Page) -> None:
    form = worksheet(page, "checkin")
    fill_checkin(page, weakest="listening")
    result = submit_and_wait(form)
    expect(result.locator(".result__summary")).to_contain_text("listening may be the place to start")


def test_one_visit_makes_the_whole_guide_work_offline(reader: Reader) -> None:
    page = reader.page
    page.goto("")
    reader.wait_until_available_offline()

    reader.context.set_offline(True)
    expect(reader.status()).to_have_text("Offline: everything you have visited still works")
    page.get_by_role("link", name="Start with chapter 1").click()
    read_next_chapters(page, ["Effective communication", "Vulnerability", "Active listening"])
    search_and_open(page, "emotional intimacy", "Understanding emotional intimacy")
    fill_and_get_python_result(page)

    page.reload()
    form = worksheet(page, "checkin")
    expect(form.locator("[data-worksheet-save]")).to_contain_text("are restored")
    expect(reader.status()).to_have_text("Offline: everything you have visited still works")
    # Offline, a request that the offline copy could not answer would have failed.
    assert reader.failed == [], f"requests failed offline: {reader.failed}"
    assert page.evaluate("navigator.serviceWorker.controller !== null")


def installable_profile(playwright: Playwright, url: str, profile: Path) -> tuple[BrowserContext, RequestLog]:
    """Chromium with a real profile (test contexts are incognito, where nothing installs),
    guarded as open_context() does: a request to another origin is recorded and blocked."""
    context = playwright.chromium.launch_persistent_context(
        profile, executable_path=CHROMIUM, args=LAUNCH_ARGS, base_url=url, service_workers="allow"
    )
    parts = urlsplit(url)
    log = RequestLog(f"{parts.scheme}://{parts.netloc}")

    def route(route: Route, request: Request) -> None:
        log.urls.append(request.url)
        if request.url.startswith((log.origin + "/", "data:", "blob:")):
            route.continue_()
        else:
            log.foreign.append(request.url)
            route.abort()

    context.route("**/*", route)
    return context, log


def test_installs_and_works_offline_under_a_sub_path(
    playwright: Playwright, site_dir: Path, tmp_path: Path
) -> None:
    with SiteServer(site_dir, prefix="/closer/") as server:
        person = Reader(*installable_profile(playwright, server.url, tmp_path / "profile"))
        try:
            page = person.page
            page.goto("")
            person.wait_until_available_offline()
            scope = page.evaluate("navigator.serviceWorker.ready.then((r) => r.scope)")
            assert scope == server.url, "the service worker's scope is the site's folder"
            cdp = person.context.new_cdp_session(page)
            assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
            app = cdp.send("Page.getAppManifest")
            assert app["errors"] == [] and app["url"] == f"{server.url}manifest.webmanifest"
            assert app["manifest"]["startUrl"] == server.url == app["manifest"]["scope"]
            person.context.set_offline(True)
            expect(person.status()).to_have_text("Offline: everything you have visited still works")
            page.get_by_role("link", name="Start with chapter 1").click()
            chapter = page.get_by_role("heading", level=1, name="Understanding emotional intimacy")
            expect(chapter).to_be_visible()
            fill_and_get_python_result(page)
            page.reload()
            form = worksheet(page, "checkin")
            expect(form.locator("[data-worksheet-save]")).to_contain_text("are restored")
            assert person.failed == [], f"requests failed offline: {person.failed}"
        finally:
            person.close()


@pytest.fixture(scope="module")
def second_version(tmp_path_factory) -> Path:
    """The project built again with one sentence added to chapter 1: a new deployment."""
    project = tmp_path_factory.mktemp("next-version")
    skip = shutil.ignore_patterns("__pycache__")
    for name in ("docs", "worksheets"):  # copied: flit refuses a package behind a symlink
        shutil.copytree(ROOT / name, project / name, ignore=skip)
    for name in ("macros", "node_modules", "pyproject.toml", "mkdocs.yml"):
        (project / name).symlink_to(ROOT / name)
    chapter = project / "docs/chapters/understanding-emotional-intimacy.md"
    chapter.write_text(chapter.read_text(encoding="utf-8") + f"\n\n{NEW_TEXT}\n", encoding="utf-8")
    out = project / "site"
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    return out


def test_a_new_version_waits_for_reload_and_keeps_answers(
    browser: Browser, site_dir: Path, second_version: Path, tmp_path: Path
) -> None:
    first = tmp_path / "first"
    shutil.copytree(site_dir, first)
    with SiteServer(first) as server:
        person = Reader(*open_context(browser, server.url))
        try:
            page = person.page
            page.goto(CHECKIN)
            person.wait_until_available_offline()
            form = worksheet(page, "checkin")
            form.get_by_label("About half overlap").check()
            expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")

            server.serve_root(second_version)  # the new version is deployed at the same address
            page.reload()
            notice = page.locator("[data-update-notice]")
            expect(notice).to_contain_text("A new version is available", timeout=PRECACHE_TIMEOUT_MS)
            expect(notice).to_have_attribute("aria-live", "polite")
            # Until the reader chooses, the page is all the old version.
            expect(page.get_by_text(NEW_TEXT)).to_have_count(0)

            reload = notice.get_by_role("button", name="Reload")
            reload.focus()  # a plain button: reached with Tab, pressed with Enter
            page.keyboard.press("Enter")
            expect(page.get_by_text(NEW_TEXT)).to_be_visible()
            expect(notice).to_be_empty()
            form = worksheet(page, "checkin")
            expect(form.locator("[data-worksheet-save]")).to_contain_text("are restored")
            expect(form.get_by_label("About half overlap")).to_be_checked()
            expect(person.status()).to_have_text("Available offline")
        finally:
            person.close()
