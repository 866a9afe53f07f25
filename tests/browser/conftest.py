"""Browser fixtures: Debian's Chromium driven by Playwright against the built site on loopback.

Every request a page makes is recorded; any request to another origin is blocked and fails
the test, so the site is proven to work with nothing but its own files.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

from .server import SiteServer

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
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


def open_context(browser: Browser, base_url: str, **options: object) -> tuple[BrowserContext, RequestLog]:
    parts = urlsplit(base_url)
    origin = f"{parts.scheme}://{parts.netloc}"
    log = RequestLog(origin)
    context = browser.new_context(base_url=base_url, service_workers="allow", **options)

    def record(request) -> None:
        # Every request, including those the service worker answers (they bypass routing).
        url = request.url
        if url.startswith(("data:", "blob:")):
            return
        (log.precached if request.service_worker else log.urls).append(url)
        if not url.startswith(origin + "/"):
            log.foreign.append(url)

    def route(route, request) -> None:
        url = request.url
        if url.startswith(("data:", "blob:")):
            route.continue_()
            return
        if not url.startswith(origin + "/"):
            route.abort()
        else:
            route.continue_()

    context.on("request", record)
    context.route("**/*", route)
    return context, log


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
