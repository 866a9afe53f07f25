"""Screenshots for review: every page, and every worksheet in each state, on a phone and a desktop,
light and dark. Run with `make screens` (after the site is built); PNGs go to screens/ (ignored).

Not a test: it asserts nothing. It exists so that a person looks at every screen before calling
a change finished. States per worksheet: empty, with problems (submitted blank), result (its
first example answers), and for comparable worksheets the partner comparison. Each state is shot
twice: the viewport as the person sees it right after the action (is the outcome where they are
looking?) and the whole worksheet. Both languages (English at /, Spanish at /es/), and the scenes
a page visit alone never reaches (bench/screens_scenes.py: partner links, sharing with a
therapist, the reminder, the caseload, homework, the viewer, Your data, offline).

    make screens SCREENS="es phone checkin"     # any of: en es, phone desktop, light dark,
    .venv/bin/python bench/screens.py es dark   # pages, scenes, or text in a path, id or scene
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from playwright.sync_api import BrowserContext, Locator, Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.screens_scenes import SCENES, Scene, run_scenes  # noqa: E402
from bench.screens_words import words  # noqa: E402
from tests.browser.conftest import CHROMIUM, LAUNCH_ARGS  # noqa: E402
from tests.browser.helpers import RESULT_TIMEOUT_MS  # noqa: E402
from tests.browser.server import SiteServer  # noqa: E402
from tests.browser.test_accessibility import FILL, site_pages  # noqa: E402
from worksheets import all_worksheets, get  # noqa: E402

OUT = ROOT / "screens"
SIZES = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}
SCHEMES = {"light": "light", "dark": "dark"}
LANGUAGES = ("en", "es")
# A tall page's screenshot can take over Playwright's 30 s on a busy 2-core machine.
SHOT_TIMEOUT_MS = 180_000
KINDS = ("pages", "scenes")


def language_of(path: str) -> str:
    return "es" if path.startswith("es/") else "en"


def slug(path: str) -> str:
    return path.strip("/").replace("/", "_") or "home"


class Shots:
    """Writes PNGs and counts them. Long pages and forms are cut into tiles two screens tall, so
    that each PNG stays readable in an image viewer."""

    def __init__(self) -> None:
        self.count = 0

    def view(self, page: Page, name: str) -> None:
        """What the person sees now, without scrolling."""
        page.screenshot(path=OUT / f"{name}.png", animations="disabled", timeout=SHOT_TIMEOUT_MS)
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
                path=OUT / f"{name}-{number:02d}.png",
                full_page=True,
                clip=clip,
                animations="disabled",
                timeout=SHOT_TIMEOUT_MS,
            )
            self.count += 1


def fill(page: Page, worksheet_id: str, language: str, example: int = 0) -> None:
    """An example's answers, as a reader of the page's language writes them."""
    examples = get(worksheet_id).examples_for(language)
    page.evaluate(FILL, [worksheet_id, examples[min(example, len(examples) - 1)]])


def wait_result(page: Page, worksheet_id: str, states: tuple[str, ...] = ("ready",)) -> None:
    region = page.locator(f'form[data-worksheet="{worksheet_id}"] [data-worksheet-result]')
    pattern = "|".join(states)
    expect(region).to_have_attribute("data-state", re.compile(pattern), timeout=RESULT_TIMEOUT_MS)


def switch_to_partner(page: Page, panel: Locator, language: str) -> None:
    """Partner mode: "My partner is answering", past the safety check, then the confirmation."""
    panel.get_by_role("button", name=words(language, "My partner is answering")).click()
    check = page.locator("section.safety-check").filter(visible=True)
    if check.count():
        safe = words(language, "We both feel safe with each other. Carry on")
        check.get_by_role("button", name=safe).click()
    panel.get_by_role("button", name=words(language, "Yes, switch now")).click()


def past_safety_check(shots: Shots, page: Page, worksheet_id: str, language: str, name: str) -> None:
    """A hard exercise asks how the couple is before it answers (safety/safety-check.js) and holds
    the submit back until then: shoot the question once, then answer it as a couple who are fine."""
    check = page.locator(f'section.safety-check[data-safety-check="{worksheet_id}"]').filter(visible=True)
    if not check.count():
        return
    shots.view(page, name)
    check.get_by_role("button", name=words(language, "We both feel safe with each other. Carry on")).click()
    expect(check).to_have_count(0)


def worksheet_states(shots: Shots, page: Page, path: str, worksheet_id: str, tag: str) -> None:
    """Empty, with problems, result and (if comparable) comparison, each as the person sees it."""
    language = language_of(path)
    selector = f'form[data-worksheet="{worksheet_id}"]'
    form = page.locator(selector)
    base = f"{slug(path)}--{worksheet_id}"
    form.scroll_into_view_if_needed()
    shots.tiles(page, f"{base}--1-empty--{tag}", selector)
    form.locator('button[type="submit"]').first.click()
    past_safety_check(shots, page, worksheet_id, language, f"{base}--2-safety-check-view--{tag}")
    try:
        wait_result(page, worksheet_id, ("error", "ready"))
        shots.view(page, f"{base}--2-problems-view--{tag}")
    except AssertionError:
        print(f"  {worksheet_id}: no answer to a blank submit within the timeout", file=sys.stderr)
    fill(page, worksheet_id, language)
    form.locator('button[type="submit"]').first.click()
    past_safety_check(shots, page, worksheet_id, language, f"{base}--3-safety-check-view--{tag}")
    try:
        wait_result(page, worksheet_id)
        shots.view(page, f"{base}--3-result-view--{tag}")
        shots.tiles(page, f"{base}--3-result--{tag}", f"{selector} [data-worksheet-result]")
    except AssertionError:
        print(f"  {worksheet_id}: no result within the timeout", file=sys.stderr)
    if get(worksheet_id).compare:
        panel = form.locator(".worksheet__partner")
        switch_to_partner(page, panel, language)
        fill(page, worksheet_id, language, example=1)
        panel.get_by_role("button", name=words(language, "Compare our answers")).click()
        try:
            wait_result(page, worksheet_id)
            shots.view(page, f"{base}--4-comparison-view--{tag}")
            shots.tiles(page, f"{base}--4-comparison--{tag}", f"{selector} [data-worksheet-result]")
        except AssertionError:
            print(f"  {worksheet_id}: no comparison within the timeout", file=sys.stderr)


def wanted(only: list[str], *names: str) -> bool:
    return not only or any(word in name for word in only for name in names)


def run(
    shots: Shots, context: BrowserContext, base_url: str, pages: list[str], tag: str, only: list[str]
) -> None:
    sheets_by_page: dict[str, list[str]] = {}
    for sheet in all_worksheets():
        for prefix in ("", "es/"):
            sheets_by_page.setdefault(f"{prefix}chapters/{sheet.chapter}/", []).append(sheet.id)
    for path in pages:
        ids = sheets_by_page.get(path, [])
        if not wanted(only, path, *ids):
            continue
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(base_url + path)
        page.wait_for_load_state("load")
        shots.view(page, f"{slug(path)}--top--{tag}")
        shots.tiles(page, f"{slug(path)}--page--{tag}")
        for worksheet_id in ids:
            if not wanted(only, path, worksheet_id):
                continue
            worksheet_states(shots, page, path, worksheet_id, tag)
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument(
        "words",
        nargs="*",
        help="subset: en/es, phone/desktop, light/dark, pages/scenes, or text in a page path, "
        f"worksheet id or scene name ({', '.join(SCENES)})",
    )
    args = parser.parse_args()
    kinds_of_word = (LANGUAGES, tuple(SIZES), tuple(SCHEMES), KINDS)
    chosen = {kind: [w for w in args.words if w in kind] for kind in kinds_of_word}
    languages, sizes, schemes, kinds = (chosen[k] or list(k) for k in chosen)
    only = [w for w in args.words if not any(w in kind for kind in chosen)]
    if not (args.site / "index.html").exists():
        sys.exit(f"{args.site} has no built site: run `make site` first")
    OUT.mkdir(exist_ok=True)
    pages = [p for p in site_pages(args.site) if language_of(p) in languages]
    started = time.monotonic()
    shots = Shots()
    with SiteServer(args.site) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)

        def new_context(size: str, scheme: str) -> BrowserContext:
            context = browser.new_context(
                viewport=SIZES[size], color_scheme=SCHEMES[scheme], accept_downloads=True
            )
            # Nothing may leave the site, here as in the tests.
            context.route(
                "**/*",
                lambda route, request: (
                    route.continue_()
                    if request.url.startswith((server.url, "data:", "blob:"))
                    else route.abort()
                ),
            )
            return context

        for size in sizes:
            for scheme in schemes:
                tag = f"{SIZES[size]['width']}x{SIZES[size]['height']}-{scheme}"
                # A fresh profile per language: answers are kept per worksheet, not per language,
                # so the English pass's answers would come back on the Spanish page, whose "empty"
                # and "with problems" shots would then show a filled form and a result.
                for language in languages if "pages" in kinds else []:
                    context = new_context(size, scheme)
                    run(
                        shots,
                        context,
                        server.url,
                        [p for p in pages if language_of(p) == language],
                        tag,
                        only,
                    )
                    context.close()
                for language in languages if "scenes" in kinds else []:
                    run_scenes(
                        lambda scratch, size=size, scheme=scheme, tag=tag, language=language: Scene(
                            shots, lambda: new_context(size, scheme), server.url, language, tag, scratch
                        ),
                        only,
                    )
                print(f"{tag}: done", file=sys.stderr)
        browser.close()
    print(f"{shots.count} screenshots in {OUT.relative_to(ROOT)}/ ({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
