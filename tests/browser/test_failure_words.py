"""When a part of the site fails to arrive, a person reads why in plain words of the page's
language, never the browser's own error text ("Failed to fetch", a URL, "HTTP 500")."""

from __future__ import annotations

from playwright.sync_api import Page, Route, expect

BROWSER_WORDS = ("Failed to fetch", "HTTP", "TypeError", "http://", "index.json")


def test_a_list_that_does_not_arrive_is_named_in_plain_words(page: Page) -> None:
    def fail(route: Route) -> None:
        route.abort("failed")

    # The permanent links' list: the homework page and the builder both need it.
    page.route("**/go/index.json", fail)
    page.goto("therapists/homework-builder/")
    builder = page.locator("[data-homework-builder]")
    expect(builder).to_contain_text(
        "The homework builder could not load the list of chapters and worksheets: "
        "part of the site could not be loaded. Reload the page to try again."
    )
    for words in BROWSER_WORDS:
        expect(builder).not_to_contain_text(words)


def test_a_list_that_answers_with_an_error_reads_the_same_in_spanish(page: Page) -> None:
    def refuse(route: Route) -> None:
        route.fulfill(status=500, body="")

    page.route("**/go/index.json", refuse)
    page.goto("es/therapists/homework-builder/")
    builder = page.locator("[data-homework-builder]")
    expect(builder).to_contain_text(
        "no se pudo cargar una parte del sitio. Recarga la página para intentarlo de nuevo."
    )
    for words in BROWSER_WORDS:
        expect(builder).not_to_contain_text(words)
