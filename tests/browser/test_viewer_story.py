"""A client saves a locked file for their therapist; the therapist opens it in the viewer on their
own device, reads the answers and the reflection, and nothing is written to their storage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from .helpers import RESULT_TIMEOUT_MS
from .server import SiteServer
from .test_checkin_story import HOSTILE
from .test_homework_story import storage_snapshot
from .test_import_export import PASSPHRASE, fill_and_wait, second_device, time_answer
from .therapist_share import save_file_for_therapist


@pytest.fixture
def therapist_device(browser: Browser, server: SiteServer) -> Iterator[Page]:
    yield from second_device(browser, server)


def test_viewer_shows_a_client_file_and_keeps_nothing(
    page: Page, therapist_device: Page, tmp_path: Path
) -> None:
    client = page
    fill_and_wait(client, weakest="listening")  # the check-in's note holds hostile text
    shared = save_file_for_therapist(client, tmp_path, PASSPHRASE)
    assert shared.name.startswith("closer-answers-for-my-therapist-")

    therapist = therapist_device
    fill_and_wait(therapist, weakest="time")  # the therapist's own answers, on their own device
    therapist.goto("therapists/viewer/")
    before = storage_snapshot(therapist)
    assert any(":checkin:" in key for key in before)

    therapist.get_by_label("Client's answers file").set_input_files(shared)
    therapist.get_by_label("Passphrase", exact=True).fill("wrong passphrase")
    therapist.get_by_role("button", name="Open the file").click()
    expect(
        therapist.get_by_role("alert").filter(has_text="That passphrase does not open this file")
    ).to_be_visible()
    therapist.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    therapist.get_by_role("button", name="Open the file").click()

    view = therapist.locator(".viewer__answers")
    expect(view.get_by_role("heading", name="Answers in this file")).to_be_focused()
    expect(view).to_contain_text("holds 1 worksheet record")
    answers = view.locator(".answers").filter(has_text="Closeness check-in")
    listening = answers.locator(
        "dt", has_text="When I talk, my partner listens without rushing to fix things."
    )
    expect(listening.locator("xpath=following-sibling::dd[1]")).to_have_text("1 (Not like us)")
    expect(answers.locator("dd").filter(has_text=HOSTILE)).to_have_count(1)  # shown as text
    reflection = answers.locator(".answers__reflection")
    expect(reflection).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(reflection.locator(".result__summary")).to_contain_text("listening may be the place to start")
    # The reflection says "you" to the client, as their worksheet did: the viewer says so.
    expect(answers.locator(".answers__reflection-note")).to_have_text(
        "As the worksheet wrote it to your client: “you” is your client."
    )
    assert therapist.evaluate("window.__pwned") is None

    assert storage_snapshot(therapist) == before, "the viewer wrote to the therapist's storage"
    therapist.get_by_role("button", name="Close the file").click()
    expect(view).to_have_count(0)
    assert storage_snapshot(therapist) == before
    expect(time_answer(therapist, "Not like us")).to_be_checked()  # their own answers, unchanged


def test_viewer_refuses_a_file_that_is_not_an_answers_file(page: Page) -> None:
    page.goto("therapists/viewer/")
    before = storage_snapshot(page)
    page.get_by_label("Client's answers file").set_input_files(
        {"name": "notes.json", "mimeType": "application/json", "buffer": b'{"hello": "world"}'}
    )
    expect(page.get_by_role("alert")).to_have_text("This file is not a Closer answers file.")
    expect(page.locator(".viewer__answers")).to_have_count(0)
    assert storage_snapshot(page) == before
