"""What the screenshot review (make screens) found unfinished, as a person meets it, so that it
stays fixed: each test acts on the built site and reads what the page shows."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from .helpers import CHECKIN, worksheet
from .test_import_export import fill_and_wait
from .test_partner_link import Phones, make_link, panel, phones  # noqa: F401  (the two-phones fixture)
from .test_partner_mode import answer_all
from .therapist_share import save_file_for_therapist

PASSPHRASE = "a long walk after dinner"

# Every text the passphrase prompt's message line shows, with the border it is drawn with then.
WATCH_MESSAGE = """() => {
  const line = document.querySelector(".passphrase__status");
  window.__shown = [];
  new MutationObserver(() => window.__shown.push(
    [line.textContent, getComputedStyle(line).borderTopStyle])).observe(
    line, { childList: true, characterData: true, subtree: true });
}"""

# What a press at (x, y) reaches: the type of the input there, or the tag of whatever else.
HIT = "([x, y]) => { const hit = document.elementFromPoint(x, y); return hit.type || hit.tagName; }"


def test_opening_a_locked_file_is_not_drawn_as_an_error(page: Page, tmp_path: Path) -> None:
    """While a locked file opens, "Opening…" is a quiet line; only the wrong passphrase gets the
    red box a person reads as "something went wrong"."""
    fill_and_wait(page, weakest="listening")
    locked = save_file_for_therapist(page, tmp_path, PASSPHRASE)
    page.goto("therapists/viewer/")
    page.get_by_label("Client's answers file").set_input_files(locked)
    page.get_by_label("Passphrase", exact=True).fill("not the passphrase")
    page.evaluate(WATCH_MESSAGE)
    page.get_by_role("button", name="Open the file").click()
    wrong = page.get_by_role("alert").filter(has_text="That passphrase does not open this file")
    expect(wrong).to_be_visible()
    expect(wrong).to_have_css("border-top-style", "solid")
    shown = dict(page.evaluate("window.__shown"))
    assert shown.get("Opening…") == "none", f"the message line while opening: {shown}"


def test_a_partner_link_says_it_arrived_where_the_person_is_looking(phones: Phones) -> None:  # noqa: F811
    """Opening a partner's link on a phone: "Your partner's answers arrived" is on the screen,
    not below the whole "send my answers by link" part."""
    alex, sam = phones.phone(), phones.phone()
    alex.goto(CHECKIN)
    answer_all(alex, listening="Very much like us", others="Mostly like us", picture="Some overlap")
    link, _ = make_link(alex, sealed=False)
    sam.goto(link)
    status = panel(sam).locator("[data-partner-status]")
    expect(status).to_contain_text("Your partner's answers arrived (hidden until you have answered).")
    expect(status).to_be_in_viewport()


def test_a_file_chooser_is_a_button_in_the_pages_words_and_names_the_file(page: Page, tmp_path: Path) -> None:
    """The partner panel's file chooser: a button that says "Choose a file" (in Spanish on a
    Spanish page, whatever the browser's own language), opens the chooser where it is drawn, and
    then names the file opened."""
    answers = tmp_path / "partner.json"
    answers.write_text('{"format": "closer-answers", "version": 1, "records": []}')
    for path, words, opened in (
        (CHECKIN, "Choose a file", "Opened: "),
        (f"es/{CHECKIN}", "Elegir un archivo", "Abierto: "),
    ):
        page.goto(path)
        face = worksheet(page, "checkin").get_by_text(words, exact=True)
        face.scroll_into_view_if_needed()
        expect(face).to_be_visible()
        box = face.bounding_box()
        assert box and box["height"] >= 24 and box["width"] >= 24
        # A press on the button lands on the (transparent) chooser itself.
        centre = [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2]
        assert page.evaluate(HIT, centre) == "file"
        with page.expect_file_chooser() as chooser:
            worksheet(page, "checkin").locator("input[type=file]").click()
        chooser.value.set_files(answers)
        expect(worksheet(page, "checkin").get_by_text(f"{opened}partner.json")).to_be_visible()


def test_your_data_names_every_item_it_lists(page: Page) -> None:
    """After a first answer, Your data says what each kept item is: none is an "Other saved item"
    (the dates behind the reminder to keep a copy were one)."""
    fill_and_wait(page, weakest="time")
    page.goto("your-data/")
    items = page.locator("[data-your-data-items] > li")
    expect(items.first).to_be_visible()
    expect(items.filter(has_text="When you first saved answers and last saved them to a file")).to_have_count(
        1
    )
    expect(items.filter(has_text="Other saved item")).to_have_count(0)


def test_the_closeness_pictures_sit_in_even_rows_on_a_phone(page: Page) -> None:
    """At 360 px, in Spanish (the longer captions), the seven pictures are cards of one width in
    full rows, the last row taking what is left: not rows of 1, 1, 2, 1, 2."""
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"es/{CHECKIN}")
    cards = worksheet(page, "checkin").locator('[data-field="closeness_picture"] .field__option')
    expect(cards).to_have_count(7)
    cards.first.scroll_into_view_if_needed()
    boxes = [card.bounding_box() for card in cards.all()]
    widths = {round(box["width"]) for box in boxes if box}
    assert max(widths) - min(widths) <= 1, widths
    rows: dict[int, int] = {}
    for box in boxes:
        assert box
        rows[round(box["y"])] = rows.get(round(box["y"]), 0) + 1
    counts = list(rows.values())
    assert len(set(counts[:-1])) <= 1 and counts[-1] <= counts[0], counts
