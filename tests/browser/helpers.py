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


def switch_answerer(scope: Locator, button: str) -> None:
    """Partner mode: press "I am answering" or "My partner is answering", then confirm the switch
    (it shows the other person's answers, so it takes a deliberate second press)."""
    scope.get_by_role("button", name=button).click()
    # The first switch to a partner may meet the safety check before a hard exercise first.
    check = scope.page.locator("section.safety-check").filter(visible=True)
    if check.count():
        check.get_by_role("button", name=SAFE_ANSWER).click()
    scope.get_by_role("button", name="Yes, switch now").click()


SAFE_ANSWER = "We both feel safe with each other. Carry on"


def feel_safe(page: Page, worksheet_id: str) -> None:
    """Answer the safety check before a hard exercise as a couple who are fine (it carries on)."""
    check = page.locator(f'section.safety-check[data-safety-check="{worksheet_id}"]')
    check.get_by_role("button", name=SAFE_ANSWER).click()
    expect(check).to_be_hidden()


# WCAG's contrast of an element's colour property with the first background that is not
# transparent, as the browser computed both: for its text ("color") the element's own background
# counts; for an outline or border, what lies behind the element.
_CONTRAST = """([el, property]) => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const clear = (c) => c === "transparent" || rgb(c)[3] === 0;
  let back = property === "color" ? el : el.parentElement;
  while (back && clear(getComputedStyle(back).backgroundColor)) back = back.parentElement;
  const a = lum(rgb(getComputedStyle(el)[property]));
  const b = lum(rgb(getComputedStyle(back || document.body).backgroundColor));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


def contrast_with_background(element: Locator, colour_property: str) -> float:
    """The contrast ratio of `colour_property` (a camelCase computed-style name: "color",
    "outlineColor", "borderTopColor") with the background it is seen against."""
    return float(element.evaluate(f"(el) => ({_CONTRAST})([el, {colour_property!r}])"))
