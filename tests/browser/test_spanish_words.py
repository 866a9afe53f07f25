"""The browser's own words on a Spanish page: the worksheet's start, its saving and its problem
summary read in Spanish (from the page's catalog), and an English page carries no catalog.

Until the Spanish pages are built (mkdocs-static-i18n, under site/es/), this file makes one: the
built check-in chapter with lang="es" and the head the page template writes for Spanish
(docs/overrides/partials/closer-catalog.html: the script of the built es/closer-catalog.js), served
beside the real site. Where site/es/ has the chapter, the first test reads the real Spanish
page instead; the instant-navigation test always moves to the made one (see its docstring).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from macros.browser_catalog import browser_catalogs
from tests.conftest import ROOT

from .conftest import RequestLog, open_context
from .helpers import CHECKIN, RESULT_TIMEOUT_MS, worksheet
from .server import SiteServer

MADE_PAGE = "chapters/understanding-emotional-intimacy-es/"
# Each test's page is in a profile of its own, on this module's site (the `context` below): the
# conftest's shared profile is on the plain site, which has no made page and no sitemap for it.
pytestmark = pytest.mark.own_profile


class _Lang:
    """Material's `lang` in a template: lang.t("language") is the page's language code."""

    def __init__(self, code: str) -> None:
        self.code = code

    def t(self, key: str) -> str:
        return self.code


def spanish_head(code: str) -> str:
    """The head's language part for a page at MADE_PAGE's depth: its catalog is the built site's
    one file per language (es/closer-catalog.js), two folders up and under es/."""
    templates = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "docs/overrides"), autoescape=False)
    config = {"extra": {"closer_catalogs": browser_catalogs(ROOT)}}
    return templates.get_template("partials/closer-catalog.html").render(
        lang=_Lang(code), config=config, closer_language_base=f"../../{code}/"
    )


def make_spanish_page(site: Path, root: Path) -> None:
    """The check-in chapter as a Spanish page, in `root` (a linked copy of `site`)."""
    english = (site / CHECKIN / "index.html").read_text(encoding="utf-8")
    marker = spanish_head("en")
    assert marker in english, "the English page's head is the template's (partials/closer-catalog.html)"
    spanish = english.replace('<html lang="en"', '<html lang="es"', 1).replace(marker, spanish_head("es"), 1)
    (root / MADE_PAGE).mkdir(parents=True)
    (root / MADE_PAGE / "index.html").write_text(spanish, encoding="utf-8")


@pytest.fixture(scope="module")
def spanish_path(site_dir: Path) -> str:
    return "es/" + CHECKIN if (site_dir / "es" / CHECKIN / "index.html").is_file() else MADE_PAGE


def write_sitemap(root: Path, url: str, paths: list[str]) -> None:
    """Material's instant navigation swaps only pages its sitemap lists (with site_url set, the
    build writes them; this site was built without): list the pages these tests move between.
    Each language's root has its own sitemap (Material reads the one of a link's language)."""
    entries = "".join(f"<url><loc>{url}{path}</loc></url>" for path in paths)
    for sitemap in (root / "sitemap.xml", root / "es" / "sitemap.xml"):
        if not sitemap.parent.is_dir():
            continue
        sitemap.unlink(missing_ok=True)
        sitemap.write_text(
            f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>',
            encoding="utf-8",
        )


@pytest.fixture(scope="module")
def spanish_server(
    site_dir: Path, spanish_path: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SiteServer]:
    """This module's site: the built one, linked file by file, with a Spanish page made from the
    English check-in chapter (always: the instant-navigation test moves to it), and a sitemap for
    instant navigation between the two languages."""
    root = tmp_path_factory.mktemp("site-es")
    shutil.copytree(site_dir, root, copy_function=os.symlink, dirs_exist_ok=True)
    make_spanish_page(site_dir, root)
    running = SiteServer(root)
    write_sitemap(root, running.url, ["", CHECKIN, spanish_path, MADE_PAGE])
    with running:
        yield running


@pytest.fixture
def context(browser: Browser, spanish_server: SiteServer) -> Iterator[tuple[BrowserContext, RequestLog]]:
    """The conftest's context (request log, Python's snapshot), on this module's site."""
    context, log = open_context(browser, spanish_server.url)
    yield context, log
    context.close()
    assert log.foreign == [], f"requests left the site's origin: {log.foreign}"


def test_a_spanish_page_starts_saves_and_asks_in_spanish(page: Page, spanish_path: str) -> None:
    page.goto(spanish_path)
    expect(page.locator("html")).to_have_attribute("lang", "es")
    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()
    result = form.locator("[data-worksheet-result]")
    # Python's start, as the page says it: the same words a person reads while it downloads.
    # It sits under the buttons: it names the one to press and says it is above.
    button = (form.locator('button[type="submit"]').first.text_content() or "").strip()
    expect(result).to_have_text(
        f"Python está listo. Completa la hoja de trabajo y luego presiona «{button}», más arriba.",
        timeout=RESULT_TIMEOUT_MS,
    )
    form.locator('input[type="radio"]').first.check()
    expect(form.locator("[data-worksheet-save]")).to_contain_text("Guardado en este dispositivo.")
    form.locator('button[type="submit"]').first.click()
    expect(result).to_contain_text("Hay que revisar algunas respuestas antes de poder mostrar la reflexión.")
    # The summary's heading counts the answers to look at, in Spanish ("Hay que revisar 5 respuestas:").
    expect(form.locator(".worksheet__errors-title")).to_have_text(
        re.compile(r"^Hay que revisar (una|\d+) respuestas?:$")
    )


def test_an_english_page_carries_no_catalog_and_speaks_english(page: Page) -> None:
    page.goto(CHECKIN)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#closer-catalog")).to_have_count(0)
    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()
    expect(form.locator("[data-worksheet-result]")).to_have_text(
        "Python is ready. Fill in the worksheet, then press “Show my reflection” above.",
        timeout=RESULT_TIMEOUT_MS,
    )


def follow_link(page: Page, path: str) -> None:
    """Click a link to `path` as a reader would (Material's instant navigation takes the click)."""
    page.evaluate(
        """(path) => {
          const link = document.createElement("a");
          link.href = new URL(path, document.baseURI).href;
          link.textContent = "Go";
          document.querySelector(".md-content__inner").append(link);
          link.click();
        }""",
        path,
    )


def test_instant_navigation_between_languages_changes_the_words(page: Page) -> None:
    """Material swaps a page of the other language in without a reload when a link leads there
    (the built site's language selector reloads instead: pages/language-switch.js); the made
    Spanish page is used, as Material swaps it in here whatever the build's sitemaps hold."""
    spanish_path = MADE_PAGE
    page.goto(CHECKIN)
    english = worksheet(page, "checkin")
    english.scroll_into_view_if_needed()
    expect(english.locator("[data-worksheet-result]")).to_contain_text(
        "Python is ready. Fill in the worksheet", timeout=RESULT_TIMEOUT_MS
    )
    page.evaluate("window.__sameDocument = true")
    follow_link(page, "/" + spanish_path)
    page.wait_for_url(re.compile(re.escape(spanish_path) + "(#.*)?$"))
    assert page.evaluate("window.__sameDocument") is True, "the page was reloaded, not swapped"
    expect(page.locator("html")).to_have_attribute("lang", "es")
    spanish = worksheet(page, "checkin")
    spanish.scroll_into_view_if_needed()
    # Python kept running across the swap; the new page says so in its own language.
    expect(spanish.locator("[data-worksheet-result]")).to_contain_text("Python está listo")
    page.go_back()
    # navigation.tracking keeps the heading in view in the address
    page.wait_for_url(re.compile(re.escape(CHECKIN) + "(#.*)?$"))
    assert page.evaluate("window.__sameDocument") is True
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#closer-catalog")).to_have_count(0)
    back = worksheet(page, "checkin")
    back.scroll_into_view_if_needed()
    expect(back.locator("[data-worksheet-result]")).to_contain_text("Python is ready. Fill in the worksheet")
