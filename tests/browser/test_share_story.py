"""A client shares their answers with their therapist: a printable summary with each question,
their answer and the reflection, or a file of the chosen worksheets, never the partner's."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page, expect

from .helpers import CHECKIN, RESULT_TIMEOUT_MS, feel_safe, worksheet
from .test_checkin_story import fill_checkin
from .test_homework_story import make_homework_link
from .test_import_export import fill_and_wait
from .test_print_handouts import STUB_PRINT, assert_no_frame, pdf_text


def test_printable_summary_from_the_homework_page(context, page: Page) -> None:
    context[0].add_init_script(STUB_PRINT)
    fill_and_wait(page, weakest="listening")
    page.goto(make_homework_link(page))
    share = page.locator("[data-share]")
    expect(share.get_by_label("Closeness check-in", exact=False)).to_be_checked()  # the homework's worksheet
    share.get_by_role("button", name="Show a printable summary").click()
    summary = share.get_by_role("region", name="Summary of my answers")
    expect(summary.get_by_role("heading", name="My answers, to share with my therapist")).to_be_focused()
    answers = summary.locator(".answers").filter(has_text="Closeness check-in")
    row = answers.locator("dt", has_text="We set aside time just for the two of us.")
    expect(row.locator("xpath=following-sibling::dd[1]")).to_have_text("4 (Mostly like us)")
    reflection = answers.locator(".answers__reflection")
    expect(reflection).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(reflection).to_contain_text("listening may be the place to start")

    summary.get_by_role("button", name="Print the summary").click()
    text = pdf_text(page)
    assert "My answers, to share with my therapist" in text
    assert "We set aside time just for the two of us. 4 (Mostly like us)" in text
    assert "listening may be the place to start" in text
    assert "Readings and worksheets" not in text and "Worksheets to share" not in text
    assert_no_frame(text)


def test_the_file_holds_the_chosen_worksheets_and_never_the_partners(page: Page, tmp_path: Path) -> None:
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    form.get_by_role("button", name="My partner is answering").click()
    feel_safe(page, "checkin")
    fill_checkin(page, weakest="empathy")  # the partner's private answers
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")
    form.get_by_role("button", name="I am answering").click()
    fill_and_wait(page, weakest="time")

    page.goto("your-answers/")
    expect(page.locator("[data-saved-answers]")).to_contain_text("your partner's answers")
    share = page.locator("[data-share]")
    choices = share.get_by_role("group", name="Worksheets to share").get_by_role("checkbox")
    expect(choices).to_have_count(1)  # only the reader's own answers can be shared
    with page.expect_download() as download:
        share.get_by_role("button", name="Save the file").click()
    saved = tmp_path / "shared.json"
    download.value.save_as(saved)
    expect(share.get_by_role("status")).to_contain_text("Anyone who has it can read it")
    data = json.loads(saved.read_text())
    assert data["format"] == "closer-answers" and data["version"] == 1
    assert [(r["worksheet"], r["profile"]) for r in data["records"]] == [("checkin", "self")]
    assert data["records"][0]["answers"]["time_protected"] == "1"

    choices.first.uncheck()
    share.get_by_role("button", name="Save the file").click()
    expect(share.get_by_role("status")).to_have_text("Choose at least one worksheet to share.")
