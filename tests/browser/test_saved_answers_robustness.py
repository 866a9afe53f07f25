"""Saved answers survive upgrades, damage and two tabs; hostile text stays text everywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from worksheets import all_worksheets
from worksheets.library.checkin import THEMES, WORKSHEET

from .helpers import CHECKIN, RESULT_TIMEOUT_MS, worksheet
from .test_checkin_story import fill_checkin

HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>"""); import js #{{ 7*7 }}'
V1_ANSWERS = {f: "4" for t in THEMES for f, _ in t.statements} | {
    "closeness_picture": "3",
    "note": "Written before the update",
    "old_question": "An answer to a question that no longer exists",
}


SITE_PATH = "new URL('../../', document.querySelector('script[type=module]').src).pathname"


def key(page: Page, sheet: str, version: int) -> str:
    """The storage key the page uses: site path, worksheet id, version (docs/how-it-works.md)."""
    return page.evaluate(f"([s, v]) => `closer:${{{SITE_PATH}}}:${{s}}:v${{v}}`", [sheet, version])


def put(page: Page, storage_key: str, value: object | str) -> None:
    text = value if isinstance(value, str) else json.dumps(value)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [storage_key, text])


def stored(page: Page, storage_key: str) -> str | None:
    return page.evaluate("(k) => localStorage.getItem(k)", storage_key)


def test_answers_from_an_earlier_version_are_carried_over_and_nothing_is_lost(page: Page) -> None:
    page.goto(CHECKIN)
    old_key, new_key = key(page, "checkin", 1), key(page, "checkin", WORKSHEET.version)
    record = {
        "format": 1,
        "worksheet": "checkin",
        "version": 1,
        "answers": V1_ANSWERS,
        "updated": "2026-01-05T09:00:00Z",
    }
    put(page, old_key, record)
    page.reload()
    form = worksheet(page, "checkin")
    status = form.locator("[data-worksheet-save]")
    expect(status).to_contain_text("has changed since you filled it in", timeout=RESULT_TIMEOUT_MS)
    expect(status).to_contain_text("Your answers were carried over", timeout=RESULT_TIMEOUT_MS)
    expect(form.get_by_label("A small overlap")).to_be_checked()
    expect(form.get_by_label("Anything you want to remember about today?")).to_have_value(
        "Written before the update"
    )
    box = form.get_by_role("region", name="Answers from an earlier version")
    expect(box).to_contain_text("An answer to a question that no longer exists")
    assert json.loads(stored(page, new_key))["answers"]["note"] == "Written before the update"
    assert json.loads(stored(page, old_key)) == record  # the original is kept, untouched

    page.reload()  # the earlier answers stay on show until the reader dismisses them
    box = worksheet(page, "checkin").get_by_role("region", name="Answers from an earlier version")
    expect(box).to_be_visible()
    box.get_by_role("button", name="I have noted these, remove them").click()
    page.reload()
    expect(worksheet(page, "checkin").locator(".worksheet__earlier")).to_have_count(0)


def test_a_damaged_record_affects_only_its_worksheet(page: Page, tmp_path: Path) -> None:
    page.goto(CHECKIN)
    damaged = key(page, "checkin", WORKSHEET.version)
    put(page, damaged, '{"format": 1, "worksheet": "checkin", "answ')
    good = key(page, "i-statement", 1)
    put(
        page,
        good,
        {
            "format": 1,
            "worksheet": "i-statement",
            "version": 1,
            "answers": {"situation": "When the dishes pile up"},
            "updated": "2026-11-20T08:00:00Z",
        },
    )
    page.reload()
    form = worksheet(page, "checkin")
    status = form.locator("[data-worksheet-save]")
    expect(status).to_contain_text("could not be read. Other worksheets are not affected.")
    with page.expect_download() as caught:
        status.get_by_role("button", name="Save the damaged answers to a file").click()
    caught.value.save_as(tmp_path / "damaged.txt")
    assert (tmp_path / "damaged.txt").read_text() == '{"format": 1, "worksheet": "checkin", "answ'
    assert stored(page, damaged + ":damaged") == '{"format": 1, "worksheet": "checkin", "answ'

    status.get_by_role("button", name="Start this worksheet again").click()
    expect(status).to_contain_text("Started again.")
    assert stored(page, damaged) is None
    fill_checkin(page, weakest="time")
    expect(status).to_have_text("Saved on this device.")

    page.goto("chapters/effective-communication/")
    expect(page.locator('form[data-worksheet="i-statement"] [data-worksheet-save]')).to_contain_text(
        "are restored"
    )
    expect(page.locator('form[data-worksheet="i-statement"] input[name="situation"]')).to_have_value(
        "When the dishes pile up"
    )


def test_two_tabs_stay_in_step(context, page: Page) -> None:
    ctx: BrowserContext = context[0]
    page.goto(CHECKIN)
    other = ctx.new_page()
    other.goto(CHECKIN)
    note = "Typed in the first tab"
    worksheet(page, "checkin").get_by_label("Anything you want to remember about today?").fill(note)
    expect(worksheet(page, "checkin").locator("[data-worksheet-save]")).to_have_text("Saved on this device.")
    second = worksheet(other, "checkin")
    expect(second.locator("[data-worksheet-save]")).to_have_text(
        "Updated with the answers saved in another tab."
    )
    expect(second.get_by_label("Anything you want to remember about today?")).to_have_value(note)
    # The second tab edits too; the first follows; nothing crashes and nothing else is touched.
    second.get_by_label("Some overlap").check()
    expect(worksheet(page, "checkin").get_by_label("Some overlap")).to_be_checked()
    expect(
        worksheet(page, "checkin").get_by_label("Anything you want to remember about today?")
    ).to_have_value(note)


TEXT_SHEETS = [s for s in all_worksheets() if any(f.kind in ("short", "long") for f in s.fields)]


@pytest.mark.parametrize("sheet", TEXT_SHEETS, ids=lambda s: s.id)
def test_hostile_text_in_every_text_field_stays_text(page: Page, sheet) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"chapters/{sheet.chapter}/")
    form = worksheet(page, sheet.id)
    fields = [f for f in sheet.fields if f.kind in ("short", "long")]
    for f in fields:
        form.locator(f'[name="{f.id}"]').fill(HOSTILE[: getattr(f, "max_length", 200)])
    form.locator('button[type="submit"]').first.click()
    done = "[data-worksheet-result][data-state=ready], [data-worksheet-result][data-state=error]"
    form.locator(done).wait_for(timeout=RESULT_TIMEOUT_MS)
    page.reload()
    form = worksheet(page, sheet.id)
    for f in fields:
        expect(form.locator(f'[name="{f.id}"]')).to_have_value(HOSTILE[: getattr(f, "max_length", 200)])
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src=x]").count() == 0
    assert errors == []


def test_text_over_its_limit_is_kept_and_the_reader_is_told(page: Page) -> None:
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    note = form.get_by_label("Anything you want to remember about today?")
    long_text = "Remember this. " * 140 + "The end."  # 2,108 characters; the limit is 2,000
    note.fill(long_text)
    expect(form.locator('[data-count-for="note"]')).to_have_text(
        "2,108 characters: 108 over the limit of 2,000. "
        "Shorten it to get a reflection; nothing you typed is lost."
    )
    fill_checkin(page, weakest="time")
    note.fill(long_text)
    form.locator('button[type="submit"]').click()
    expect(form.locator('[data-field-error="note"]')).to_have_text(
        "Write at most 2,000 characters here (this is 108 over).",
        timeout=RESULT_TIMEOUT_MS,
    )
    page.reload()
    expect(
        worksheet(page, "checkin").get_by_label("Anything you want to remember about today?")
    ).to_have_value(long_text)


def test_hostile_text_in_an_imported_file_stays_text(page: Page, tmp_path: Path) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    answers = {"situation": HOSTILE[:200], "request": HOSTILE[:200]}
    file = tmp_path / "answers.json"
    file.write_text(
        json.dumps(
            {
                "format": "closer-answers",
                "version": 1,
                "exported": HOSTILE,
                "records": [
                    {"worksheet": "i-statement", "version": 1, "answers": answers, "updated": HOSTILE}
                ],
            }
        )
    )
    page.goto("your-answers/")
    page.locator("[data-answers-import]").get_by_label("Answers file").set_input_files(str(file))
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="Imported 1 worksheet record.")).to_be_visible()
    page.goto("chapters/effective-communication/")
    form = worksheet(page, "i-statement")
    expect(form.locator('[name="situation"]')).to_have_value(HOSTILE[:200])
    assert page.evaluate("window.__pwned") is None and page.locator("img[src=x]").count() == 0
    assert errors == []


def test_hostile_text_in_a_homework_link_stays_text(page: Page) -> None:
    import base64

    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    note = HOSTILE[:300]
    data = json.dumps({"v": 1, "items": ["checkin"], "note": note, "due": ""}, separators=(",", ":"))
    code = base64.urlsafe_b64encode(data.encode()).decode().rstrip("=")
    page.goto(f"therapists/homework/#h={code}")
    expect(page.locator("[data-homework]")).to_contain_text(note)
    assert page.evaluate("window.__pwned") is None and page.locator("img[src=x]").count() == 0
    # A link whose slug carries markup is refused, and nothing is kept.
    bad = json.dumps({"v": 1, "items": ["<img src=x onerror=alert(1)>"], "note": "", "due": ""})
    page.goto("therapists/homework/#h=" + base64.urlsafe_b64encode(bad.encode()).decode().rstrip("="))
    expect(page.locator("[data-homework]")).to_contain_text("damaged or incomplete")
    assert errors == []


def test_a_record_from_a_newer_storage_format_is_kept_not_misread(page: Page) -> None:
    page.goto(CHECKIN)
    storage_key = key(page, "checkin", WORKSHEET.version)
    newer = json.dumps(
        {"format": 99, "worksheet": "checkin", "version": WORKSHEET.version, "answers": {"x": 1}}
    )
    put(page, storage_key, newer)
    page.reload()
    status = worksheet(page, "checkin").locator("[data-worksheet-save]")
    expect(status).to_contain_text("saved by a newer version of Closer and cannot be read here")
    assert stored(page, storage_key + ":damaged") == newer  # a copy is kept before anything else
