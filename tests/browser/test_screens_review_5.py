"""What the fifth walk (a person on a 360 px phone, both languages) found unfinished, kept fixed:
boxes squeezed by two-line labels, a partner checkbox shown with nothing behind it, and the file
chooser's words sitting high in their button."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .helpers import CHECKIN, contrast_with_background, worksheet
from .test_homework_story import make_homework_link

PHONE = {"width": 360, "height": 740}

# Every checkbox and radio button in `scope` with its box and its label's lines.
BOXES = """(scope) => [...document.querySelectorAll(`${scope} input:is([type=checkbox], [type=radio])`)]
  .filter((box) => box.checkVisibility())
  .map((box) => { const r = box.getBoundingClientRect(), label = box.closest("label");
    const tops = new Set();
    for (const node of label ? label.childNodes : []) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) tops.add(Math.round(line.top));
    }
    return { label: label ? label.textContent.trim().slice(0, 40) : "", w: r.width, h: r.height,
             x: r.left, lines: tops.size }; })"""


def test_two_line_labels_do_not_squeeze_their_boxes(page: Page) -> None:
    page.set_viewport_size(PHONE)
    page.goto("therapists/homework-builder/")
    expect(page.get_by_label("Vulnerability", exact=True)).to_be_visible()
    boxes = page.evaluate(BOXES, ".homework-builder")
    assert any(b["lines"] > 1 for b in boxes), "no two-line label at 360 px: the check proves nothing"
    squeezed = [b for b in boxes if abs(b["w"] - b["h"]) > 1 or b["w"] < 16]
    assert squeezed == [], squeezed
    # Every box starts at the same place, so the words do too.
    assert len({round(b["x"]) for b in boxes}) == 1, sorted({round(b["x"]) for b in boxes})


def test_the_partner_checkbox_shows_only_with_a_partners_answers(page: Page) -> None:
    page.set_viewport_size(PHONE)
    page.goto("your-answers/")
    expect(page.get_by_role("heading", name="Save all your answers to a file")).to_be_visible()
    expect(page.get_by_label("Also include my partner's answers", exact=False)).to_be_hidden()


def test_the_file_choosers_words_are_centred_in_their_button(page: Page) -> None:
    page.set_viewport_size(PHONE)
    for path in ("your-answers/", "therapists/viewer/", "es/your-answers/"):
        page.goto(path)
        face = page.locator(".file-picker__face").first
        expect(face).to_be_visible()
        gaps = face.evaluate(
            """(face) => { const box = face.getBoundingClientRect(), range = document.createRange();
              range.selectNodeContents(face); const words = range.getBoundingClientRect();
              return [words.top - box.top, box.bottom - words.bottom]; }"""
        )
        assert abs(gaps[0] - gaps[1]) <= 2, (path, gaps)


def test_the_over_limit_count_reads_in_dark(page: Page) -> None:
    page.emulate_media(color_scheme="dark")
    page.goto(CHECKIN)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    form = worksheet(page, "checkin")
    slot = form.locator("[data-count-for]").first
    name = slot.get_attribute("data-count-for")
    field = form.locator(f'[name="{name}"]')
    most = int(field.get_attribute("data-max-length") or "0")
    assert most > 0
    field.fill("x" * (most + 10))
    expect(slot).to_contain_text("10 over the limit")
    assert contrast_with_background(slot, "color") >= 4.5


def test_the_homework_sheets_short_links_wrap_between_their_parts(page: Page) -> None:
    """On a phone a short link that does not fit wraps after a "/", never inside a word the client
    will type ("…/go/liste" + "ning/")."""
    page.set_viewport_size(PHONE)
    make_homework_link(page)
    urls = page.locator(".homework-sheet__url")
    expect(urls.first).to_be_visible()
    split = urls.evaluate_all(
        """(urls) => urls.flatMap((url) => [...url.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .filter((node) => { const range = document.createRange(); range.selectNodeContents(node);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1; })
          .map((node) => node.textContent))"""
    )
    assert split == [], f"split inside: {split}"
    wrapped = urls.evaluate_all("(urls) => urls.filter((u) => u.getClientRects().length > 1).length")
    assert wrapped > 0, "no link wrapped at 360 px: the check proves nothing"


# Each heading with a ¶ anchor: the top of its text's last line, and the anchor's top.
ANCHORS = """() => [...document.querySelectorAll(".md-content :is(h2, h3) > .headerlink")].map((link) => {
  const heading = link.parentElement, range = document.createRange();
  range.setStartBefore(heading.firstChild);
  range.setEndBefore(link);
  const lines = [...range.getClientRects()].filter((r) => r.width > 0);
  return { heading: heading.textContent.replace("¶", "").trim(), last: lines.at(-1)?.top ?? 0,
           link: link.getBoundingClientRect().top };
})"""


def test_no_heading_gets_a_blank_line_for_its_hidden_anchor(page: Page) -> None:
    """At 360 px a heading that fills its line pushed the hidden ¶ onto a line of its own: a
    blank line under "How sources were checked" and a dozen other headings."""
    page.set_viewport_size(PHONE)
    for path in ("about/", "es/about/", "chapters/sustaining-the-flame/"):
        page.goto(path)
        anchors = page.evaluate(ANCHORS)
        assert anchors, path
        alone = [a["heading"] for a in anchors if a["link"] > a["last"] + 4]
        assert alone == [], f"{path}: the anchor has a line of its own under {alone}"
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path
