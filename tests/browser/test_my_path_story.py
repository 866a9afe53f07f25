"""A reader who has done a few check-ins sees their path: what is done, the trend, next steps."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from worksheets import all_worksheets

from .helpers import CHECKIN, submit_and_wait, worksheet
from .test_checkin_story import fill_checkin

MY_PATH = "chapters/putting-it-together/"


def test_path_summarises_saved_worksheets_and_saves_a_plan(page: Page, tmp_path: Path) -> None:
    for day, weakest in (("2026-10-01", "time"), ("2026-11-26", "listening")):
        page.clock.set_fixed_time(f"{day}T09:00:00")
        page.goto(CHECKIN)
        fill_checkin(page, weakest=weakest)
        submit_and_wait(worksheet(page, "checkin"))

    page.goto(MY_PATH)
    form = worksheet(page, "my-path")
    steps = form.get_by_role("group", name="Choose up to three next steps")
    steps.get_by_label("Protect one weekly time for just the two of us").check()
    steps.get_by_label("Listen and sum up before I give advice").check()
    form.get_by_label("A next step in your own words").fill("Walk together on Sundays")
    form.get_by_label("When will you look at this again?").fill("2026-12-24")
    result = submit_and_wait(form)

    total = len(all_worksheets()) - 1
    expect(result.locator(".result__summary")).to_have_text(
        f"You have worked on 1 of the {total} worksheets on this device, and chosen 3 next steps."
    )
    # Days in the reader's own style (Chromium's default locale here is en-US).
    expect(result).to_contain_text("Closeness check-in (last saved November 26, 2026)")
    expect(result).to_contain_text("Time together: 1 on October 1, 2026, 4 on November 26, 2026.")
    expect(result.locator("svg.chart--lines")).to_be_visible()
    expect(result.get_by_role("link", name="Repair plan")).to_be_visible()

    with page.expect_download() as caught:
        result.get_by_role("link", name="Save my path as a text file").click()
    saved = tmp_path / "plan.txt"
    caught.value.save_as(saved)
    assert caught.value.suggested_filename == "my-path.txt"
    text = saved.read_bytes().decode("utf-8")
    assert "  - Closeness check-in\r\n" in text
    assert "  - Walk together on Sundays\r\n" in text
    assert text.endswith("We will look at this again on 2026-12-24.\r\n")
