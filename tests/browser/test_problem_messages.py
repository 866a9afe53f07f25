"""A person who answers wrongly reads plain words: once next to the question, once at the top.

Every worksheet is filled wrongly in every way its fields allow, in rounds: first every required
question left empty, then each field wrong in its next way (too many ticks, too long, out of
range, not a number, not a time or date, not one of the options). Where the widgets would
prevent a value (a time input refuses "25:99", the fourth box of three is disabled), the test
sets it through page.evaluate, as a saved or imported record could. After each round the page
must show each problem's sentence exactly once next to its field and once in the summary, and
nowhere a field id, an option id, a Python repr or "Expected … received …".
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from worksheets import Worksheet, all_worksheets
from worksheets.fields import Choice, Date, Field, Hidden, MultiChoice, Number, Scale, ShortText, Time

from .helpers import RESULT_TIMEOUT_MS, feel_safe, worksheet

TECHNICAL = re.compile(
    r"\bexpected\b|\breceived\b|\bNone\b|\bTrue\b|\bFalse\b|[\[\]{}]|(?:^|\W)'|'(?:\W|$)", re.I
)

# Writes wrong values straight into the form's controls, past what each widget would allow.
APPLY = """([selector, ops]) => {
  const form = document.querySelector(selector);
  for (const op of ops) {
    const field = form.querySelector(`[data-field="${op.name}"]`);
    const controls = [...field.querySelectorAll("input, textarea")].filter((c) => c.name === op.name);
    const first = controls[0];
    if (op.how === "blank") {
      for (const c of controls) {
        if (c.type === "radio" || c.type === "checkbox") c.checked = false;
        else c.value = "";
      }
    } else if (op.how === "type") {
      if (op.retype) first.type = "text";
      first.value = op.value;
    } else if (op.how === "pick") {
      for (const c of controls) c.checked = false;
      first.value = op.value;
      first.checked = true;
    } else if (op.how === "tick") {
      controls.forEach((c, i) => { c.checked = i < op.count; });
    }
  }
}"""


def ways(f: Field) -> list[dict[str, Any]]:
    """Each way a person (or a saved record) can get this field wrong, as DOM operations."""
    found: list[dict[str, Any]] = [{"how": "blank"}] if f.required else []
    if isinstance(f, Scale):
        found += [{"how": "pick", "value": str(f.high + 1)}, {"how": "pick", "value": str(f.low - 1)}]
        found.append({"how": "pick", "value": "lots"})
    elif isinstance(f, MultiChoice):
        if f.max_count is not None and f.max_count < len(f.options):
            found.append({"how": "tick", "count": f.max_count + 1})
        found.append({"how": "pick", "value": "no-such-option"})
    elif isinstance(f, Choice):
        found.append({"how": "pick", "value": "no-such-option"})
    elif isinstance(f, ShortText):
        found.append({"how": "type", "value": "x" * (f.max_length + 120)})
    elif isinstance(f, Number):
        found += [
            {"how": "type", "value": f"{f.maximum + 1:g}"},
            {"how": "type", "value": f"{f.minimum - 1:g}"},
        ]
        found.append({"how": "type", "value": "many", "retype": True})
    elif isinstance(f, Time):
        found.append({"how": "type", "value": "25:99", "retype": True})
    elif isinstance(f, Date):
        if f.latest:
            found.append({"how": "type", "value": "9999-12-31"})
        found.append({"how": "type", "value": "2026-02-30", "retype": True})
    return found


def rounds(sheet: Worksheet) -> list[list[dict[str, Any]]]:
    """Round k gets every field wrong in its k-th way (or its last way, when it has fewer)."""
    per_field = {f.id: ways(f) for f in sheet.fields if not isinstance(f, Hidden) and ways(f)}
    count = max(len(w) for w in per_field.values())
    return [
        [{"name": name, **found[min(k, len(found) - 1)]} for name, found in per_field.items()]
        for k in range(count)
    ]


def identifiers(sheet: Worksheet) -> set[str]:
    """Ids a person must never read: fields' and options' ids that are not plain words.

    An id the worksheet's own words also use (good news names its styles "active-constructive"
    and so on in its option labels, on purpose) cannot be told apart from those words.
    """
    prose = " ".join(
        [sheet.title, sheet.introduction]
        + [text for f in sheet.fields for text in (f.label, f.help)]
        + [o.label for f in sheet.fields for o in getattr(f, "options", ())]
        + [s.title + " " + s.intro for s in sheet.sections]
    )
    ids = {f.id for f in sheet.fields} | {o.value for f in sheet.fields for o in getattr(f, "options", ())}
    return {i for i in ids if ("_" in i or "-" in i) and i not in prose}


# What the page shows: each visible error slot, the summary's items and where they link.
READ = """(form) => ({
  slots: Object.fromEntries([...form.querySelectorAll("[data-field-error]")]
    .filter((slot) => !slot.hidden)
    .map((slot) => [slot.dataset.fieldError, {
      text: slot.innerText,
      field: slot.closest("[data-field]").innerText,
      controls: [...slot.closest("[data-field]").querySelectorAll("input, textarea")].map((c) => "#" + c.id),
    }])),
  summary: [...form.querySelectorAll("[data-worksheet-errors] li")].map((li) => ({
    text: li.innerText,
    href: li.querySelector("a")?.getAttribute("href") ?? null,
  })),
  visible: form.innerText,
})"""


def summary_line(label: str, text: str) -> str:
    """The summary's words for a problem: "label: text", but a label that ends a sentence itself
    drops its full stop before the colon, and one ending in "?", "!" or "…" takes no colon."""
    question = label.strip().removesuffix(".")
    return f"{question} {text}" if question.endswith(("?", "!", "…")) else f"{question}: {text}"


def check_what_the_page_shows(form: Locator, sheet: Worksheet, broken: list[str]) -> None:
    expect(form.locator("[data-worksheet-errors]")).to_be_visible()
    shown = form.evaluate(READ)
    slots, summary = shown["slots"], shown["summary"]
    assert set(broken) <= set(slots), (sheet.id, sorted(set(broken) - set(slots)))
    assert len(summary) == len(slots), (sheet.id, summary)
    for name, slot in slots.items():
        text = slot["text"]
        assert not TECHNICAL.search(text), (sheet.id, name, text)
        assert not any(re.search(rf"\b{re.escape(i)}\b", text) for i in identifiers(sheet)), (name, text)
        # Once next to its field …
        assert slot["field"].count(text) == 1, (sheet.id, name, text)
        # … and once in the summary, as a link to the field, under the question's label.
        linked = [item["text"] for item in summary if item["href"] in slot["controls"]]
        assert linked == [summary_line(sheet.field(name).label, text)], (sheet.id, name, linked)
    for ident in identifiers(sheet):
        assert not re.search(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", shown["visible"]), (sheet.id, ident)
    assert not re.search(r"\bexpected\b|\breceived\b", shown["visible"], re.I), sheet.id


# One page per chapter, so Python starts once for the worksheets that share it.
CHAPTERS: dict[str, list[Worksheet]] = {}
for _sheet in all_worksheets():
    CHAPTERS.setdefault(_sheet.chapter, []).append(_sheet)


@pytest.mark.parametrize("chapter", list(CHAPTERS))
def test_every_wrong_answer_reads_as_plain_words_beside_its_question(page: Page, chapter: str) -> None:
    page.goto(f"chapters/{chapter}/")
    for sheet in CHAPTERS[chapter]:
        form = worksheet(page, sheet.id)
        form.scroll_into_view_if_needed()
        selector = f'form.worksheet[data-worksheet="{sheet.id}"]'
        region = form.locator("[data-worksheet-result]")
        for ops in rounds(sheet):
            page.evaluate(APPLY, [selector, ops])
            form.locator('button[type="submit"]').first.click()
            # A round that rates a ladder step 4 or 5 meets the safety check first (shown in the
            # submit's own handler); a couple who are fine carry on to the problems.
            if page.locator(f'section.safety-check[data-safety-check="{sheet.id}"]').is_visible():
                feel_safe(page, sheet.id)
            expect(region).to_have_attribute("data-state", "error", timeout=RESULT_TIMEOUT_MS)
            assert not TECHNICAL.search(region.inner_text()), region.inner_text()
            check_what_the_page_shows(form, sheet, [op["name"] for op in ops])
