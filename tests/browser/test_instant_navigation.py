"""With site_url set (as deployments do), Material swaps pages without reloading; worksheets
still mount, and Python started on one page keeps running on the next."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import RequestLog, open_context
from .helpers import CHECKIN, submit_and_wait, worksheet
from .server import SiteServer
from .test_checkin_story import fill_checkin

#: The sitemaps Material reads to decide which links it may swap in place (one per language).
SITEMAPS = ("sitemap.xml", "es/sitemap.xml")


def absolute_sitemap(text: str, base: str) -> str:
    """The sitemap as a build with site_url=`base` writes it: every address absolute. Material
    parses each with `new URL()`, so the relative ones of a local build turn instant navigation
    off."""
    text = re.sub(r"<loc>([^<]*)</loc>", lambda m: f"<loc>{urljoin(base, m[1])}</loc>", text)
    return re.sub(r'href="([^"]*)"', lambda m: f'href="{urljoin(base, m[1])}"', text)


@pytest.fixture(scope="module")
def instant_site(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The built site as a deployment with site_url serves it. Setting site_url changes only the
    sitemaps' addresses (and adds canonical links, which Material's navigation does not read), so
    the built site is served with its sitemaps made absolute, not built a second time (70-90 s)."""
    folder = tmp_path_factory.mktemp("instant-sitemaps")
    server = SiteServer(site_dir)
    for name in SITEMAPS:
        file = folder / name.replace("/", "-")
        file.write_text(
            absolute_sitemap((site_dir / name).read_text(encoding="utf-8"), server.url), encoding="utf-8"
        )
        server.overrides["/" + name] = file
    with server:
        yield server


@pytest.fixture
def instant_page(browser: Browser, instant_site: SiteServer) -> Iterator[tuple[Page, RequestLog]]:
    context, log = open_context(browser, instant_site.url)
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page, log
    context.close()
    assert log.foreign == []


def test_worksheet_mounts_after_instant_navigation(instant_page: tuple[Page, RequestLog]) -> None:
    page, _log = instant_page
    workers: list[str] = []
    page.on("worker", lambda worker: workers.append(worker.url))
    page.goto("")
    page.evaluate("window.__sameDocument = true")
    page.get_by_role("link", name="Start with chapter 1").click()
    page.wait_for_url(lambda url: CHECKIN in url)
    assert page.evaluate("window.__sameDocument") is True, "the page was reloaded, not swapped"
    form = worksheet(page, "checkin")
    fill_checkin(page, weakest="vulnerability")
    result = submit_and_wait(form)
    expect(result.locator(".result__summary")).to_contain_text("vulnerability may be the place to start")

    # Away and back again without a reload: the same Python worker answers at once.
    page.get_by_role("link", name="Home").first.click()
    page.wait_for_url(lambda url: not url.rstrip("/").endswith("understanding-emotional-intimacy"))
    page.go_back()
    page.wait_for_url(lambda url: CHECKIN in url)
    assert page.evaluate("window.__sameDocument") is True
    form = worksheet(page, "checkin")
    expect(form.locator("[data-worksheet-save]")).to_contain_text("are restored")
    result = submit_and_wait(form)
    expect(result.locator(".result__summary")).to_contain_text("vulnerability may be the place to start")
    python_workers = [url for url in workers if url.endswith("/assets/js/runtime/worker.js")]
    assert len(python_workers) == 1, f"Python was started {len(python_workers)} times"
