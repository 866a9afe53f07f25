"""Issue 13's phone leftovers, as a person meets them on a 360 x 740 phone: a focused field stays
below the sticky header and its "Your homework" pill; a hovered or focused control changes to the
site's own purple, not Material's pink; the partner panel's file line keeps the panel's rhythm;
the caseload speaks as a therapist would and shows one check-in as one check-in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from .helpers import CHECKIN, contrast_with_background, worksheet
from .test_homework_story import make_homework_link
from .test_screens_review_4 import save_a_note

PHONE = {"width": 360, "height": 740}
KEYS = ("challenges", "communication", "empathy", "listening", "time", "vulnerability")

# Hue (degrees) and contrast helpers in the page: the colours a person sees, as computed.
HUE = """(c) => {
  const [r, g, b] = (c.match(/[\\d.]+/g) || []).slice(0, 3).map((v) => Number(v) / 255);
  const max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min;
  if (d === 0) return -1;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}"""


def settled(control: Locator) -> None:
    """Bring Material's colour transitions (125 ms) to their end: the colours read are the ones
    shown once they settle. Finished, not awaited: an evaluate has no timeout of its own."""
    control.evaluate(
        "(c) => { for (const a of c.getAnimations()) { try { a.finish(); } catch { /* rate 0 */ } } }"
    )


def header_bottom(page: Page) -> float:
    return float(page.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom"))


def put_under_header(page: Page, field: Locator) -> None:
    """Scroll so that the field's top sits 20 px from the top of the window, under the header."""
    field.evaluate("(f) => window.scrollBy(0, f.getBoundingClientRect().top - 20)")
    top = field.evaluate("(f) => f.getBoundingClientRect().top")
    assert top < header_bottom(page), "the field should start under the header"


def test_a_focused_field_stays_below_the_header_and_the_homework_pill(page: Page) -> None:
    """On a phone, "Share with my therapist"'s passphrase field, focused near the top edge, went
    under Material's sticky header and the "Your homework" pill under it."""
    page.set_viewport_size(PHONE)
    page.goto(make_homework_link(page))  # the client keeps a homework: the pill is on every page
    expect(page.locator(".homework__progress")).to_have_text("0 of 2 done.")
    save_a_note(page)
    page.goto("your-answers/")
    pill = page.get_by_role("link", name="Your homework")
    expect(pill).to_be_visible()
    share = page.locator("[data-share]")
    field = share.get_by_label("Passphrase to lock the file (optional)")
    again = share.get_by_label("Type the passphrase again")

    # Focused by a script (as an error message does).
    put_under_header(page, field)
    field.focus()
    expect(field).to_be_focused()
    assert field.bounding_box()["y"] >= header_bottom(page)  # type: ignore[index]

    # Reached with the keyboard, going back up the page.
    put_under_header(page, field)
    again.focus()
    put_under_header(page, field)
    page.keyboard.press("Shift+Tab")
    expect(field).to_be_focused()
    assert field.bounding_box()["y"] >= header_bottom(page)  # type: ignore[index]
    assert header_bottom(page) > pill.bounding_box()["y"]  # type: ignore[index]

    # Two passphrases that differ: the second field takes the focus, in sight, with its message.
    field.fill("a long passphrase")
    again.fill("a long passfrase")
    put_under_header(page, again)
    share.get_by_role("button", name="Save the file").click()
    expect(again).to_be_focused()
    expect(share).to_contain_text("The two passphrases are not the same.")
    assert again.bounding_box()["y"] >= header_bottom(page)  # type: ignore[index]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_hovered_and_focused_buttons_take_the_sites_purple(page: Page, scheme: str) -> None:
    """Material's pink accent filled hovered and focused buttons (worksheet buttons, the
    partner panel's, the builder's): a second colour the site has nowhere else."""
    page.set_viewport_size(PHONE)
    page.emulate_media(color_scheme=scheme)
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    buttons = [
        form.get_by_role("button", name="Compare our answers"),
        form.get_by_role("button", name="My partner is answering"),
        form.locator("button[type=submit]"),
    ]
    for button in buttons:
        button.scroll_into_view_if_needed()
        button.hover()
        settled(button)
        back = button.evaluate("(b) => getComputedStyle(b).backgroundColor")
        hue = page.evaluate(HUE, back)
        assert 240 <= hue <= 290, (back, hue)  # deep purple, not pink (about 330)
        assert contrast_with_background(button, "color") >= 4.5
    page.mouse.move(0, 0)
    page.goto("therapists/homework-builder/")
    make = page.get_by_role("button", name="Make the homework link")
    make.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # a keyboard focus: the ring shows
    expect(make).to_be_focused()
    settled(make)
    back = make.evaluate("(b) => getComputedStyle(b).backgroundColor")
    assert 240 <= page.evaluate(HUE, back) <= 290, back
    assert contrast_with_background(make, "color") >= 4.5
    assert make.evaluate("(b) => getComputedStyle(b).outlineStyle") == "solid"
    assert contrast_with_background(make, "outlineColor") >= 3
    # A link's hover colour is the purple too, readable on the page.
    link = page.locator("article a[href]").first
    link.hover()
    settled(link)
    colour = link.evaluate("(a) => getComputedStyle(a).color")
    assert 240 <= page.evaluate(HUE, colour) <= 290, colour
    assert contrast_with_background(link, "color") >= 4.5


def test_the_partner_panels_file_line_keeps_the_panels_rhythm(page: Page) -> None:
    """On a phone, "Or load your partner's exported answers file:" wrapped with its button on its
    second line: the two lines of the sentence stood 1.4rem and 2.6rem apart."""
    page.set_viewport_size(PHONE)
    page.goto(CHECKIN)
    panel = worksheet(page, "checkin").locator(".worksheet__partner")
    label = panel.locator(".worksheet__partner-file")
    face = label.locator(".file-picker__face")
    expect(face).to_have_text("Choose a file")
    lines = label.evaluate(
        """(label) => {
          const range = document.createRange();
          range.selectNodeContents(label.firstChild);  // the sentence's own text
          const tops = [...new Set([...range.getClientRects()].map((r) => Math.round(r.top)))];
          const face = label.querySelector(".file-picker__face").getBoundingClientRect();
          return { tops, textBottom: range.getBoundingClientRect().bottom, faceTop: face.top };
        }"""
    )
    gaps = [b - a for a, b in zip(lines["tops"], lines["tops"][1:], strict=False)]
    assert len(set(gaps)) <= 1, lines  # even lines
    assert lines["faceTop"] >= lines["textBottom"], lines  # the button under the sentence
    # Close under its sentence, as the panel's other controls are spaced (0.4rem: 8 px).
    assert 4 <= lines["faceTop"] - lines["textBottom"] <= 16, lines


def client_file(path: Path, days: list[str], records: int = 1) -> Path:
    history = [{"date": d, "themes": dict.fromkeys(KEYS, 1 + i)} for i, d in enumerate(days)]
    when = f"{days[-1]}T10:00:00Z"
    checkin = {"worksheet": "checkin", "version": 2, "answers": {"history": history}, "updated": when}
    other = {"worksheet": "good-news", "version": 1, "answers": {}, "updated": when}
    data = {
        "format": "closer-answers",
        "version": 1,
        "exported": when,
        "records": [checkin, *[other] * (records - 1)],
    }
    path.write_text(json.dumps(data))
    return path


def test_the_caseload_says_one_check_in_as_one_check_in(page: Page, tmp_path: Path) -> None:
    """A client with one check-in got "1 worksheet record" and a line chart of lone dots."""
    page.set_viewport_size(PHONE)
    page.goto("therapists/caseload/")
    caseload = page.locator("[data-caseload]")
    picker = caseload.get_by_label("Client files (you can choose several)")
    picker.set_input_files([str(client_file(tmp_path / "one.json", ["2026-11-20"]))])
    client = caseload.locator("section.caseload__client")
    expect(client).to_contain_text("answers to 1 worksheet")
    expect(client).not_to_contain_text("record")
    expect(client.get_by_role("heading", name="Check-in themes", exact=True)).to_be_visible()
    expect(client.locator("svg.caseload-chart__svg")).to_have_count(0)
    expect(client.locator("figure")).to_contain_text("One check-in, on November 20, 2026:")
    expect(client.locator("figure li")).to_have_count(len(KEYS))
    expect(client.locator("figure")).to_contain_text("Communication: 1 of 5")

    picker.set_input_files([str(client_file(tmp_path / "two.json", ["2026-10-01", "2026-11-01"], 3))])
    second = caseload.locator("section.caseload__client").nth(1)
    expect(second).to_contain_text("answers to 3 worksheets")
    expect(second.get_by_role("heading", name="Check-in themes over time")).to_be_visible()
    expect(second.locator("svg.caseload-chart__svg")).to_have_count(1)


def test_the_spanish_caseload_says_it_in_spanish(page: Page, tmp_path: Path) -> None:
    page.goto("es/therapists/caseload/")
    caseload = page.locator("[data-caseload]")
    picker = caseload.locator("input[type=file]").first
    files = [
        client_file(tmp_path / "one.json", ["2026-11-20"]),
        client_file(tmp_path / "b.json", ["2026-11-01"], 2),
    ]
    picker.set_input_files([str(f) for f in files])
    clients = caseload.locator("section.caseload__client")
    expect(clients.nth(0)).to_contain_text("respuestas a 1 hoja de trabajo")
    expect(clients.nth(0)).to_contain_text("Un chequeo, el 20 de noviembre de 2026:")
    expect(clients.nth(1)).to_contain_text("respuestas a 2 hojas de trabajo")


def test_the_builders_choices_are_the_sites_purple_not_the_browsers_blue(page: Page) -> None:
    """The homework builder's language choice was drawn in the browser's own blue."""
    page.set_viewport_size(PHONE)
    page.goto("therapists/homework-builder/")
    english = page.get_by_role("radio", name="English")
    expect(english).to_be_visible()
    colour = english.evaluate("(r) => getComputedStyle(r).accentColor")
    assert 240 <= page.evaluate(HUE, colour) <= 290, colour
