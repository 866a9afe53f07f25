"""On a phone (360 x 740 CSS px): worksheets with their results fit, and a worksheet can be
filled and submitted by touch (no page scrolls sideways: test_every_page.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from worksheets import all_worksheets

from .conftest import open_context
from .helpers import CHECKIN, RESULT_TIMEOUT_MS, feel_safe, worksheet
from .server import SiteServer
from .test_accessibility import fill_from_example, undersized_targets

PHONE = {
    "viewport": {"width": 360, "height": 740},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}

# Sideways overflow: the page's own scroll width, and any element of the article that reaches
# past the screen's edges without sitting in a box that scrolls on its own (wide tables, code).
OVERFLOW = """() => {
  const root = document.scrollingElement;
  const width = root.clientWidth;
  const scrollsItself = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (/(auto|scroll)/.test(getComputedStyle(p).overflowX)) return true;
    }
    return false;
  };
  // Inside a worksheet, nothing may stick out of the worksheet's own box either.
  const edges = (el) => {
    const form = el.closest("form.worksheet");
    const box = form ? form.getBoundingClientRect() : { left: 0, right: width };
    return [Math.max(box.left, 0), Math.min(box.right, width)];
  };
  const wide = [...document.querySelectorAll(".md-content *")].filter((el) => {
    const r = el.getBoundingClientRect();
    const [left, right] = edges(el);
    return r.width > 0 && (r.right > right + 1 || r.left < left - 1) && el.checkVisibility() &&
      !scrollsItself(el);
  });
  return {
    scrollWidth: root.scrollWidth, clientWidth: width,
    wide: wide.slice(0, 5).map((el) => {
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`;
      return `${name} (${Math.round(r.left)} to ${Math.round(r.right)} px)`;
    }),
  };
}"""


def sideways(page: Page, where: str) -> list[str]:
    found = page.evaluate(OVERFLOW)
    problems = [f"{where}: {item} reaches past the screen" for item in found["wide"]]
    if found["scrollWidth"] > found["clientWidth"]:
        problems.append(
            f"{where}: the page is {found['scrollWidth']} px wide on a {found['clientWidth']} px screen"
        )
    return problems


@pytest.fixture(scope="module")
def phone(browser: Browser, server: SiteServer) -> Iterator[Page]:
    context, log = open_context(browser, server.url, **PHONE)
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()
    assert log.foreign == []


CHAPTERS = sorted({sheet.chapter for sheet in all_worksheets()})


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_filled_worksheets_and_their_results_fit_a_phone(phone: Page, chapter: str) -> None:
    phone.goto(f"chapters/{chapter}/")
    for sheet in all_worksheets():
        if sheet.chapter != chapter:
            continue
        form = worksheet(phone, sheet.id)
        fill_from_example(phone, sheet.id)
        form.locator('button[type="submit"]').first.click()
        # The ladder's example reaches its deepest steps: the safety check holds the submit first
        # (shown at once, in the submit's own handler), and a couple who are fine carry on.
        if phone.locator(f'section.safety-check[data-safety-check="{sheet.id}"]').is_visible():
            feel_safe(phone, sheet.id)
        result = form.locator("[data-worksheet-result]")
        expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    problems = sideways(phone, chapter)
    problems += [f"{chapter}: {target}" for target in undersized_targets(phone)]
    assert problems == [], "\n".join(problems)


def test_checkin_is_filled_and_submitted_by_touch(phone: Page) -> None:
    phone.goto(CHECKIN)
    form = worksheet(phone, "checkin")
    for group in form.locator("fieldset.field--scale").all():
        group.get_by_text("Mostly like us").tap()
    form.locator('[data-field="closeness_picture"]').get_by_text("About half overlap").tap()
    form.get_by_label("Anything you want to remember about today?").tap()
    phone.keyboard.type("Filled on a phone.")
    form.get_by_role("button", name="Show my reflection").tap()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(result.locator(".result__summary")).not_to_be_empty()
    expect(result.locator("svg.chart").first).to_be_visible()
    box = result.locator("svg.chart").first.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 360, f"the chart does not fit: {box}"
    assert sideways(phone, "check-in with its result") == []
