"""A reader on a Spanish page fills the check-in in Spanish and reads Python's reflection in
Spanish; the same saved answers (option ids) then read in English on the English page.

Until the Spanish pages are built (mkdocs-static-i18n, /es/), the Spanish page is the English
chapter served as the build will make it under /es/: `<html lang="es">` and the form rendered
by `render_form(lang="es")`. Everything after that is the page's own code: the language travels
with each call to the worker, and one Python answers in both languages.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page, Route, expect

from worksheets import get
from worksheets.i18n import _, language
from worksheets.library.checkin import THEMES
from worksheets.render import render_form

from .helpers import CHECKIN, choose, submit_and_wait, worksheet

ENGLISH_FORM = render_form(get("checkin"))
SPANISH_FORM = render_form(get("checkin"), lang="es")


def as_spanish_page(route: Route) -> None:
    response = route.fetch()
    body = response.text()
    assert ENGLISH_FORM in body, "the chapter embeds the check-in form the build renders"
    body = body.replace(ENGLISH_FORM, SPANISH_FORM).replace('<html lang="en"', '<html lang="es"', 1)
    route.fulfill(response=response, body=body)


def spanish(text: str) -> str:
    with language("es"):
        return _(text)


def test_a_spanish_page_answers_in_spanish_and_the_answers_read_in_english_too(page: Page) -> None:
    chapter = re.compile(r".*/understanding-emotional-intimacy/(index\.html)?$")
    page.route(chapter, as_spanish_page)
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()
    expect(form.get_by_role("heading", name="Chequeo de cercanía")).to_be_visible()
    for theme in THEMES:
        for _field, statement in theme.statements:
            answer = "No nos describe" if theme.key == "listening" else "Nos describe casi siempre"
            choose(form, spanish(statement), answer)
    form.get_by_label("Se superponen más o menos a la mitad").check()

    result = submit_and_wait(form)
    expect(result).to_contain_text("y el tema escucha puede ser el lugar por donde empezar.")
    expect(result).to_contain_text("Escucha (1 de 5) quizás merece un poco de atención amable.")
    expect(result.locator(".result__links a").first).to_have_text("Escucha activa")

    # The English page: the answers saved on the Spanish one come back and read in English.
    page.unroute(chapter)
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()
    expect(form.get_by_label("About half overlap")).to_be_checked()
    result = submit_and_wait(form)
    expect(result).to_contain_text("listening may be the place to start")
    expect(result).to_contain_text("Listening (1 of 5) may be worth some gentle attention.")
