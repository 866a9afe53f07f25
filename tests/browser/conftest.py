"""Browser fixtures: Debian's Chromium driven by Playwright against the built site on loopback.

Every request a page makes is recorded; any request to another origin fails the test, so the
site is proven to work with nothing but its own files. Chromium cannot resolve any host but
127.0.0.1 (LAUNCH_ARGS), so no request can leave the machine. No catch-all route: Playwright
turns the HTTP cache off in a context that routes, and every request would cross to Python.

Service workers are blocked unless a test is marked `service_worker` (the offline copy, and
erasing it): the offline copy a first visit makes costs every other test about 2 s of CPU for
files it never reads.

Material's search index is served empty unless a test is marked `search` or `service_worker`:
every full page load makes the search worker index every page of both languages, about half a
second of CPU that a test which never searches spends for nothing.

Python starts as on a reader's second visit: each new context is given the memory snapshot a
first start made once in this session (snapshot_seed.py), so a test waits about half a second
for Python instead of a cold start's 3-20 s. Tests of the first start itself are marked
`cold_python` and get no seed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Generator, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from tests.stuck import StuckWatch

from .server import SiteServer, empty_search_index
from .snapshot_seed import SCRIPTLESS_PAGE, SnapshotSeed

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Nothing but the test server resolves: a request to another origin fails at once, here.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]

# What a person sees after a click can take longer than Playwright's 5 s default on a busy 2-core
# machine, or with two test workers; Python's start has its own RESULT_TIMEOUT_MS (helpers.py).
# A passing check returns as soon as the page shows it, so this costs nothing when all is well.
expect.set_options(timeout=15_000)


_stuck = StuckWatch()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    _stuck.start(item.nodeid)
    try:
        yield
    finally:
        _stuck.stop()


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (`apt-get install -y chromium`)")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def server(site_dir: Path) -> Iterator[SiteServer]:
    with SiteServer(site_dir) as running:
        yield running


class RequestLog:
    """Every URL requested in a context, and those that tried to leave the site's origin."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.urls: list[str] = []
        self.foreign: list[str] = []
        self.precached: list[str] = []  # what the service worker fetched for the offline copy

    def local(self, fragment: str) -> list[str]:
        """What the page itself requested (not the service worker's offline copy)."""
        return [u for u in self.urls if fragment in u]


#: Playwright's service_workers option for the running test's contexts (_profile_defaults).
_service_workers = "block"


def open_context(
    browser: Browser, base_url: str, *, seed: bool = True, **options: object
) -> tuple[BrowserContext, RequestLog]:
    """A new, empty browser profile; with `seed`, holding the session's Python snapshot (if made)."""
    parts = urlsplit(base_url)
    origin = f"{parts.scheme}://{parts.netloc}"
    log = RequestLog(origin)
    options.setdefault("service_workers", _service_workers)
    context = browser.new_context(base_url=base_url, **options)
    if seed:
        SnapshotSeed.current().plant(context, base_url)

    def record(request) -> None:
        # Every request, including those the service worker makes for the offline copy.
        url = request.url
        if url.startswith(("data:", "blob:")):
            return
        (log.precached if request.service_worker else log.urls).append(url)
        if not url.startswith(origin + "/"):
            log.foreign.append(url)

    context.on("request", record)
    return context, log


@pytest.fixture(scope="session")
def snapshot_seed(
    browser: Browser, server: SiteServer, tmp_path_factory: pytest.TempPathFactory
) -> SnapshotSeed:
    """The Python snapshot every seeded context starts with: made once per run, by a real first
    start, in a folder all test workers share."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if "PYTEST_XDIST_WORKER" in os.environ else base
    return SnapshotSeed.shared(browser, server, shared / "snapshot-seed")


@pytest.fixture(scope="session")
def empty_search(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return empty_search_index(site_dir, tmp_path_factory.mktemp("search"))


@pytest.fixture(autouse=True)
def _profile_defaults(request: pytest.FixtureRequest, empty_search: Path) -> Iterator[None]:
    """What every context this test opens starts with: Python's snapshot unless marked
    cold_python; service workers blocked unless marked service_worker; an empty search index
    unless marked search or service_worker (the offline copy is measured as a reader gets it)."""
    marked = {mark.name for mark in request.node.iter_markers()}
    cold = "cold_python" in marked
    if not cold:
        request.getfixturevalue("snapshot_seed")
    SnapshotSeed.enabled = not cold
    global _service_workers
    _service_workers = "allow" if "service_worker" in marked else "block"
    real_site = {"search", "service_worker"} & marked
    SiteServer.search_index_stand_in = None if real_site else empty_search
    yield
    SnapshotSeed.enabled, _service_workers = True, "block"
    SiteServer.search_index_stand_in = None


#: Tests marked with any of these get a profile of their own (the shared one has a warm HTTP
#: cache, the snapshot, no service worker and Material's search as the stand-in serves it).
OWN_PROFILE_MARKS = {"cold_python", "service_worker", "search", "own_profile"}

# The planted snapshot (snapshot_seed.py) stays when it is still the one planted: a cache holding
# that one entry, marked as the seed. Anything else (dropped, replaced, another entry) goes.
WIPE = """async (seed) => {
  const untouched = async (name) => {
    if (!seed || name !== seed.name) return false;
    const cache = await caches.open(name);
    const entries = await cache.keys();
    if (entries.length !== 1 || entries[0].url !== seed.url) return false;
    const response = await cache.match(entries[0]);
    return response?.headers.get(seed.header) === seed.token;
  };
  const wipe = async () => {
    localStorage.clear();
    sessionStorage.clear();
    for (const { name } of await indexedDB.databases()) {
      await new Promise((done) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = done;
      });
    }
    let seedKept = false;
    for (const name of await caches.keys()) {
      if (await untouched(name)) seedKept = true;
      else await caches.delete(name);
    }
    return { now: Date.now(), seedKept };
  };
  // Never wait for ever (page.evaluate has no timeout): a wipe that hangs replaces the profile.
  const late = new Promise((done) => setTimeout(() => done(null), 15000));
  return Promise.race([wipe(), late]);
}"""


class SharedProfile:
    """One browser profile a test worker lends, in turn, to every test that asks only for a page.

    A new profile per test costs about two seconds of CPU before the test begins: a new renderer,
    a cold HTTP cache, and Material's and Pyodide's code compiled again. Between tests everything
    the site can keep is wiped (storage, caches, cookies, permissions) and the snapshot planted
    again, so each test meets a first visit with a warm cache: what a reader who cleared their
    data finds. A test that installed a fake clock (context-wide in Playwright) spoils the
    profile for the next: it is then closed and a new one made.
    """

    def __init__(self, browser: Browser, server: SiteServer) -> None:
        self.browser, self.server = browser, server
        self.context: BrowserContext | None = None
        self.log = RequestLog("")

    def lend(self) -> tuple[BrowserContext, RequestLog]:
        if self.context is None:
            self.context, self.log = open_context(self.browser, self.server.url)
        else:
            self.log.urls.clear()
            self.log.foreign.clear()
            self.log.precached.clear()
        return self.context, self.log

    def give_back(self) -> None:
        context = self.context
        if context is None:
            return
        try:
            kept = self._wipe(context)
        except PlaywrightError:
            kept = False
        if not kept:
            context.close()
            self.context = None

    def _wipe(self, context: BrowserContext) -> bool:
        """Wipe the profile for the next test; False when it cannot be kept."""
        pages = context.pages
        for page in pages[1:]:
            # A page closed while a navigation commits can stay open, and page.close() then
            # waits for ever (Chromium, microsoft/playwright#42068): a test that ends by
            # following a link leaves one in flight. about:blank settles it first.
            page.goto("about:blank", timeout=15_000)
            page.close()
        context.clear_cookies()
        context.clear_permissions()
        # The test's own first page wipes (a new page costs every test another renderer's
        # start), its routes removed first; anything it left that stops the wipe (an init
        # script, the context set offline) makes a new profile for the next test.
        wipe = pages[0] if pages else context.new_page()
        try:
            wipe.unroute_all(behavior="ignoreErrors")
            wipe.goto(f"{self.server.url}{SCRIPTLESS_PAGE}", timeout=30_000)
            seed = SnapshotSeed.current()
            done = wipe.evaluate(WIPE, seed.marker(self.server.url))
            # Not wiped in time, or a fake clock is still installed: a new profile for the next test.
            if done is None or abs(done["now"] - time.time() * 1000) > 60_000:
                return False
            return done["seedKept"] or seed.plant_from(wipe, self.server.url)
        finally:
            wipe.goto("about:blank", timeout=15_000)
            wipe.close()

    def close(self) -> None:
        if self.context is not None:
            self.context.close()


@pytest.fixture(scope="session")
def shared_profile(browser: Browser, server: SiteServer) -> Iterator[SharedProfile]:
    profile = SharedProfile(browser, server)
    yield profile
    profile.close()


@pytest.fixture
def context(browser: Browser, server: SiteServer) -> Iterator[tuple[BrowserContext, RequestLog]]:
    context, log = open_context(browser, server.url)
    yield context, log
    context.close()
    assert log.foreign == [], f"requests left the site's origin: {log.foreign}"


@pytest.fixture
def page(request: pytest.FixtureRequest) -> Iterator[Page]:
    """A page in a profile of its own when the test also asks for the context or its requests,
    its module defines its own `context`, or it is marked for one (OWN_PROFILE_MARKS); else a
    page of the worker's shared profile."""
    marked = {mark.name for mark in request.node.iter_markers()}
    asks_for_context = {"context", "requests"} & set(request.fixturenames)
    # A module with a `context` fixture of its own (another site, other options) gets its pages there.
    module_context = "context" in vars(request.module)
    if asks_for_context or module_context or OWN_PROFILE_MARKS & marked:
        ctx, _ = request.getfixturevalue("context")
        page = ctx.new_page()
        page.set_default_timeout(30_000)
        yield page
        return
    shared: SharedProfile = request.getfixturevalue("shared_profile")
    ctx, log = shared.lend()
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    yield page
    foreign = list(log.foreign)
    shared.give_back()
    assert foreign == [], f"requests left the site's origin: {foreign}"


@pytest.fixture
def requests(context: tuple[BrowserContext, RequestLog]) -> RequestLog:
    return context[1]
