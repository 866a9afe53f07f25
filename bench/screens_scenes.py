"""The screens a page visit alone never reaches, for bench/screens.py: a partner link sent and
arriving, the link back, the link and file for a therapist, the reminder, the caseload with
clients, the homework page with homework, the viewer with a file, Your data with answers kept,
and the offline states. Each scene acts as a person, in the page's language, and shoots what
they see after each step."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, Locator, Page, expect
from playwright.sync_api import Error as PlaywrightError

from bench.screens_words import words
from tests.browser.client_files import three_client_files
from tests.browser.helpers import CHECKIN
from tests.browser.test_accessibility import FILL
from worksheets import get

PASSPHRASE = "tea at four, then talk"
# The therapist's note on the homework, as a therapist writing in each language would put it.
HOMEWORK_NOTE = {
    "en": "Try the check-in twice this week. Notice one calm moment.",
    "es": "Haz el chequeo dos veces esta semana. Fíjate en un momento de calma.",
}
# Python starts cold in each fresh profile here (no snapshot seed), often on a busy machine.
RESULT_TIMEOUT_MS = 180_000


@dataclass
class Scene:
    """One run of a scene: where to shoot, how to open a fresh device, which language."""

    shots: object  # bench.screens.Shots (imported there; kept loose to avoid an import cycle)
    new_context: Callable[[], BrowserContext]
    base: str
    language: str
    tag: str
    scratch: Path

    def path(self, path: str) -> str:
        return self.base + ("es/" if self.language == "es" else "") + path

    def w(self, english: str) -> str:
        return words(self.language, english)

    def page(self, context: BrowserContext | None = None) -> Page:
        page = (context or self.new_context()).new_page()
        page.set_default_timeout(30_000)
        return page

    def view(self, page: Page, name: str) -> None:
        self.shots.view(page, f"scene-{name}--{self.language}--{self.tag}")  # type: ignore[attr-defined]

    def tiles(self, page: Page, name: str, selector: str | None = None) -> None:
        self.shots.tiles(page, f"scene-{name}--{self.language}--{self.tag}", selector)  # type: ignore[attr-defined]


def said(messages: Locator) -> Locator:
    """The first of these live regions that says something (empty ones wait their turn)."""
    return messages.filter(has_text=re.compile(r"\w")).first


def fill(scene: Scene, page: Page, worksheet_id: str, example: int = 0) -> None:
    """An example's answers, as a reader of the scene's language writes them."""
    examples = get(worksheet_id).examples_for(scene.language)
    page.evaluate(FILL, [worksheet_id, examples[min(example, len(examples) - 1)]])


def checkin(page: Page) -> Locator:
    return page.locator('form.worksheet[data-worksheet="checkin"]')


def submit(page: Page) -> None:
    form = checkin(page)
    form.locator('button[type="submit"]').first.click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)


def feel_safe(scene: Scene, page: Page) -> None:
    check = page.locator('section.safety-check[data-safety-check="checkin"]').filter(visible=True)
    if check.count():
        check.get_by_role("button", name=scene.w("We both feel safe with each other. Carry on")).click()


def partner_links(scene: Scene) -> None:
    """Alex makes a sealed link; it arrives on Sam's phone; Sam opens it, answers, compares and
    sends an open link back, which arrives on Alex's phone."""
    alex = scene.page()
    alex.goto(scene.path(CHECKIN))
    fill(scene, alex, "checkin")
    panel = checkin(alex).locator(".worksheet__partner")
    panel.scroll_into_view_if_needed()
    panel.get_by_role("button", name=scene.w("Make a link sealed with a code")).click()
    expect(panel.locator(".partner-link__code-value")).to_be_visible()
    scene.view(alex, "partner-link-1-sent")
    scene.tiles(alex, "partner-link-1-sent", 'form[data-worksheet="checkin"] .worksheet__partner')
    link = panel.locator("input[readonly], textarea[readonly]").first.input_value()
    code = panel.locator(".partner-link__code-value").text_content() or ""

    sam = scene.page()
    sam.goto(link)
    area = checkin(sam).locator(".worksheet__partner")
    expect(area.get_by_role("button", name=scene.w("Open my partner's answers"))).to_be_visible()
    scene.view(sam, "partner-link-2-arrived")
    area.get_by_label(scene.w("The code")).fill("zzzz-zzzz")
    opener = area.get_by_role("button", name=scene.w("Open my partner's answers"))
    opener.click()
    expect(opener).to_be_enabled()
    expect(said(area.get_by_role("alert"))).to_be_visible()
    scene.view(sam, "partner-link-3-wrong-code")
    area.get_by_label(scene.w("The code")).fill(code)
    area.get_by_role("button", name=scene.w("Open my partner's answers")).click()
    expect(area.locator("[data-partner-status]")).not_to_be_empty()
    scene.view(sam, "partner-link-4-opened")
    fill(scene, sam, "checkin", example=1)
    area.get_by_role("button", name=scene.w("Compare our answers")).click()
    feel_safe(scene, sam)
    result = checkin(sam).locator("[data-worksheet-result]")
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    scene.view(sam, "partner-link-5-compared")
    area.get_by_role("button", name=scene.w("Make a link without a code")).click()
    back_field = area.locator("input[readonly], textarea[readonly]").first
    expect(back_field).to_be_visible()
    back_field.scroll_into_view_if_needed()
    scene.view(sam, "partner-link-6-back-sent")
    back = back_field.input_value()
    alex.goto(back)
    expect(checkin(alex).locator("[data-partner-status]")).not_to_be_empty()
    scene.view(alex, "partner-link-7-back-arrived")
    alex.context.close()
    sam.context.close()


def therapist_sharing(scene: Scene) -> None:
    """A client with two check-ins and homework makes a locked link and a file for their
    therapist; the therapist opens both in the viewer; Your data lists what the client keeps."""
    client = scene.page()
    homework = make_homework(scene, client)
    client.clock.set_fixed_time("2026-11-01T10:00:00")
    client.goto(scene.path(CHECKIN))
    fill(scene, client, "checkin")
    submit(client)
    client.clock.set_fixed_time("2026-11-26T10:00:00")
    client.reload()
    fill(scene, client, "checkin", example=1)
    submit(client)
    client.goto(homework)
    expect(client.locator(".homework__item").first).to_be_visible()
    scene.view(client, "homework-1-top")
    scene.tiles(client, "homework-1-page")
    box = client.locator("details.reminder")
    if box.count():
        box.locator("summary").click()
        scene.tiles(client, "homework-2-reminder-open", "details.reminder")

    share = client.locator("[data-share]")
    share.scroll_into_view_if_needed()
    share.get_by_label(scene.w("Passphrase to lock the file (optional)")).fill(PASSPHRASE)
    share.get_by_label(scene.w("Type the passphrase again")).fill(PASSPHRASE + "x")
    share.get_by_role("button", name=scene.w("Make the link")).click()
    scene.view(client, "share-1-passphrases-differ")
    share.get_by_label(scene.w("Type the passphrase again")).fill(PASSPHRASE)
    share.get_by_role("button", name=scene.w("Make the link")).click()
    label = scene.w("The link for your therapist ({count} characters)").split("(")[0].strip()
    field = share.get_by_label(label, exact=False)
    expect(field).to_be_visible(timeout=RESULT_TIMEOUT_MS)
    scene.view(client, "share-2-link-ready")
    scene.tiles(client, "share-2-link-ready", "[data-share]")
    link = field.input_value()
    with client.expect_download() as download:
        share.get_by_role("button", name=scene.w("Save the file")).click()
    file = scene.scratch / download.value.suggested_filename
    download.value.save_as(file)
    scene.view(client, "share-3-file-saved")

    client.goto(scene.path("your-data/"))
    expect(client.locator("[data-your-data-items] li").first).to_be_visible()
    scene.tiles(client, "your-data-1-with-answers", "[data-your-data]")
    client.locator("[data-your-data-erase]").click()
    scene.view(client, "your-data-2-confirm")
    client.context.close()

    therapist = scene.page()
    therapist.goto(link)
    # The client's link opens the site's own (English) viewer, whatever the client's language:
    # read it in the language it arrives in, or the Spanish pass never gets past it.
    arrived = "es" if "/es/" in urlsplit(link).path else "en"
    viewer = therapist.locator("[data-viewer]")
    expect(viewer.get_by_role("button", name=words(arrived, "Open the answers"))).to_be_visible()
    scene.view(therapist, "viewer-1-link-arrived")
    viewer.get_by_label(words(arrived, "Passphrase"), exact=True).fill(PASSPHRASE)
    viewer.get_by_role("button", name=words(arrived, "Open the answers")).click()
    expect(viewer.locator(".answers__reflection").first).to_have_attribute(
        "data-state", "ready", timeout=RESULT_TIMEOUT_MS
    )
    scene.view(therapist, "viewer-2-link-opened")
    scene.tiles(therapist, "viewer-2-link-opened", "[data-viewer]")
    therapist.goto(scene.path("therapists/viewer/"))
    therapist.get_by_label(scene.w("Client's answers file")).set_input_files(file)
    scene.view(therapist, "viewer-3-file-chosen")
    therapist.get_by_label(scene.w("Passphrase"), exact=True).fill("not the one")
    opener = therapist.get_by_role("button", name=scene.w("Open the file"))
    opener.click()
    expect(opener).to_be_enabled()
    expect(said(therapist.get_by_role("alert"))).to_be_visible()
    scene.view(therapist, "viewer-4-wrong-passphrase")
    therapist.get_by_label(scene.w("Passphrase"), exact=True).fill(PASSPHRASE)
    therapist.get_by_role("button", name=scene.w("Open the file")).click()
    expect(therapist.locator(".answers__reflection").first).to_have_attribute(
        "data-state", "ready", timeout=RESULT_TIMEOUT_MS
    )
    scene.view(therapist, "viewer-5-file-opened")
    scene.tiles(therapist, "viewer-5-file-opened", "[data-viewer]")
    therapist.context.close()


def make_homework(scene: Scene, page: Page) -> str:
    """The therapist's builder: a chapter, a worksheet, a note and a due date; the link."""
    page.goto(scene.path("therapists/homework-builder/"))
    boxes = "input[type=checkbox]"
    page.get_by_role("group", name=scene.w("Chapters to read")).locator(boxes).nth(2).check()
    page.get_by_role("group", name=scene.w("Worksheets to fill in")).locator(boxes).first.check()
    page.locator("textarea").first.fill(HOMEWORK_NOTE[scene.language])
    page.locator("input[type=date]").first.fill("2026-12-01")
    page.get_by_role("button", name=scene.w("Make the homework link")).click()
    field = page.get_by_role("textbox", name=scene.w("Homework link"))
    expect(field).to_be_visible()
    scene.view(page, "homework-builder-1-made")
    return field.input_value()


def caseload(scene: Scene) -> None:
    page = scene.page()
    page.goto(scene.path("therapists/caseload/"))
    files = three_client_files(scene.scratch)
    area = page.locator("[data-caseload]")
    picker = area.get_by_label(scene.w("Client files (you can choose several)"))
    picker.set_input_files([str(f) for f in files])
    expect(area.locator("section.caseload__client")).to_have_count(3)
    scene.view(page, "caseload-1-three-clients")
    scene.tiles(page, "caseload-1-three-clients", "[data-caseload]")
    page.context.close()


def reminder(scene: Scene) -> None:
    page = scene.page()
    page.goto(scene.path(CHECKIN))
    box = page.locator("details.reminder")
    box.scroll_into_view_if_needed()
    scene.view(page, "reminder-1-closed")
    box.locator("summary").click()
    scene.view(page, "reminder-2-open")
    box.locator("input[type=text], textarea").first.fill("  ")
    box.get_by_role("button", name=scene.w("Save the reminder for my calendar")).click()
    expect(box.get_by_role("status")).not_to_have_text(
        re.compile(scene.w("Making the calendar file…")), timeout=RESULT_TIMEOUT_MS
    )
    scene.view(page, "reminder-3-no-words")
    page.context.close()


def offline(scene: Scene) -> None:
    """The footer's offline line as it changes, the page's button, and the states offline."""
    page = scene.page()
    page.goto(scene.path("use-offline/"))
    status = page.locator("[data-offline-status]")
    footer = page.locator(".md-footer")
    footer.scroll_into_view_if_needed()
    scene.view(page, "offline-1-first-visit")
    expect(status).to_have_text(scene.w("Reading available offline"), timeout=120_000)
    scene.tiles(page, "offline-2-reading-kept")
    page.context.set_offline(True)
    expect(status).to_contain_text(scene.w("Offline"))
    status.scroll_into_view_if_needed()
    scene.view(page, "offline-3-offline-reading-only")
    page.context.set_offline(False)
    page.locator("article").get_by_role(
        "button", name=scene.w("Make the worksheets available offline")
    ).click()
    scene.view(page, "offline-4-keeping")
    expect(status).to_have_text(
        scene.w("Everything, worksheets too, available offline"), timeout=RESULT_TIMEOUT_MS * 3
    )
    status.scroll_into_view_if_needed()
    scene.view(page, "offline-5-everything-kept")
    page.context.set_offline(True)
    page.goto(scene.path(CHECKIN))
    expect(status).to_contain_text(scene.w("Offline"))
    status.scroll_into_view_if_needed()
    scene.view(page, "offline-6-offline-everything")
    page.context.set_offline(False)
    page.context.close()


SCENES: dict[str, Callable[[Scene], None]] = {
    "partner-link": partner_links,
    "share": therapist_sharing,
    "caseload": caseload,
    "reminder": reminder,
    "offline": offline,
}


def run_scenes(make_scene: Callable[[Path], Scene], only: list[str]) -> None:
    for name, scene_function in SCENES.items():
        if only and not any(word in name for word in only):
            continue
        with tempfile.TemporaryDirectory() as scratch:
            scene = make_scene(Path(scratch))
            try:
                scene_function(scene)
            except (AssertionError, PlaywrightError) as failure:  # a screen that never came: a finding
                lines = [line.strip() for line in str(failure).splitlines() if line.strip()]
                first = lines[0] if lines else ""
                # Which element never came ("Locator: get_by_role(…)"), so the finding can be found.
                where = next((line for line in lines if line.startswith("Locator:")), "")
                print(f"  scene {name} ({scene.language}, {scene.tag}) stopped: {first} {where}".rstrip())
