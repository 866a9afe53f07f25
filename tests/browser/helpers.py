"""What a person does with a worksheet, as reusable steps."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

CHECKIN = "chapters/understanding-emotional-intimacy/"
RESULT_TIMEOUT_MS = 60_000


def worksheet(page: Page, worksheet_id: str) -> Locator:
    return page.locator(f'form.worksheet[data-worksheet="{worksheet_id}"]')


def choose(form: Locator, group_label: str, option_label: str) -> None:
    """Click the option a person reads in a group of choices (by the group's legend)."""
    group = form.get_by_role("group", name=group_label, exact=False)
    group.get_by_label(option_label, exact=False).check()


def submit_and_wait(form: Locator, button: str | None = None) -> Locator:
    """Press the form's button (its primary submit button unless named) and wait for Python."""
    if button is None:
        form.locator('button[type="submit"]').first.click()
    else:
        form.get_by_role("button", name=button).click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    return result


SAFE_ANSWER = "We both feel safe with each other. Carry on"


def feel_safe(page: Page, worksheet_id: str) -> None:
    """Answer the safety check before a hard exercise as a couple who are fine (it carries on)."""
    check = page.locator(f'section.safety-check[data-safety-check="{worksheet_id}"]')
    check.get_by_role("button", name=SAFE_ANSWER).click()
    expect(check).to_be_hidden()
