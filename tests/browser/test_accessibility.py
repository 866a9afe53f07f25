"""Accessibility (WCAG 2.2 AA), measured on every worksheet state, not assumed.

axe-core (npm, pinned) runs over each worksheet empty, filled, with its result and with a
validation error (every page, in light and dark: test_every_page.py); progress and results must reach
screen readers through live regions; every control a reader presses must be at least 24 px.
Reviewed exceptions, each with its reason, are in a11y_allowlist.yml.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect

from tests.conftest import ROOT
from worksheets import all_worksheets, get

from .conftest import open_context
from .helpers import CHECKIN, RESULT_TIMEOUT_MS, feel_safe, submit_and_wait, worksheet
from .server import SiteServer
from .test_checkin_story import fill_checkin

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ALLOWLIST = Path(__file__).with_name("a11y_allowlist.yml")
# WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices (moderate or minor).
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
BLOCKING = {"serious", "critical"}

# Each finding also lists which of the allowlist's selectors its element matches.
# Transitions (Material fades button colours) are brought to their end first: axe must see the
# settled colours. Finished at once, not awaited: a CI run hung for 5 minutes in this evaluate
# (page.evaluate has no timeout), most likely on an animation that never reached its end.
RUN_AXE = """async ([selector, tags, rules, known]) => {
  for (const a of document.getAnimations()) {
    if (a.effect?.getComputedTiming().endTime === Infinity) continue;
    try { a.finish(); } catch { /* paused at rate 0: nothing to finish */ }
  }
  const where = selector ? document.querySelector(selector) : document;
  const only = rules ? { type: "rule", values: rules } : { type: "tag", values: tags };
  // Never wait for ever: a run that does not end fails here, by name, within a minute.
  const late = new Promise((_, fail) =>
    setTimeout(() => fail(new Error("axe did not finish in 60 s")), 60000));
  const run = axe.run(where, { runOnly: only, resultTypes: ["violations"] });
  const result = await Promise.race([run, late]);
  return result.violations.flatMap((v) => v.nodes.map((n) => {
    const target = n.target.flat().join(" ");
    let element = null;
    try { element = document.querySelector(target); } catch { /* axe's own selector syntax */ }
    const matches = element ? known.filter((s) => element.matches(s)) : [];
    return { rule: v.id, impact: v.impact, target, matches, why: n.failureSummary };
  }));
}"""

# Puts example answers into a form with the page's own module, as restoring saved answers does.
FILL = """async ([id, answers]) => {
  const main = document.querySelector('script[src*="assets/js/main.js"]');
  const { writeAnswers } = await import(new URL("worksheet/form-data.js", main.src));
  const form = document.querySelector(`form.worksheet[data-worksheet="${id}"]`);
  const shown = {};
  for (const [name, value] of Object.entries(answers)) {
    const control = form.querySelector(`[data-field="${name}"] [name="${name}"]`);
    if (control && control.type !== "hidden") shown[name] = value;
  }
  writeAnswers(form, shown);
  for (const control of form.querySelectorAll("input, textarea")) {
    control.dispatchEvent(new Event("input", { bubbles: true }));
  }
  form.dispatchEvent(new Event("change", { bubbles: true }));
}"""

# Every control a reader can press within `selector`, with its target box. A radio button or a
# checkbox is pressed through its label, which is its target. WCAG 2.5.8: at least 24 x 24, or
# spaced so that 24 px circles around undersized targets touch no other target; links inside a
# sentence are exempt.
TARGETS = """([selector, exempt]) => {
  const controls = [...document.querySelectorAll(selector)].filter((c) => c.checkVisibility() &&
    c.getClientRects().length && !c.closest("[hidden], [inert]"));
  const inSentence = (c) => {
    const block = c.tagName === "A" && !c.matches(".md-button") &&
      c.parentElement.closest("p, li, dd, td, div");
    return block && block.textContent.trim().length > c.textContent.trim().length + 2;
  };
  const targets = controls.filter((c) => !inSentence(c)).map((c) => {
    const box = (c.matches("input[type=radio], input[type=checkbox]") && c.closest("label")) || c;
    const r = box.getBoundingClientRect();
    const name = (c.getAttribute("aria-label") || c.textContent || c.value || c.name || "")
      .trim().slice(0, 40);
    return { what: `${c.tagName.toLowerCase()}.${[...c.classList].join(".")} "${name}"`,
             exempt: exempt.some((s) => c.matches(s)),
             x: r.left, y: r.top, w: r.width, h: r.height,
             cx: r.left + r.width / 2, cy: r.top + r.height / 2 };
  });
  const small = (t) => t.w < 24 || t.h < 24;
  const distance = (t, px, py) =>
    Math.hypot(Math.max(t.x - px, 0, px - t.x - t.w), Math.max(t.y - py, 0, py - t.y - t.h));
  return targets.filter((t) => small(t) && !t.exempt).filter((t) => targets.some((o) => o !== t &&
      (distance(o, t.cx, t.cy) < 12 || (small(o) && Math.hypot(o.cx - t.cx, o.cy - t.cy) < 24))))
    .map((t) => `${t.what} is ${Math.round(t.w)} x ${Math.round(t.h)} px`);
}"""
OUR_CONTROLS = (
    "form.worksheet :is(a[href], button, input:not([type=hidden]), select, textarea, summary),"
    " .md-content :is(button, .md-button, input:not([type=hidden]), select, textarea), .quick-exit"
)


def site_pages(site_dir: Path, *, redirects: bool = False) -> list[str]:
    """Every page of the built site as a path relative to its root ("" is the home page)."""
    found = []
    for html in sorted(site_dir.rglob("*.html")):
        relative = html.relative_to(site_dir)
        if relative.parts[0] == "assets":
            continue
        if not redirects and 'http-equiv="refresh"' in html.read_text(encoding="utf-8"):
            continue  # the /go/ permanent links: a one-line page that forwards to a chapter
        found.append(relative.as_posix().removesuffix("index.html"))
    return found


def fill_from_example(page: Page, worksheet_id: str) -> None:
    page.evaluate(FILL, [worksheet_id, get(worksheet_id).examples[0]])


# Material for MkDocs' own controls: header, sidebars, footer, heading anchors, code buttons.
MATERIAL_CONTROLS = (
    ".md-header :is(a[href], label, button), .md-sidebar :is(a[href], label[for]), .md-footer a[href],"
    " .md-top, .md-content .headerlink, .md-clipboard, .md-code__button, .md-skip"
)


def undersized_targets(
    page: Page, selector: str = OUR_CONTROLS, exempt: list[str] | None = None
) -> list[str]:
    return page.evaluate(TARGETS, [selector, exempt or []])


class Allowlist:
    """The reviewed exceptions; it reports findings it does not explain and entries never used."""

    def __init__(self) -> None:
        data = yaml.safe_load(ALLOWLIST.read_text(encoding="utf-8"))
        self.axe: list[dict[str, Any]] = data.get("axe") or []
        self.target_size: list[dict[str, Any]] = data.get("target_size") or []
        for entry in self.axe + self.target_size:
            assert entry.get("reason") and entry.get("selector"), f"{ALLOWLIST.name}: {entry} needs a reason"
            if entry.get("impact") in BLOCKING:
                assert entry.get("pending"), f"{ALLOWLIST.name}: {entry} is {entry['impact']}: fix it"
        self.used: set[int] = set()

    def unexplained(self, findings: list[dict[str, Any]], where: str) -> list[str]:
        problems = []
        for finding in findings:
            matches = [
                i
                for i, e in enumerate(self.axe)
                if e["rule"] == finding["rule"] and e["selector"] in finding["matches"]
            ]
            if matches:
                self.used.update(matches)
            else:
                problems.append(
                    f"{where}: {finding['rule']} ({finding['impact']}) at {finding['target']}: "
                    f"{finding['why']}"
                )
        return problems

    def check_used(self, scope: str, path: str) -> list[str]:
        """Entries for `path` that explained nothing there (each names its page; the home page
        by default), so the file shrinks as fixes land."""
        stale = []
        for i, entry in enumerate(self.axe):
            if entry.get("scope", "pages") != scope or entry.get("page", "") != path:
                continue
            if i not in self.used:
                stale.append(f"{ALLOWLIST.name}: {entry['rule']} at {entry['selector']} no longer occurs")
            elif entry.get("pending"):
                warnings.warn(
                    f"pending a11y fix: {entry['rule']} at {entry['selector']}: {entry['pending']}",
                    stacklevel=2,
                )
        return stale

    def small_targets(self, page: Page, where: str) -> list[str]:
        """Ours must be 24 px; Material's may be smaller only with a reason in the allowlist."""
        listed = [entry["selector"] for entry in self.target_size]
        found = undersized_targets(page) + undersized_targets(page, MATERIAL_CONTROLS, listed)
        return [f"{where}: {target} (WCAG 2.5.8 asks for 24 x 24 px)" for target in found]

    def selectors(self) -> list[str]:
        return sorted({entry["selector"] for entry in self.axe})


def run_axe(
    page: Page, allowlist: Allowlist, selector: str | None = None, rules: list[str] | None = None
) -> list[dict[str, Any]]:
    return page.evaluate(RUN_AXE, [selector, TAGS, rules, allowlist.selectors()])


@pytest.fixture(scope="module")
def axe_browser_page(browser: Browser, server: SiteServer) -> Iterator[Page]:
    """One page for all worksheet states: its HTTP cache stays warm, so Python starts quickly."""
    context, log = open_context(browser, server.url)
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()
    assert log.foreign == []


def switch_colours(page: Page, mode: str) -> None:
    """Press the header's light/dark toggle, as a reader does."""
    page.locator(f'label[title="Switch to {mode} mode"]').click()
    expected = "slate" if mode == "dark" else "default"
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", expected)


SHEETS = [sheet.id for sheet in all_worksheets()]
# Worksheets where every combination of answers a person can give is valid (empty included):
# they have no validation-error state to check.
ALWAYS_VALID = {"good-news", "conversation-deck"}
# Worksheets whose first example (a rung rated 4 or 5) meets the safety check before its result.
ASKS_FIRST = {"disclosure-ladder"}


@pytest.mark.parametrize("sheet_id", SHEETS)
def test_worksheet_states_pass_axe(axe_browser_page: Page, sheet_id: str) -> None:
    """Empty, filled, with its result (light and dark), and with a validation error."""
    page = axe_browser_page
    page.goto(f"chapters/{get(sheet_id).chapter}/")
    form = worksheet(page, sheet_id)
    selector = f'form.worksheet[data-worksheet="{sheet_id}"]'
    # The form's top just below the sticky header (its scroll padding): where a reader who
    # scrolls to it sees it. ("If needed" leaves a tall form wherever it is, and a field half
    # under the header counts, for axe, as a target crowded by the header's buttons.)
    form.evaluate("(f) => f.scrollIntoView()")
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "idle", timeout=RESULT_TIMEOUT_MS)
    allowlist = Allowlist()
    problems = allowlist.unexplained(run_axe(page, allowlist, selector), f"{sheet_id} empty")

    fill_from_example(page, sheet_id)
    problems += allowlist.unexplained(run_axe(page, allowlist, selector), f"{sheet_id} filled")

    form.locator('button[type="submit"]').first.click()
    if sheet_id in ASKS_FIRST:  # its example holds the safety check's trigger: check it, then go on
        check = f'section.safety-check[data-safety-check="{sheet_id}"]'
        expect(page.locator(check)).to_be_visible()
        problems += allowlist.unexplained(run_axe(page, allowlist, check), f"{sheet_id} safety check")
        feel_safe(page, sheet_id)
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    problems += allowlist.unexplained(run_axe(page, allowlist, selector), f"{sheet_id} result")
    problems += [f"{sheet_id} result: {t}" for t in undersized_targets(page)]
    switch_colours(page, "dark")
    problems += allowlist.unexplained(
        run_axe(page, allowlist, selector, ["color-contrast"]), f"{sheet_id} result (dark)"
    )
    switch_colours(page, "light")

    if sheet_id not in ALWAYS_VALID:
        form.locator('[data-action="clear"]').click()
        ask = form.get_by_role("group", name="Clear your answers to this worksheet?")
        problems += allowlist.unexplained(run_axe(page, allowlist, selector), f"{sheet_id} asked to clear")
        ask.get_by_role("button", name="Clear answers").click()
        form.locator('button[type="submit"]').first.click()
        expect(result).to_have_attribute("data-state", "error", timeout=RESULT_TIMEOUT_MS)
        expect(form.locator("[data-worksheet-errors]")).to_be_visible()
        problems += allowlist.unexplained(run_axe(page, allowlist, selector), f"{sheet_id} validation error")
        problems += [f"{sheet_id} error: {t}" for t in undersized_targets(page)]
    assert problems == [], "\n".join(problems)


def test_worksheets_of_a_page_pass_axe_together(axe_browser_page: Page) -> None:
    """Two worksheets on one page (ids, labels and live regions must not clash)."""
    page = axe_browser_page
    page.goto("chapters/sustaining-the-flame/")
    assert page.locator("form.worksheet").count() >= 2
    allowlist = Allowlist()
    problems = allowlist.unexplained(run_axe(page, allowlist), "chapters/sustaining-the-flame/")
    assert problems == [], "\n".join(problems)


RECORD_LIVE_REGIONS = """
window.__announced = [];
document.addEventListener("DOMContentLoaded", () => {
  const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      const node = m.target.nodeType === 1 ? m.target : m.target.parentElement;
      const region = node && node.closest(live);
      if (!region) continue;
      const name = region.matches("[data-worksheet-result]") ? "result"
        : region.matches("[data-worksheet-save]") ? "save" : region.className;
      const last = window.__announced[window.__announced.length - 1];
      const text = region.textContent.trim();
      if (text && !(last && last[0] === name && last[1] === text)) window.__announced.push([name, text]);
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
});
"""


def test_progress_and_result_are_announced_in_live_regions(context, page: Page) -> None:
    context[0].add_init_script(RECORD_LIVE_REGIONS)
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    expect(form.locator("[data-worksheet-result]")).to_have_attribute("aria-live", "polite")
    expect(form.locator("[data-worksheet-save]")).to_have_attribute("role", "status")
    form.scroll_into_view_if_needed()
    fill_checkin(page, weakest="listening")
    result = submit_and_wait(form)
    announced = page.evaluate("window.__announced")
    said = [text for region, text in announced if region == "result"]
    assert any(text.startswith(("Downloading Python", "Starting Python")) for text in said), announced
    assert any(text.startswith("Python is ready") or text == "Working…" for text in said), announced
    summary = result.locator(".result__summary").text_content()
    assert summary and summary in said[-1], "the result itself was not placed in the live region"
    assert ["save", "Saved on this device."] in announced
