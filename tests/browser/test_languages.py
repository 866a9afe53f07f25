"""Closer in two languages, as a reader and a therapist meet it: Spanish search, the language
selector keeping answers, /es/go/ links and a Spanish homework link that work offline."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.conftest import ROOT

from .conftest import open_context
from .helpers import worksheet
from .server import SiteServer

CHECKIN_PAGE = "chapters/understanding-emotional-intimacy/"
# The Spanish worker becomes active only once it holds every Spanish page (macros/sw-build.mjs).
WORKER_READY = """async () => {
  const registration = await navigator.serviceWorker.ready;
  return registration.scope;
}"""


def html_lang(page: Page) -> str:
    return str(page.evaluate("document.documentElement.lang"))


def choose_language(page: Page, name: str) -> None:
    """Material's language selector in the header: open it, pick the language by its own name."""
    selector = page.locator(".md-select")
    selector.locator("button").hover()
    selector.get_by_role("link", name=name).click()


def wait_until_kept_offline(page: Page, prefix: str) -> None:
    scope = page.evaluate(WORKER_READY)
    assert urlsplit(scope).path == f"/{prefix}", f"the page's worker is the {prefix or 'root'} one: {scope}"


@pytest.mark.search
def test_spanish_search_finds_a_chapter_by_a_spanish_word(page: Page) -> None:
    if not (ROOT / "docs/chapters/vulnerability.es.md").is_file():
        pytest.skip("docs/chapters/vulnerability.es.md is not there yet (the translators' file)")
    page.goto("es/")
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("vulnerabilidad")
    result = page.locator(".md-search-result__item a[href*='es/chapters/vulnerability/']").first
    expect(result).to_be_visible()
    result.click()
    page.wait_for_url("**/es/chapters/vulnerability/**")
    assert html_lang(page) == "es"


def test_switching_language_keeps_answers(page: Page) -> None:
    """Answers are stored for the site, not the language: the same answer on both pages."""
    page.set_default_timeout(30_000)
    page.goto(CHECKIN_PAGE)
    form = worksheet(page, "checkin")
    form.get_by_role("group", name="We set aside time just for the two of us.").get_by_label(
        "Mostly like us"
    ).check()
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")

    choose_language(page, "Español")
    page.wait_for_url(f"**/es/{CHECKIN_PAGE}**")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    # The option's value, not its words: the labels are in Spanish here.
    expect(worksheet(page, "checkin").locator("input[name=time_protected][value='4']")).to_be_checked()

    choose_language(page, "English")
    page.wait_for_url(f"**/{CHECKIN_PAGE}**")
    assert "/es/" not in page.url and html_lang(page) == "en"
    expect(
        worksheet(page, "checkin")
        .get_by_role("group", name="We set aside time just for the two of us.")
        .get_by_label("Mostly like us")
    ).to_be_checked()


@pytest.mark.service_worker
def test_a_spanish_permanent_link_opens_the_spanish_page_offline(
    browser: Browser, server: SiteServer
) -> None:
    context, log = open_context(browser, server.url)
    try:
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto("es/go/vulnerability/")
        page.wait_for_url("**/es/chapters/vulnerability/")
        assert html_lang(page) == "es"
        wait_until_kept_offline(page, "es/")

        context.set_offline(True)
        page.goto("es/go/checkin/")  # another Spanish page, never visited
        page.wait_for_url(f"**/es/{CHECKIN_PAGE}#worksheet-checkin")
        expect(page.locator("html")).to_have_attribute("lang", "es")
        expect(worksheet(page, "checkin")).to_be_visible()
    finally:
        context.close()
    assert log.foreign == []


@pytest.mark.service_worker
def test_a_homework_link_made_in_english_opens_in_spanish_offline(
    browser: Browser, server: SiteServer, page: Page
) -> None:
    page.set_default_timeout(30_000)
    page.goto("therapists/homework-builder/")
    page.get_by_role("group", name="Chapters to read").get_by_label("Active listening").check()
    page.get_by_role("group", name="Worksheets to fill in").get_by_label("Closeness check-in").check()
    language = page.get_by_role("group", name="Language of the guide for your client")
    expect(language.get_by_label("English")).to_be_checked()  # the page's own, until chosen
    language.get_by_label("Español").check()
    page.get_by_role("button", name="Make the homework link").click()
    url = page.get_by_role("textbox", name="Homework link").input_value()
    assert urlsplit(url).path == "/es/therapists/homework/"
    # The printable sheet is the client's: in Spanish, on the therapist's English page.
    sheet = page.get_by_role("region", name="Hoja de tarea (para imprimir)")
    expect(sheet).to_have_attribute("lang", "es")
    expect(sheet).to_contain_text("/es/go/listening/")
    expect(sheet.get_by_role("heading", name="Tarea")).to_be_visible()
    expect(sheet).to_contain_text("Leer: Escucha activa")
    expect(sheet).to_contain_text("Hoja de trabajo: Chequeo de cercanía")
    expect(sheet).not_to_contain_text("Worksheet:")
    expect(sheet.get_by_role("img", name="Código QR del enlace de tarea")).to_be_visible()

    client, log = open_context(browser, server.url)  # the client's own device
    try:
        mine = client.new_page()
        mine.set_default_timeout(30_000)
        mine.goto(url)
        expect(mine.locator("html")).to_have_attribute("lang", "es")
        checkin = mine.locator('.homework__item[data-slug="checkin"]')
        expect(checkin).to_be_visible()
        wait_until_kept_offline(mine, "es/")

        client.set_offline(True)
        mine.reload()
        expect(checkin).to_be_visible()  # the homework is kept on the device
        checkin.get_by_role("link").first.click()
        mine.wait_for_url(f"**/es/{CHECKIN_PAGE}**")
        expect(mine.locator("html")).to_have_attribute("lang", "es")
        expect(worksheet(mine, "checkin")).to_be_visible()
    finally:
        client.close()
    assert log.foreign == []
