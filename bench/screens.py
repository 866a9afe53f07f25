"""Screenshots for review: every page, and every worksheet in each state, on a phone and a desktop,
light and dark. Run with `make screens` (after the site is built); PNGs go to screens/ (ignored).

Not a test: it asserts nothing. It exists so that a person looks at every screen before calling
a change finished. States per worksheet: empty, with problems (submitted blank), result (its
first example answers), and for comparable worksheets the partner comparison. Each state is shot
twice: the viewport as the person sees it right after the action (is the outcome where they are
looking?) and the whole worksheet.

    .venv/bin/python bench/screens.py [--only TEXT] [--size phone|desktop] [--scheme light|dark]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from playwright.sync_api import BrowserContext, Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, LAUNCH_ARGS  # noqa: E402
from tests.browser.helpers import RESULT_TIMEOUT_MS, switch_answerer  # noqa: E402
from tests.browser.server import SiteServer  # noqa: E402
from tests.browser.test_accessibility import FILL, site_pages  # noqa: E402
from worksheets import all_worksheets, get  # noqa: E402

OUT = ROOT / "screens"
SIZES = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
SCHEMES = {"light": "light", "dark": "dark"}


def slug(path: str) -> str:
    return path.strip("/").replace("/", "_") or "home"


class Shots:
    """Writes PNGs and counts them. Long pages and forms are cut into tiles two screens tall, so
    that each PNG stays readable in an image viewer."""

    def __init__(self) -> None:
        self.count = 0

    def view(self, page: Page, name: str) -> None:
        """What the person sees now, without scrolling."""
        page.screenshot(path=OUT / f"{name}.png", animations="disabled")
        self.count += 1

    def tiles(self, page: Page, name: str, selector: str | None = None) -> None:
        """The whole page (or one element of it) in tiles from top to bottom."""
        width = page.viewport_size["width"] if page.viewport_size else 1280
        tile = 2 * (page.viewport_size["height"] if page.viewport_size else 800)
        if selector:
            box = page.evaluate(
                """(s) => { const r = document.querySelector(s).getBoundingClientRect();
                   return [r.top + scrollY, r.height]; }""",
                selector,
            )
        else:
            box = [0, page.evaluate("document.documentElement.scrollHeight")]
        top, height = int(box[0]), int(box[1])
        for number, y in enumerate(range(top, top + height, tile), 1):
            clip = {"x": 0, "y": y, "width": width, "height": min(tile, top + height - y)}
            page.screenshot(
                path=OUT / f"{name}-{number:02d}.png", full_page=True, clip=clip, animations="disabled"
            )
            self.count += 1


def fill(page: Page, worksheet_id: str, example: int = 0) -> None:
    sheet = get(worksheet_id)
    answers = sheet.examples[min(example, len(sheet.examples) - 1)]
    page.evaluate(FILL, [worksheet_id, answers])


def wait_result(page: Page, worksheet_id: str, states: tuple[str, ...] = ("ready",)) -> None:
    region = page.locator(f'form[data-worksheet="{worksheet_id}"] [data-worksheet-result]')
    pattern = "|".join(states)
    expect(region).to_have_attribute("data-state", re.compile(pattern), timeout=RESULT_TIMEOUT_MS)


def worksheet_states(shots: Shots, page: Page, path: str, worksheet_id: str, tag: str) -> None:
    """Empty, with problems, result and (if comparable) comparison, each as the person sees it."""
    selector = f'form[data-worksheet="{worksheet_id}"]'
    form = page.locator(selector)
    base = f"{slug(path)}--{worksheet_id}"
    form.scroll_into_view_if_needed()
    shots.tiles(page, f"{base}--1-empty--{tag}", selector)
    form.locator('button[type="submit"]').first.click()
    try:
        wait_result(page, worksheet_id, ("error", "ready"))
        shots.view(page, f"{base}--2-problems-view--{tag}")
    except AssertionError:
        print(f"  {worksheet_id}: no answer to a blank submit within the timeout", file=sys.stderr)
    fill(page, worksheet_id)
    form.locator('button[type="submit"]').first.click()
    try:
        wait_result(page, worksheet_id)
        shots.view(page, f"{base}--3-result-view--{tag}")
        shots.tiles(page, f"{base}--3-result--{tag}", f"{selector} [data-worksheet-result]")
    except AssertionError:
        print(f"  {worksheet_id}: no result within the timeout", file=sys.stderr)
    if get(worksheet_id).compare:
        panel = form.locator(".worksheet__partner")
        switch_answerer(panel, "My partner is answering")
        fill(page, worksheet_id, example=1)
        panel.get_by_role("button", name="Compare our answers").click()
        try:
            wait_result(page, worksheet_id)
            shots.view(page, f"{base}--4-comparison-view--{tag}")
            shots.tiles(page, f"{base}--4-comparison--{tag}", f"{selector} [data-worksheet-result]")
        except AssertionError:
            print(f"  {worksheet_id}: no comparison within the timeout", file=sys.stderr)


def run(
    shots: Shots, context: BrowserContext, base_url: str, pages: list[str], tag: str, only: str | None
) -> None:
    sheets_by_page: dict[str, list[str]] = {}
    for sheet in all_worksheets():
        sheets_by_page.setdefault(f"chapters/{sheet.chapter}/", []).append(sheet.id)
    for path in pages:
        ids = sheets_by_page.get(path, [])
        if only and only not in path and not any(only in i for i in ids):
            continue
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(base_url + path)
        page.wait_for_load_state("load")
        shots.view(page, f"{slug(path)}--top--{tag}")
        shots.tiles(page, f"{slug(path)}--page--{tag}")
        for worksheet_id in ids:
            if only and only not in path and only not in worksheet_id:
                continue
            worksheet_states(shots, page, path, worksheet_id, tag)
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--only", help="only pages or worksheets whose path or id contains this")
    parser.add_argument("--size", choices=sorted(SIZES), action="append")
    parser.add_argument("--scheme", choices=sorted(SCHEMES), action="append")
    args = parser.parse_args()
    if not (args.site / "index.html").exists():
        sys.exit(f"{args.site} has no built site: run `make site` first")
    OUT.mkdir(exist_ok=True)
    pages = site_pages(args.site)
    started = time.monotonic()
    shots = Shots()
    with SiteServer(args.site) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        for size in args.size or sorted(SIZES):
            for scheme in args.scheme or sorted(SCHEMES):
                tag = f"{SIZES[size]['width']}x{SIZES[size]['height']}-{scheme}"
                context = browser.new_context(viewport=SIZES[size], color_scheme=SCHEMES[scheme])
                # Nothing may leave the site, here as in the tests.
                context.route(
                    "**/*",
                    lambda route, request: (
                        route.continue_()
                        if request.url.startswith((server.url, "data:", "blob:"))
                        else route.abort()
                    ),
                )
                run(shots, context, server.url, pages, tag, args.only)
                context.close()
                print(f"{tag}: done", file=sys.stderr)
        browser.close()
    print(f"{shots.count} screenshots in {OUT.relative_to(ROOT)}/ ({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
