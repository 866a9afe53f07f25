"""The whole Spanish homework loop, as the three people meet it, each on their own device.

A therapist, on the English builder, makes a homework link in Spanish and reads the printable
sheet in Spanish. The client opens it, keeps the guide offline, loses the connection, fills the
check-in in Spanish and gets Python's reflection in Spanish, and shares the answers back by
link. The therapist opens that link, which opens the viewer in Spanish (the language it was made
in), reads the questions, answers and reflection there, then switches the page to English and
reads the same answers in English: the answers hold option ids, so they read in whichever
language shows them, and the switch carries them over.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from worksheets.i18n import _, language
from worksheets.library.checkin import THEMES

from .conftest import open_context
from .helpers import CHECKIN, RESULT_TIMEOUT_MS, choose, submit_and_wait, worksheet
from .server import SiteServer
from .test_languages import choose_language

pytestmark = pytest.mark.service_worker

PRECACHE_TIMEOUT_MS = 90_000
NOTE = "Haz el chequeo esta semana. Fíjate en un momento de calma."
# The statement whose answer the therapist reads back, and the two options chosen.
STATEMENT = THEMES[-1].statements[0][1]  # "We set aside time just for the two of us."
MOSTLY, NOT = "Nos describe casi siempre", "No nos describe"


def spanish(text: str) -> str:
    with language("es"):
        return _(text)


def kept_offline(page: Page, prefix: str) -> None:
    """The page's service worker is its language's, and it holds what reading needs."""
    scope = page.evaluate("async () => (await navigator.serviceWorker.ready).scope")
    assert urlsplit(scope).path == f"/{prefix}", f"the page's worker is not the {prefix} one: {scope}"


def fill_checkin_in_spanish(form: Locator) -> None:
    for theme in THEMES:
        for _field, statement in theme.statements:
            choose(form, spanish(statement), NOT if theme.key == "listening" else MOSTLY)
    form.get_by_label("Se superponen más o menos a la mitad").check()


def therapist_makes_spanish_homework(page: Page) -> str:
    page.goto("therapists/homework-builder/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("group", name="Chapters to read").get_by_label("Active listening").check()
    page.get_by_role("group", name="Worksheets to fill in").get_by_label("Closeness check-in").check()
    page.get_by_label("A short note for your client (optional)").fill(NOTE)
    page.get_by_label("Due date (optional)").fill("2026-12-15")
    page.get_by_role("group", name="Language of the guide for your client").get_by_label("Español").check()
    page.get_by_role("button", name="Make the homework link").click()
    # The builder speaks English to the therapist; the sheet speaks Spanish to the client.
    expect(page.get_by_text("The homework link for 2 items is ready below.")).to_be_visible()
    sheet = page.get_by_role("region", name="Hoja de tarea (para imprimir)")
    expect(sheet).to_have_attribute("lang", "es")
    expect(sheet.get_by_role("heading", name="Tarea")).to_be_visible()
    expect(sheet).to_contain_text("Leer: Escucha activa")
    expect(sheet).to_contain_text("Hoja de trabajo: Chequeo de cercanía")
    expect(sheet).to_contain_text("Fecha límite: 15 de diciembre de 2026")
    expect(sheet).to_contain_text("Tus respuestas se quedan en tu propio dispositivo")
    expect(sheet.get_by_role("img", name="Código QR del enlace de tarea")).to_be_visible()
    for english in ("Homework", "Worksheet:", "Read:", "To do by", "December", "Scan the code"):
        expect(sheet).not_to_contain_text(english)
    url = page.get_by_role("textbox", name="Homework link").input_value()
    assert urlsplit(url).path == "/es/therapists/homework/"
    return url


def client_completes_it_offline_and_shares_back(page: Page, url: str) -> str:
    page.goto(url)
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", name="Tu tarea", level=1)).to_be_visible()
    expect(page.locator(".homework__note")).to_have_text(NOTE)
    checkin = page.locator('.homework__item[data-slug="checkin"]')
    expect(checkin.locator(".homework__status")).to_have_text("Sin empezar")

    # One online visit to the worksheet keeps Python too; then the connection goes.
    checkin.get_by_role("link", name="Chequeo de cercanía").click()
    page.wait_for_url(f"**/es/{CHECKIN}**")
    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()
    kept_offline(page, "es/")
    status = page.locator("[data-offline-status]")
    expect(status).to_have_text(
        "Todo disponible sin conexión, también las hojas de trabajo", timeout=PRECACHE_TIMEOUT_MS
    )
    page.context.set_offline(True)
    page.reload()
    expect(status).to_have_text(
        "Sin conexión: todo lo que visitaste sigue funcionando, también las hojas de trabajo"
    )

    form = worksheet(page, "checkin")
    expect(form.get_by_role("heading", name="Chequeo de cercanía")).to_be_visible()
    fill_checkin_in_spanish(form)
    result = submit_and_wait(form)
    expect(result).to_contain_text("y el tema escucha puede ser el lugar por donde empezar.")
    expect(result).to_contain_text("Escucha (1 de 5) quizás merece un poco de atención amable.")
    expect(result).not_to_contain_text("may be the place to start")
    expect(form.locator("[data-worksheet-save]")).to_have_text("Guardado en este dispositivo.")

    # Still offline: back to the homework, done, and a link for the therapist.
    page.get_by_role("link", name="Tu tarea").first.click()
    page.wait_for_url("**/es/therapists/homework/**")
    expect(checkin.locator(".homework__status")).to_have_text("Hecho")
    share = page.locator("[data-share]")
    expect(share.get_by_label("Chequeo de cercanía", exact=False)).to_be_checked()
    share.get_by_role("button", name="Crear el enlace").click()
    expect(share.locator(".share__status--link")).to_contain_text("El enlace está listo.")
    link = share.get_by_label("El enlace para tu terapeuta", exact=False).input_value()
    assert "/es/therapists/viewer/#answers=" in link, "the link opens the viewer in its own language"
    return link


def read_in_viewer(page: Page, link: str) -> Locator:
    page.goto(link)
    viewer = page.locator("[data-viewer]")
    reflection = viewer.locator(".answers__reflection").first
    expect(reflection).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    return viewer


def test_a_spanish_homework_made_in_english_is_done_offline_and_read_back(
    browser: Browser, server: SiteServer
) -> None:
    builder, builder_log = open_context(browser, server.url)
    client, client_log = open_context(browser, server.url)
    therapist, therapist_log = open_context(browser, server.url)
    try:
        page = builder.new_page()
        page.set_default_timeout(30_000)
        homework = therapist_makes_spanish_homework(page)

        mine = client.new_page()
        mine.set_default_timeout(30_000)
        link = client_completes_it_offline_and_shares_back(mine, homework)

        theirs = therapist.new_page()
        theirs.set_default_timeout(30_000)
        # Made on a Spanish page, the link opens the Spanish viewer: every label in Spanish.
        viewer = read_in_viewer(theirs, link)
        expect(theirs.locator("html")).to_have_attribute("lang", "es")
        expect(viewer.get_by_role("heading", name="Respuestas en este archivo")).to_be_visible()
        expect(viewer.get_by_role("heading", name="Chequeo de cercanía", exact=True)).to_be_visible()
        row = viewer.locator("dt", has_text=spanish(STATEMENT))
        expect(row.locator("xpath=following-sibling::dd[1]")).to_have_text(f"4 ({MOSTLY})")
        expect(viewer.locator(".answers__reflection").first).to_contain_text(
            "y el tema escucha puede ser el lugar por donde empezar."
        )
        expect(viewer.locator(".viewer__homework").get_by_role("listitem")).to_have_text(
            ["Escucha activa: Sin leer todavía", "Chequeo de cercanía: Hecho"]
        )
        expect(viewer).not_to_contain_text(STATEMENT)
        expect(viewer).not_to_contain_text("Mostly like us")
        # The answers left the address bar as they opened...
        assert "#answers=" not in theirs.url

        # ...and an English-reading therapist switches language: the same answers, in English.
        choose_language(theirs, "English")
        theirs.wait_for_url("**/therapists/viewer/")
        expect(theirs.locator("html")).to_have_attribute("lang", "en")
        viewer = theirs.locator("[data-viewer]")
        reflection = viewer.locator(".answers__reflection").first
        expect(reflection).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
        assert "/es/" not in theirs.url and "#answers=" not in theirs.url
        expect(viewer.get_by_role("heading", name="Answers in this file")).to_be_visible()
        expect(viewer.get_by_role("heading", name="Closeness check-in", exact=True)).to_be_visible()
        row = viewer.locator("dt", has_text=STATEMENT)
        expect(row.locator("xpath=following-sibling::dd[1]")).to_have_text("4 (Mostly like us)")
        expect(reflection).to_contain_text("listening may be the place to start")
        expect(viewer.locator(".viewer__homework").get_by_role("listitem")).to_have_text(
            ["Active listening: Not read yet", "Closeness check-in: Done"]
        )
        expect(viewer).not_to_contain_text("Chequeo de cercanía")
    finally:
        for context in (builder, client, therapist):
            context.close()
    assert builder_log.foreign == client_log.foreign == therapist_log.foreign == []


def test_the_english_builder_kept_offline_still_prints_the_spanish_sheet(page: Page) -> None:
    """A therapist reads the English guide, kept offline, and makes homework in Spanish: the
    English worker keeps the Spanish words and titles the sheet needs (not the Spanish pages),
    so the sheet is in Spanish, not the English one with "connect, then make the link again"."""
    page.goto("therapists/homework-builder/")
    kept_offline(page, "")
    expect(page.locator("[data-offline-status]")).to_have_text(
        "Reading available offline", timeout=PRECACHE_TIMEOUT_MS
    )
    page.context.set_offline(True)
    therapist_makes_spanish_homework(page)  # reloads the builder from the offline copy
    expect(page.locator("[data-offline-status]")).to_contain_text("Offline")
    expect(page.get_by_text("could not be loaded")).to_have_count(0)
