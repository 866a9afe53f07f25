"""A reader moves their answers to another device with a file (plain or locked with a passphrase),
sees what a file holds before anything changes, is asked before their own answers are replaced,
and a bad file (malformed, foreign, too large, wrong passphrase) is refused and changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from .conftest import open_context
from .helpers import CHECKIN, worksheet
from .server import SiteServer
from .test_checkin_story import fill_checkin
from .test_homework_story import storage_snapshot

PASSPHRASE = "walk by the river 42"
TIME_ROW = "We set aside time just for the two of us."


def second_device(browser: Browser, server: SiteServer) -> Iterator[Page]:
    """A second browser with nothing saved: the reader's other device, or their therapist's."""
    context, log = open_context(browser, server.url)
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()
    assert log.foreign == []


@pytest.fixture
def other_device(browser: Browser, server: SiteServer) -> Iterator[Page]:
    yield from second_device(browser, server)


def fill_and_wait(page: Page, weakest: str) -> None:
    page.goto(CHECKIN)
    fill_checkin(page, weakest=weakest)
    expect(worksheet(page, "checkin").locator("[data-worksheet-save]")).to_have_text("Saved on this device.")


def answer_time(page: Page, option: str) -> None:
    """One answer is enough to make a saved record (the full check-in is filled elsewhere)."""
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    form.get_by_role("group", name=TIME_ROW).get_by_label(option).check()
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")


def export_all(page: Page, tmp_path: Path, passphrase: str = "") -> Path:
    page.goto("your-answers/")
    expect(page.locator("[data-saved-answers]")).to_contain_text("Closeness check-in (your answers, saved")
    if passphrase:
        export = page.locator("[data-answers-export]")
        export.get_by_label("Passphrase to lock the file (optional)").fill(passphrase)
        export.get_by_label("Type the passphrase again").fill(passphrase)
    with page.expect_download() as download:
        page.get_by_role("button", name="Save all my answers to a file").click()
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    expect(page.get_by_role("status").filter(has_text="Saved 1 worksheet record")).to_be_visible()
    return target


def choose_file(page: Page, file: Path | dict) -> None:
    page.locator("[data-answers-import]").get_by_label("Answers file").set_input_files(file)


def time_answer(page: Page, option: str):
    page.goto(CHECKIN)
    return worksheet(page, "checkin").get_by_role("group", name=TIME_ROW).get_by_label(option)


@pytest.mark.parametrize("passphrase", ["", PASSPHRASE], ids=["plain", "locked"])
def test_export_then_import_on_another_device(
    page: Page, other_device: Page, tmp_path: Path, passphrase: str
) -> None:
    answer_time(page, "Not like us")
    exported = export_all(page, tmp_path, passphrase)
    data = json.loads(exported.read_text())
    if passphrase:
        assert data["format"] == "closer-answers-encrypted" and data["version"] == 1
        assert data["kdf"]["name"] == "PBKDF2" and data["kdf"]["hash"] == "SHA-256"
        assert data["kdf"]["iterations"] >= 210_000 and data["kdf"]["salt"]
        assert data["cipher"] == {"name": "AES-GCM", "iv": data["cipher"]["iv"]} and data["data"]
        assert "communication_calm" not in exported.read_text()
    else:
        assert data["format"] == "closer-answers" and data["version"] == 1
        assert [r["worksheet"] for r in data["records"]] == ["checkin"]

    other = other_device
    other.goto("your-answers/")
    expect(other.locator("[data-saved-answers]")).to_have_text("No answers are saved on this device yet.")
    before = storage_snapshot(other)
    choose_file(other, exported)
    if passphrase:
        other.get_by_label("Passphrase", exact=True).fill("not the passphrase")
        other.get_by_role("button", name="Open the file").click()
        expect(
            other.get_by_role("alert").filter(has_text="That passphrase does not open this file")
        ).to_contain_text("Nothing was changed.")
        assert storage_snapshot(other) == before
        other.get_by_label("Passphrase", exact=True).fill(passphrase)
        other.get_by_role("button", name="Open the file").click()
    preview = other.locator(".answers-io__preview")
    row = preview.get_by_role("row").filter(has_text="Closeness check-in")
    expect(row).to_contain_text("You")
    expect(row).to_contain_text("Will be added.")
    assert storage_snapshot(other) == before, "a preview changes nothing"
    other.get_by_role("button", name="Import", exact=True).click()
    expect(other.get_by_role("status").filter(has_text="Imported 1 worksheet record.")).to_be_visible()
    expect(other.locator("[data-saved-answers]")).to_contain_text("Closeness check-in (your answers, saved")
    expect(time_answer(other, "Not like us")).to_be_checked()


def test_import_asks_before_replacing_answers(page: Page, tmp_path: Path) -> None:
    answer_time(page, "Not like us")
    exported = export_all(page, tmp_path)
    answer_time(page, "Mostly like us")  # a later answer on this device
    page.goto("your-answers/")
    choose_file(page, exported)
    row = page.locator(".answers-io__preview").get_by_role("row").filter(has_text="Closeness check-in")
    expect(row).to_contain_text("Would replace the answers saved here")
    kept = storage_snapshot(page)
    page.get_by_role("button", name="Import", exact=True).click()  # without ticking the box
    expect(
        page.get_by_role("status").filter(has_text="Kept your own answers for 1 (not replaced).")
    ).to_be_visible()
    assert storage_snapshot(page) == kept
    expect(time_answer(page, "Mostly like us")).to_be_checked()

    page.goto("your-answers/")
    choose_file(page, exported)
    page.get_by_label("Replace my answers for the worksheet marked “Would replace”").check()
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="Imported 1 worksheet record.")).to_be_visible()
    expect(time_answer(page, "Not like us")).to_be_checked()


BAD_FILES = {
    "malformed": (b'{"format": "closer-answers", "version": 1, "records": [', "not valid JSON"),
    "foreign": (
        json.dumps({"format": "someone-elses-app", "items": []}).encode(),
        "is not a Closer answers file",
    ),
    "damaged": (
        json.dumps({"format": "closer-answers", "version": 1, "records": [{"worksheet": 3}]}).encode(),
        "its records could not be read",
    ),
    "newer": (
        json.dumps({"format": "closer-answers", "version": 9, "records": []}).encode(),
        "format version 9",
    ),
    "oversized": (
        b'{"format": "closer-answers", "pad": "' + b"x" * 1_000_000 + b'"}',
        "too large (over 1 MB)",
    ),
    "locked, damaged": (
        json.dumps({"format": "closer-answers-encrypted", "version": 1, "kdf": {}}).encode(),
        "is damaged",
    ),
}


def test_bad_files_are_refused_and_change_nothing(page: Page) -> None:
    answer_time(page, "Not like us")
    page.goto("your-answers/")
    kept = storage_snapshot(page)
    for name, (content, message) in BAD_FILES.items():
        choose_file(page, {"name": f"{name}.json", "mimeType": "application/json", "buffer": content})
        alert = page.locator("[data-answers-import]").get_by_role("alert")
        expect(alert).to_contain_text(message)
        expect(alert).to_contain_text("Nothing was changed.")
        expect(page.locator(".answers-io__preview")).to_have_count(0)
        assert storage_snapshot(page) == kept, name
