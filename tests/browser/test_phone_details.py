"""The details of a finished product: unique ids, forms that adapt, the deck, the rituals
planner, "Your data" in words, file choosers that name the file, the next chapter offered."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page, expect

from .helpers import CHECKIN, choose, submit_and_wait, worksheet
from .test_conversation_deck_story import SUSTAINING, press
from .test_partner_mode import answer_all
from .test_rituals_planner_story import fill_plan

DUPLICATE_IDS = """() => {
  const seen = new Map();
  for (const node of document.querySelectorAll("[id]")) seen.set(node.id, (seen.get(node.id) || 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}"""


def test_scale_options_sit_in_one_even_row_on_a_desktop(page: Page) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(CHECKIN)
    group = worksheet(page, "checkin").locator("fieldset.field--scale").first
    boxes = [o.bounding_box() for o in group.locator(".field__option").all()]
    assert len({round(b["y"]) for b in boxes}) == 1, "the options wrap onto more than one row"
    assert max(b["width"] for b in boxes) - min(b["width"] for b in boxes) < 2, "uneven options"


def test_a_ritual_not_for_now_hides_its_day_and_time_fields(page: Page) -> None:
    page.goto(SUSTAINING)
    form = worksheet(page, "rituals-planner")
    days = form.get_by_role("group", name="Daily check-in: which days?")
    expect(days).to_be_visible()
    choose(form, "Include the daily check-in?", "Not for now")
    expect(days).to_be_hidden()
    expect(form.get_by_label("Daily check-in: start time")).to_be_hidden()
    choose(form, "Include the daily check-in?", "Yes, include it")
    expect(days).to_be_visible()


def test_the_deck_offers_only_what_can_be_done_and_shows_the_card_after_a_reload(page: Page) -> None:
    page.goto(SUSTAINING)
    form = worksheet(page, "conversation-deck")
    form.scroll_into_view_if_needed()
    expect(form.get_by_role("button", name="Clear answers")).to_be_hidden()
    expect(form.get_by_role("button", name="Keep this card as a favourite")).to_be_hidden()
    card = press(form, "Draw a card")
    expect(form.get_by_role("button", name="Keep this card as a favourite")).to_be_visible()
    page.reload()
    form = worksheet(page, "conversation-deck")
    expect(form.locator("[data-worksheet-result] .result__summary")).to_have_text(card)
    expect(form.get_by_role("button", name="Keep this card as a favourite")).to_be_visible()


def test_the_rituals_calendar_comes_before_read_next(page: Page) -> None:
    page.goto(SUSTAINING)
    form = worksheet(page, "rituals-planner")
    fill_plan(form)
    result = submit_and_wait(form, "Make our plan")
    order = result.evaluate(
        """(r) => [...r.querySelectorAll(".result__download, .result__links")].map((n) => n.className)"""
    )
    assert order[0].startswith("md-button result__download"), order
    # Times as the time field shows them (12-hour in this browser's en-US locale).
    expect(result).to_contain_text("7:30 – 7:45 AM")
    expect(result).not_to_contain_text("07:30")


def test_your_data_names_things_in_words_and_erase_looks_destructive(page: Page) -> None:
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    form.get_by_label("About half overlap").check()
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")
    page.goto("your-data/")
    items = page.locator("[data-your-data-items] li")
    expect(items.filter(has_text="Your answers to “Closeness check-in”")).to_have_count(1)
    expect(items.filter(has_text="List of the worksheets with saved answers")).to_have_count(1)
    erase = page.get_by_role("button", name="Erase everything…")
    assert erase.evaluate("(b) => getComputedStyle(b).backgroundColor") == "rgb(176, 0, 32)"


def test_a_partner_file_chooser_names_the_file_opened(page: Page, tmp_path: Path) -> None:
    bad = tmp_path / "not-answers.json"
    bad.write_text(json.dumps({"hello": 1}))
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    form.get_by_label("Or load your partner's exported answers file:").set_input_files(bad)
    expect(form.locator(".worksheet__partner")).to_contain_text("Opened: not-answers.json")


def test_the_suggested_reading_order_is_offered_on_each_chapter(page: Page) -> None:
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    answer_all(page, listening="Not like us", others="Mostly like us", picture="Some overlap")
    result = submit_and_wait(form)
    first = result.locator(".result__links a").first
    expect(first).to_have_text("Active listening")
    second = result.locator(".result__links a").nth(1).inner_text()
    page.goto("chapters/vulnerability/")
    page.goto("chapters/active-listening/")
    offer = page.get_by_role("complementary", name="Your reading order")
    expect(offer).to_contain_text(f"Your next chapter: {second}")
    offer.get_by_role("link", name=second).click()
    expect(page.locator("h1")).to_contain_text(second)


def test_back_to_top_waits_in_the_bottom_corner_on_a_phone(page: Page) -> None:
    """Not a pill over the line being read under the header: a round button a thumb reaches."""
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("chapters/vulnerability/")
    page.mouse.wheel(0, 3000)
    page.mouse.wheel(0, -300)  # Material offers it while the reader scrolls back up
    button = page.get_by_role("button", name="Back to top")
    expect(button).to_be_visible()
    box = button.bounding_box()
    assert box is not None
    assert box["y"] > 740 - 100 and box["x"] > 360 - 100, f"not in the bottom corner: {box}"
    assert box["width"] >= 44 and box["height"] >= 44, f"too small to tap: {box}"
    button.click()
    page.wait_for_function("() => window.scrollY === 0")


def test_your_data_storage_table_reads_as_cards_on_a_phone(page: Page) -> None:
    """Three columns at 360 px leave a few words per line: each row is stacked instead."""
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("your-data/")
    row = page.locator(".storage-table tbody tr").first
    what, where, name = (row.locator("td").nth(i).bounding_box() for i in range(3))
    assert what and where and name
    assert what["y"] + what["height"] <= where["y"] + 1 and where["y"] + where["height"] <= name["y"] + 1
    assert what["width"] > 280, "each part of a row takes the whole width"
    page.set_viewport_size({"width": 1280, "height": 800})
    what, where = (row.locator("td").nth(i).bounding_box() for i in range(2))
    assert what and where and abs(what["y"] - where["y"]) < 2, "a table again on a desktop"
