"""Two people answer the check-in privately on one device, then compare; or load a partner's file."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page, Route, expect

from worksheets.library.checkin import THEMES, WORKSHEET

from .helpers import CHECKIN, RESULT_TIMEOUT_MS, choose, feel_safe, switch_answerer, worksheet


def answer_all(page: Page, listening: str, others: str, picture: str) -> None:
    form = worksheet(page, "checkin")
    for theme in THEMES:
        for _, statement in theme.statements:
            choose(form, statement, listening if theme.key == "listening" else others)
    form.get_by_label(picture).check()


def test_partners_answer_privately_then_compare(page: Page) -> None:
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    panel = form.get_by_role("region", name="Answer as a couple (optional)")
    answer_all(page, listening="Very much like us", others="Mostly like us", picture="Some overlap")
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")

    panel.get_by_role("button", name="Compare our answers").click()
    feel_safe(page, "checkin")  # asked once, before partner mode
    expect(form.locator("[data-worksheet-result]")).to_contain_text("Still to answer: your partner.")

    switch_answerer(panel, "My partner is answering")
    expect(panel.get_by_role("button", name="My partner is answering")).to_have_attribute(
        "aria-pressed", "true"
    )
    # The first person's answers are hidden from the second.
    expect(form.locator("input[type=radio]:checked")).to_have_count(0)
    answer_all(page, listening="A little like us", others="Mostly like us", picture="Mostly overlapping")
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")

    panel.get_by_role("button", name="Compare our answers").click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(result.locator(".result__summary")).to_have_text(
        "Of the 6 themes, you see 5 alike, 0 a little differently, "
        "and 1 differently enough to be worth talking about."
    )
    expect(result).to_contain_text("Listening: you 5, your partner 2.")
    expect(result).to_contain_text("You chose picture 4 (some overlap); your partner chose picture 6")

    # Back to me: my own answers return.
    switch_answerer(panel, "I am answering")
    expect(form.get_by_label("Some overlap")).to_be_checked()


def answers_file(path: Path, version: int, value: int) -> Path:
    """An exported answers file holding the partner's check-in, every statement at `value`."""
    answers = {f: value for t in THEMES for f, _ in t.statements} | {"closeness_picture": value}
    record = {
        "worksheet": "checkin",
        "version": version,
        "answers": answers,
        "updated": "2026-11-26T10:00:00Z",
    }
    path.write_text(
        json.dumps(
            {
                "format": "closer-answers",
                "version": 1,
                "exported": "2026-11-26T10:00:00Z",
                "records": [record],
            }
        )
    )
    return path


def test_partners_exported_answers_can_be_loaded_from_a_file(page: Page, tmp_path: Path) -> None:
    # Saved by version 1 of the check-in: Python carries it over, and may still be starting.
    older = answers_file(tmp_path / "partner-older.json", version=1, value=2)
    current = answers_file(tmp_path / "partner.json", version=WORKSHEET.version, value=5)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")

    # Python is held back until both files are chosen, so the older file's carry-over is surely
    # still waiting when the right one arrives (however quickly Python would start).
    held: list[Route] = []
    holding = [True]

    def hold(route: Route) -> None:
        if holding[0]:
            held.append(route)
        else:
            route.continue_()

    page.route("**/assets/pyodide/**", hold)
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    panel = form.get_by_role("region", name="Answer as a couple (optional)")
    status = panel.locator("[data-partner-status]")
    result = form.locator("[data-worksheet-result]")
    file_input = panel.get_by_label("Or load your partner's exported answers file:")
    answer_all(page, listening="Very much like us", others="Very much like us", picture="Almost one circle")

    # The older file first, then the right one while the older one waits to be carried over:
    # the right one is what is compared, however late the older one comes back.
    file_input.set_input_files(str(older))
    expect(status).to_contain_text("Carrying them over")
    file_input.set_input_files(str(current))
    expect(status).to_contain_text("Your partner's answers are loaded (hidden).")
    holding[0] = False
    for route in held:
        route.continue_()
    for first in (True, False):  # the second time, after the older file's carry-over has surely come back
        panel.get_by_role("button", name="Compare our answers").click()
        if first:
            feel_safe(page, "checkin")  # asked once, before partner mode
        expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
        expect(result.locator(".result__summary")).to_have_text("You see all six themes alike.")

    file_input.set_input_files(str(bad))
    expect(status).to_have_text(
        "This file could not be read: it is not a Closer answers file (not valid JSON). Nothing was changed."
    )
    file_input.set_input_files(str(older))
    expect(status).not_to_contain_text("could not be read")  # at once, before any carrying over
    # Other answers of the partner's are kept here now: the page asks before replacing them.
    ask = panel.get_by_role("group", name="Replace your partner's answers kept here")
    expect(ask).to_be_visible(timeout=RESULT_TIMEOUT_MS)
    expect(status).to_contain_text("differ from the ones kept here")
    ask.get_by_role("button", name="Replace them").click()
    expect(status).to_contain_text(
        "Your partner's answers from the file replace the ones kept before (hidden)."
    )
    panel.get_by_role("button", name="Compare our answers").click()
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(result.locator(".result__summary")).to_have_text(
        "Of the 6 themes, you see 0 alike, 0 a little differently, "
        "and 6 differently enough to be worth talking about."
    )
