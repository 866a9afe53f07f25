"""Faults a reader may meet: incomplete answers, storage blocked or full, Python failing to start."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Page, expect

from .conftest import RequestLog
from .helpers import CHECKIN, RESULT_TIMEOUT_MS, submit_and_wait, worksheet
from .test_checkin_story import fill_checkin

BLOCKED_STORAGE = """
Object.defineProperty(window, 'localStorage', {
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }
});
"""

FULL_STORAGE = """
Storage.prototype.setItem = function () {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};
"""


def test_incomplete_answers_are_named_next_to_their_questions(page: Page) -> None:
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    form.get_by_role("group", name="We set aside time just for the two of us.").get_by_label("Mostly").check()
    form.get_by_role("button", name="Show my reflection").click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "error", timeout=RESULT_TIMEOUT_MS)
    summary = form.locator("[data-worksheet-errors]")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("12 answers need a look")
    slot = form.locator('[data-field-error="communication_calm"]')
    expect(slot).to_have_text("Please answer this question.")
    expect(form.locator("#ws-checkin-communication_calm-opt-1")).to_have_attribute("aria-invalid", "true")
    expect(form.locator('[data-field-error="time_protected"]')).to_be_hidden()
    # Following the summary's link reaches the question.
    summary.get_by_role("link").first.click()
    expect(form.locator("#ws-checkin-communication_calm-opt-1")).to_be_focused()


def test_blocked_storage_still_works_and_says_answers_are_not_saved(context, page: Page) -> None:
    ctx: BrowserContext = context[0]
    ctx.add_init_script(BLOCKED_STORAGE)
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    expect(form.locator("[data-worksheet-save]")).to_contain_text("not being saved on this device")
    fill_checkin(page, weakest="empathy")
    result = submit_and_wait(form)
    expect(result.locator(".result__summary")).to_contain_text("empathy and compassion may be the place")


def test_full_storage_is_reported_and_answers_stay_on_the_page(context, page: Page) -> None:
    context[0].add_init_script(FULL_STORAGE)
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    fill_checkin(page, weakest="time")
    status = form.locator("[data-worksheet-save]")
    expect(status).to_contain_text("this browser's storage is full")
    expect(status).to_have_attribute("data-tone", "warning")
    expect(form.get_by_label("About half overlap")).to_be_checked()


def test_python_that_fails_to_start_offers_a_retry_and_keeps_answers(
    page: Page, requests: RequestLog
) -> None:
    page.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    fill_checkin(page, weakest="listening")
    form.get_by_role("button", name="Show my reflection").click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "error", timeout=RESULT_TIMEOUT_MS)
    expect(result).to_contain_text("Python could not start")
    expect(result).to_contain_text("Your answers are kept.")
    page.unroute("**/pyodide.asm.wasm")
    result.get_by_role("button", name="Try again").click()
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(result.locator(".result__summary")).to_contain_text("listening may be the place to start")


def test_a_missing_worksheets_package_is_reported_with_a_retry(page: Page) -> None:
    page.route("**/wheels/**", lambda route: route.fulfill(status=404, body="not found"))
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    fill_checkin(page, weakest="time")
    form.get_by_role("button", name="Show my reflection").click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "error", timeout=RESULT_TIMEOUT_MS)
    expect(result).to_contain_text("Python could not start")
    page.unroute("**/wheels/**")
    result.get_by_role("button", name="Try again").click()
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
