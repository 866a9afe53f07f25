"""Browser fixtures: Debian's Chromium driven by Playwright against the built site on loopback.

Every request a page makes is recorded; any request to another origin fails the test, so the
site is proven to work with nothing but its own files. Chromium cannot resolve any host but
127.0.0.1 (LAUNCH_ARGS), so no request can leave the machine. No catch-all route: Playwright
turns the HTTP cache off in a context that routes, and every request would cross to Python.

Service workers are blocked unless a test is marked `service_worker` (the offline copy, and
erasing it): the offline copy a first visit makes costs every other test about 2 s of CPU for
files it never reads.

Python starts as on a reader's second visit: each new context is given the memory snapshot a
first start made once in this session (snapshot_seed.py), so a test waits about half a second
for Python instead of a cold start's 3-20 s. Tests of the first start itself are marked
`cold_python` and get no seed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

from .server import SiteServer
from .snapshot_seed import SnapshotSeed

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
    """The Python snapshot every seeded context starts with: made once, by a real first start."""
    return SnapshotSeed.make(browser, server, tmp_path_factory.mktemp("snapshot-seed"))


@pytest.fixture(autouse=True)
def _profile_defaults(request: pytest.FixtureRequest) -> Iterator[None]:
    """What every context this test opens starts with: Python's snapshot unless marked
    cold_python; service workers blocked unless marked service_worker."""
    cold = request.node.get_closest_marker("cold_python") is not None
    if not cold:
        request.getfixturevalue("snapshot_seed")
    SnapshotSeed.enabled = not cold
    global _service_workers
    wants_worker = request.node.get_closest_marker("service_worker") is not None
    _service_workers = "allow" if wants_worker else "block"
    yield
    SnapshotSeed.enabled, _service_workers = True, "block"


@pytest.fixture
def context(browser: Browser, server: SiteServer) -> Iterator[tuple[BrowserContext, RequestLog]]:
    context, log = open_context(browser, server.url)
    yield context, log
    context.close()
    assert log.foreign == [], f"requests left the site's origin: {log.foreign}"


@pytest.fixture
def page(context: tuple[BrowserContext, RequestLog]) -> Page:
    ctx, _ = context
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    return page


@pytest.fixture
def requests(context: tuple[BrowserContext, RequestLog]) -> RequestLog:
    return context[1]
