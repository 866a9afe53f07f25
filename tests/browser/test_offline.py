"""A reader visits once and can read with no network; after one online use of a worksheet (or on
request), the worksheets work offline too, and Python was downloaded once. A new version waits for
the reader's "Reload", never mixes with the old one and keeps saved answers. The same holds when
the site lives under a sub-path."""

from __future__ import annotations

import os
import re
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
from .server import SiteHandler, SiteServer
from .test_checkin_story import fill_checkin
from .test_python_start import wait_for_snapshot

pytestmark = pytest.mark.service_worker

PRECACHE_TIMEOUT_MS = 60_000
READING = "Reading available offline"
EVERYTHING = "Everything, worksheets too, available offline"
OFFLINE_READING = "Offline: the pages you have visited still work; the worksheets need one online start"
OFFLINE_EVERYTHING = "Offline: everything you have visited still works, worksheets too"
NEW_TEXT = "This sentence is new in the second version of the guide."


class _CountingHandler(SiteHandler):
    def do_GET(self) -> None:
        self.server.served.append(self.path)  # type: ignore[attr-defined]
        super().do_GET()


class CountingServer(SiteServer):
    """Records every path it served, whoever asked: the page, its worker or the service worker."""

    handler = _CountingHandler

    def __enter__(self) -> CountingServer:
        self.httpd.served = []  # type: ignore[attr-defined]
        return super().__enter__()  # type: ignore[return-value]

    @property
    def served(self) -> list[str]:
        return self.httpd.served  # type: ignore[attr-defined]


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
        # Any other failure is, the sitemaps included: each language's is precached, and no page
        # asks for one beside another language's page (macros/sitemaps.py).
        if request.failure == "net::ERR_ABORTED":
            return
        self.failed.append(f"{request.url} ({request.failure})")

    def status(self) -> Locator:
        return self.page.locator("[data-offline-status]")

    def wait_until_available_offline(self) -> None:
        """The footer says so once the service worker has stored what reading needs."""
        expect(self.status()).to_have_text(READING, timeout=PRECACHE_TIMEOUT_MS)

    def wait_until_worksheets_offline(self) -> None:
        expect(self.status()).to_have_text(EVERYTHING, timeout=PRECACHE_TIMEOUT_MS)

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


def test_two_pages_make_reading_work_offline_and_a_worksheet_asks_for_one_online_start(
    reader: Reader,
) -> None:
    page = reader.page
    page.goto("")
    reader.wait_until_available_offline()
    page.goto("use-offline/")
    expect(page.get_by_role("heading", level=1, name="Use it offline")).to_be_visible()
    python = [u for u in reader.log.urls + reader.log.precached if "/assets/pyodide/" in u]
    assert python == [], "Python was downloaded for a reader who opened no worksheet"

    reader.context.set_offline(True)
    expect(reader.status()).to_have_text(OFFLINE_READING)
    page.goto("")
    page.get_by_role("link", name="Start with chapter 1").click()
    read_next_chapters(page, ["Effective communication", "Vulnerability"])
    search_and_open(page, "emotional intimacy", "Understanding emotional intimacy")
    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_contain_text("The worksheets need one online start", timeout=30_000)
    expect(result).to_contain_text("Your answers are kept.")
    expect(result.get_by_role("button", name="Try again")).to_be_visible()
    assert page.evaluate("navigator.serviceWorker.controller !== null")


def test_after_one_online_use_the_worksheets_work_offline_and_python_came_once(
    browser: Browser, site_dir: Path
) -> None:
    with CountingServer(site_dir) as server:
        person = Reader(*open_context(browser, server.url))
        try:
            page = person.page
            page.goto(CHECKIN)
            person.wait_until_available_offline()
            fill_and_get_python_result(page)
            person.wait_until_worksheets_offline()
            wait_for_snapshot(page)  # so the offline start below is also the quick one

            # Online, the worker asks the HTTP cache first ("only-if-cached"); a miss is a
            # failed request by design. From here on, any failure is a gap in the offline copy.
            person.failed.clear()
            person.context.set_offline(True)
            expect(person.status()).to_have_text(OFFLINE_EVERYTHING)
            page.reload()
            form = worksheet(page, "checkin")
            expect(form.locator("[data-worksheet-save]")).to_contain_text("are restored")
            result = submit_and_wait(form)
            expect(result.locator(".result__summary")).to_contain_text("listening may be the place to start")
            assert person.failed == [], f"requests failed offline: {person.failed}"
            core = [path for path in server.served if path.endswith("pyodide.asm.wasm")]
            assert len(core) == 1, f"Pyodide's core was downloaded {len(core)} times: {core}"
        finally:
            person.close()


def test_make_the_worksheets_available_offline_on_request(reader: Reader) -> None:
    page = reader.page
    page.goto("use-offline/")
    reader.wait_until_available_offline()
    content = page.locator(".md-content")
    place = content.locator("[data-keep-worksheets-here]")
    status = place.get_by_role("status")
    expect(status).to_have_text("")
    place.get_by_role("button", name="Make the worksheets available offline").click()
    # In the button's place, a polite status says what is happening, then the outcome.
    expect(status).to_have_attribute("aria-live", "polite")
    expect(status).to_have_text(
        re.compile(r"^(Downloading the worksheets for offline use…|Done: everything, worksheets too, .*)$")
    )
    expect(status).to_have_text(
        "Done: everything, worksheets too, is available offline on this device.", timeout=PRECACHE_TIMEOUT_MS
    )
    reader.wait_until_worksheets_offline()
    expect(place.get_by_role("button", name="Make the worksheets available offline")).to_be_hidden()
    expect(reader.status()).to_have_attribute("aria-live", "off")  # said once, where it was pressed
    page.reload()  # on a later visit, no "Done": it simply says so
    expect(status).to_have_text("Everything, worksheets too, is available offline on this device.")
    reader.context.set_offline(True)
    page.goto(CHECKIN)
    fill_and_get_python_result(page)


SAVE_DATA = "Object.defineProperty(NetworkInformation.prototype, 'saveData', { get: () => true });"


def test_save_data_keeps_python_out_of_the_background(reader: Reader) -> None:
    """With Save-Data, a worksheet still works, but nothing is kept for offline use unasked."""
    reader.context.add_init_script(SAVE_DATA)
    page = reader.page
    page.goto(CHECKIN)
    reader.wait_until_available_offline()
    assert page.evaluate("navigator.connection.saveData") is True
    fill_and_get_python_result(page)
    page.goto("use-offline/")  # the page's idle work (keeping, if it were allowed) has had its turn
    expect(reader.status()).to_have_text(READING)
    kept = page.evaluate(
        "async () => { const name = (await caches.keys()).find((n) => n.startsWith('closer-runtime-'));"
        " return name ? (await (await caches.open(name)).keys()).length : 0; }"
    )
    assert kept == 0, "Python was kept for offline use although the browser asked to save data"


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
            page.goto(CHECKIN)
            fill_and_get_python_result(page)  # one online use keeps the worksheets too
            person.wait_until_worksheets_offline()
            scope = page.evaluate("navigator.serviceWorker.ready.then((r) => r.scope)")
            assert scope == server.url, "the service worker's scope is the site's folder"
            cdp = person.context.new_cdp_session(page)
            assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
            app = cdp.send("Page.getAppManifest")
            assert app["errors"] == [] and app["url"] == f"{server.url}manifest.webmanifest"
            assert app["manifest"]["startUrl"] == server.url == app["manifest"]["scope"]
            person.failed.clear()  # online cache probes are expected misses (see above)
            person.context.set_offline(True)
            expect(person.status()).to_have_text(OFFLINE_EVERYTHING)
            page.goto("")
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
            expect(person.status()).to_have_text(re.compile(r"available offline$"))
        finally:
            person.close()
