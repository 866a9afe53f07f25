"""Keyboard only: every worksheet can be filled and submitted with Tab, Space, Enter and the
arrow keys, with a visible focus indicator on every stop, nothing hidden under fixed bars, and no
trap. The check-in, with its scales and its picture item, is done start to finish by keyboard.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from worksheets import all_worksheets, get

from .helpers import CHECKIN, RESULT_TIMEOUT_MS, SAFE_ANSWER, worksheet

MAX_TAB_STOPS = 400

# What has focus, seen as a person sees it: its field, whether the focus is visible (an outline
# of 2 px or more, or a ring, on it or on its label) and whether any of it shows from under fixed
# or sticky bars (WCAG 2.4.11).
FOCUSED = """(formSelector) => {
  const el = document.activeElement;
  const form = document.querySelector(formSelector);
  const box = (el.matches("input[type=radio], input[type=checkbox]") && el.closest("label")) || el;
  const ring = (s) => (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) ||
    (s.boxShadow !== "none" && !s.boxShadow.startsWith("rgba(0, 0, 0, 0)"));
  const styles = [getComputedStyle(el), getComputedStyle(box)];
  const r = box.getBoundingClientRect();
  const points = [[0.5, 0.5], [0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]].map(([fx, fy]) =>
    [r.left + r.width * fx, r.top + r.height * fy]);
  const shows = points.some(([x, y]) => {
    const top = document.elementFromPoint(x, y);
    return top && (box.contains(top) || top.contains(box));
  });
  const group = el.type === "radio" ? [...form.querySelectorAll(`input[type=radio][name="${el.name}"]`)] : [];
  return {
    inForm: form.contains(el), tag: el.tagName.toLowerCase(), type: el.type || "", name: el.name || "",
    value: el.value,
    label: (el.labels && el.labels[0] ? el.labels[0].textContent : el.textContent).trim().slice(0, 60),
    index: group.indexOf(el), values: group.map((r) => r.value), checked: !!el.checked,
    primary: el === form.querySelector('button[type="submit"]'),
    focusVisible: ring(styles[0]) || ring(styles[1]),
    shows,
  };
}"""


def _date_keys(iso: str) -> str:
    """What a person types into a date box in an en-US browser (mm dd yyyy)."""
    year, month, day = iso.split("-")
    return f"{month}{day}{year}"


def _time_keys(hhmm: str) -> str:
    """What a person types into a time box in an en-US browser (hh mm AM/PM)."""
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return f"{(hours % 12) or 12:02d}{minutes:02d}{'P' if hours >= 12 else 'A'}"


def _choose_radio(page: Page, focused: dict[str, Any], wanted: str, detour: bool) -> None:
    """Tab lands on the first radio of an unanswered group; Space picks it, arrows move and pick."""
    target = focused["values"].index(str(wanted))
    here = focused["index"]
    if target == here:
        page.keyboard.press("Space")
        return
    if detour and target + 1 < len(focused["values"]):
        for _ in range(target + 1 - here):  # one too far, then back: both arrow directions work
            page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowLeft")
        return
    for _ in range(target - here):
        page.keyboard.press("ArrowDown")


def fill_by_keyboard(page: Page, worksheet_id: str, answers: dict[str, Any]) -> list[dict[str, Any]]:
    """From the worksheet's introduction, Tab through the form, answering each field by keyboard,
    until the focus reaches the primary button. Returns every stop, for the assertions."""
    form_selector = f'form.worksheet[data-worksheet="{worksheet_id}"]'
    form = page.locator(form_selector)
    # Clicking plain text sets where sequential focus navigation starts, as it does for a person.
    form.locator(".worksheet__intro").click()
    stops: list[dict[str, Any]] = []
    answered: set[str] = set()
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED, form_selector)
        stops.append(focused)
        assert focused["inForm"], f"Tab left the worksheet before its button, at {focused}"
        if focused["primary"]:
            return stops
        name = focused["name"]
        if name not in answers or name in answered or answers[name] in (None, "", []):
            continue
        value = answers[name]
        if focused["type"] == "radio":
            _choose_radio(page, focused, value, detour=len(answered) % 3 == 1)
            answered.add(name)
        elif focused["type"] == "checkbox":
            if focused["value"] in value:
                page.keyboard.press("Space")
        elif focused["type"] == "date":
            page.keyboard.type(_date_keys(value))
            answered.add(name)
        elif focused["type"] == "time":
            page.keyboard.type(_time_keys(value))
            answered.add(name)
        elif focused["tag"] in ("input", "textarea"):
            text = str(value)
            page.keyboard.type(text[:40])  # key by key; a long rest arrives as typed text at once
            if len(text) > 40:
                page.keyboard.insert_text(text[40:])
            answered.add(name)
    pytest.fail(f"the primary button was not reached in {MAX_TAB_STOPS} Tab presses (a trap?)")


def assert_every_stop_is_seen(stops: list[dict[str, Any]]) -> None:
    unseen = [s for s in stops if not s["focusVisible"]]
    assert unseen == [], f"no visible focus indicator on: {unseen}"
    hidden = [s for s in stops if not s["shows"]]
    assert hidden == [], f"focused but hidden under something fixed: {hidden}"


CHECKIN_ANSWERS = {
    **{f.id: "4" for f in get("checkin").fields if f.kind == "scale"},
    "listening_heard": "1",
    "listening_ask": "2",
    "time_protected": "5",
    "closeness_picture": "3",
    "note": "Typed with the keyboard only.",
}


def test_checkin_fully_by_keyboard(page: Page) -> None:
    """Radio groups with the arrow keys, the picture item, the note, then Enter on the button."""
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    stops = fill_by_keyboard(page, "checkin", CHECKIN_ANSWERS)
    assert_every_stop_is_seen(stops)
    picture = [s for s in stops if s["name"] == "closeness_picture"]
    assert picture, "the picture item was never reached by Tab"
    for name, value in CHECKIN_ANSWERS.items():
        if name == "note":
            expect(form.locator(f'[name="{name}"]')).to_have_value(value)
        else:
            expect(form.locator(f'input[name="{name}"][value="{value}"]')).to_be_checked()
    page.keyboard.press("Enter")
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(result.locator(".result__summary")).to_contain_text("listening may be the place to start")
    expect(result).to_contain_text("Typed with the keyboard only.")


def test_closeness_picture_has_a_text_alternative_and_works_by_keyboard(page: Page) -> None:
    page.goto(CHECKIN)
    picture = worksheet(page, "checkin").locator('[data-field="closeness_picture"]')
    radios = picture.get_by_role("radio")
    count = radios.count()
    assert count >= 5
    for i in range(count):
        name = radios.nth(i).evaluate("(r) => r.labels[0].innerText.trim()")
        assert len(name) > 3, f"option {i + 1} has no words, only a picture: {name!r}"
        expect(radios.nth(i)).to_have_accessible_name(name.replace("\n", " "), ignore_case=True)
    assert picture.locator("svg[aria-hidden='true']").count() == count, "drawings must be decorative"
    radios.first.focus()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(radios.nth(2)).to_be_checked()
    expect(radios.nth(2)).to_be_focused()


OTHERS = [sheet.id for sheet in all_worksheets() if sheet.id != "checkin"]


@pytest.mark.parametrize("sheet_id", OTHERS)
def test_worksheet_is_filled_and_submitted_by_keyboard(page: Page, sheet_id: str) -> None:
    """Tab from the first field to the button, answering by keyboard; Enter or Space submits."""
    sheet = get(sheet_id)
    page.goto(f"chapters/{sheet.chapter}/")
    form = worksheet(page, sheet_id)
    stops = fill_by_keyboard(page, sheet_id, sheet.examples[0])
    assert_every_stop_is_seen(stops)
    assert any(s["name"] for s in stops), "no field was reached by Tab"
    page.keyboard.press("Space" if OTHERS.index(sheet_id) % 2 else "Enter")
    if sheet_id == "disclosure-ladder":  # its example rates a rung 4 or 5: the safety check asks first
        check = page.locator(f'section.safety-check[data-safety-check="{sheet_id}"]')
        expect(check.get_by_role("heading", name="Before you go on: a quick check-in")).to_be_focused()
        page.keyboard.press("Tab")
        expect(check.get_by_role("button", name=SAFE_ANSWER)).to_be_focused()
        page.keyboard.press("Enter")
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(result.locator(".result__summary")).not_to_be_empty()
