"""Every page of the site, each loaded once on a desktop and once on a phone, meets the checks
that hold for any page: accessibility (axe, in light and in dark, and target sizes), the
Content-Security-Policy, unique element ids, no cookie, no request to another website, and, on a
phone, nothing that scrolls sideways.

One test per page, so the walk splits across test workers; each worker keeps one desktop and
one phone profile for all its pages (their HTTP caches stay warm, as a reader's do).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.conftest import SITE

from .conftest import RequestLog, open_context
from .server import SiteServer
from .snapshot_seed import SnapshotSeed
from .test_accessibility import AXE, Allowlist, run_axe, site_pages
from .test_content_security import RECORD_VIOLATIONS
from .test_mobile import PHONE, sideways
from .test_phone_details import DUPLICATE_IDS

BUILT = (SITE / "index.html").is_file()
PAGES = site_pages(SITE) if BUILT else []
# The permanent links (/go/…, /es/go/…): one-line pages that forward to a chapter.
FORWARDS = sorted(set(site_pages(SITE, redirects=True)) - set(PAGES)) if BUILT else []


@dataclass
class Profile:
    """A browser profile kept for a worker's whole walk, and what its pages did."""

    context: BrowserContext
    log: RequestLog
    page: Page
    errors: list[str] = field(default_factory=list)

    def open(self, path: str) -> None:
        self.errors.clear()
        self.page.goto(path, wait_until="load")


def _profile(browser: Browser, server: SiteServer, **options: object) -> Profile:
    context, log = open_context(browser, server.url, **options)
    context.add_init_script(path=str(AXE))
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.set_default_timeout(30_000)
    profile = Profile(context, log, page)
    page.on("pageerror", lambda error: profile.errors.append(str(error)))
    return profile


@pytest.fixture(scope="module")
def desktop(browser: Browser, server: SiteServer, snapshot_seed: SnapshotSeed) -> Iterator[Profile]:
    profile = _profile(browser, server, viewport={"width": 1280, "height": 800})
    yield profile
    profile.context.close()


@pytest.fixture(scope="module")
def phone(browser: Browser, server: SiteServer, snapshot_seed: SnapshotSeed) -> Iterator[Profile]:
    profile = _profile(browser, server, **PHONE)
    yield profile
    profile.context.close()


def _switch_colours(page: Page, scheme: str) -> None:
    """Press the header's light/dark toggle (its words are the page's language)."""
    page.locator('[data-md-component="palette"] label').filter(visible=True).click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", scheme)


def _policy_problems(page: Page, where: str) -> list[str]:
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]')
    expect(policy).to_have_count(1)
    content = policy.get_attribute("content") or ""
    problems = []
    if "script-src 'self' 'wasm-unsafe-eval'" not in content or "'unsafe-inline'" in content:
        problems.append(f"{where}: the policy is not the site's: {content}")
    problems += [f"{where}: {violation}" for violation in page.evaluate("window.__csp")]
    return problems


@pytest.mark.parametrize("path", PAGES)
def test_the_page_passes_every_check(desktop: Profile, phone: Profile, path: str) -> None:
    where = path or "/"
    allowlist = Allowlist()
    problems: list[str] = []

    desktop.open(path)
    page = desktop.page
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    problems += allowlist.unexplained(run_axe(page, allowlist), f"{where} (light)")
    problems += allowlist.small_targets(page, where)
    problems += [f"{where}: more than one element has the id {i!r}" for i in page.evaluate(DUPLICATE_IDS)]
    # Colours are the only thing the scheme changes: in dark, only contrast is checked, and the
    # header, sidebars and footer (the same on every page) on the home page only.
    _switch_colours(page, "slate")
    findings = run_axe(page, allowlist, None if path == "" else ".md-content", ["color-contrast"])
    problems += allowlist.unexplained(findings, f"{where} (dark)")
    _switch_colours(page, "default")
    if page.evaluate("document.cookie"):
        problems.append(f"{where}: the page set a cookie")

    phone.open(path)
    problems += sideways(phone.page, f"{where} (phone)")
    problems += allowlist.small_targets(phone.page, f"{where} (phone)")

    for profile in (desktop, phone):
        problems += _policy_problems(profile.page, where)
        problems += [f"{where}: script error: {error}" for error in profile.errors]
        problems += [f"{where}: asked another website for {url}" for url in profile.log.foreign]
        if profile.context.cookies():
            problems.append(f"{where}: a cookie was set")
    problems += allowlist.check_used("pages", path)
    assert problems == [], "\n".join(problems)


def test_every_permanent_link_forwards_to_its_page_privately(browser: Browser, server: SiteServer) -> None:
    """Each /go/ page forwards at once, asks no other website for anything and sets no cookie.
    The pages it forwards to are answered with a stub: each is checked above, as itself."""
    assert FORWARDS, "no permanent-link page was found"
    context, log = open_context(browser, server.url, seed=False)
    arrived = "<!doctype html><title>arrived</title>"
    context.route(
        lambda url: "/go/" not in url, lambda route: route.fulfill(body=arrived, content_type="text/html")
    )
    page = context.new_page()
    problems = []
    for path in FORWARDS:
        page.goto(path, wait_until="load")
        page.wait_for_url(lambda url: "/go/" not in url, wait_until="load")
        if page.evaluate("document.cookie"):
            problems.append(f"{path}: the page set a cookie")
    problems += [f"asked another website for {url}" for url in log.foreign]
    context.close()
    assert problems == [], "\n".join(problems)
