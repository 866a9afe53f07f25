"""What the second screenshot review (make screens) found unfinished, as a person meets it, so
that it stays fixed: each test acts on the built site and reads what the page shows."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from worksheets.i18n import _, language
from worksheets.library.checkin import THEMES

from .helpers import CHECKIN, RESULT_TIMEOUT_MS, choose, submit_and_wait, worksheet

PHONE = {"width": 360, "height": 740}

# The header's page title as drawn: its words, whether any are cut off, its size, and whether it
# runs into the buttons beside it.
HEADER_TITLE = """() => {
  const topic = document.querySelector('[data-md-component="header-topic"]');
  const words = topic.querySelector(".md-ellipsis");
  const box = words.getBoundingClientRect();
  const buttons = [...document.querySelectorAll(".md-header__inner > *, .quick-exit")]
    .filter((el) => !el.contains(topic) && el.offsetParent !== null)
    .map((el) => el.getBoundingClientRect())
    .filter((b) => b.width > 0 && b.height > 0);
  return {
    text: words.textContent.trim(),
    cut: words.scrollWidth > words.clientWidth + 1 || words.scrollHeight > words.clientHeight + 1,
    size: parseFloat(getComputedStyle(words).fontSize),
    overlaps: buttons.filter((b) => b.left < box.right - 1 && b.right > box.left + 1
      && b.top < box.bottom - 1 && b.bottom > box.top + 1).length,
  };
}"""

SETTLED = """() => {
  const style = getComputedStyle(document.querySelector('[data-md-component="header-topic"]'));
  return style.opacity === "1" && ["none", "matrix(1, 0, 0, 1, 0, 0)"].includes(style.transform);
}"""


@pytest.mark.parametrize(
    "path",
    [
        CHECKIN,
        "chapters/putting-it-together/",
        f"es/{CHECKIN}",
        "es/chapters/putting-it-together/",
        "es/therapists/viewer/",
    ],
)
def test_the_page_title_in_a_phones_header_reads_in_full(page: Page, path: str) -> None:
    """At 360 px, once the reader scrolls past the heading, the header shows the page's whole
    title (it showed "Unde…" or "Com…" beside the buttons), at a readable size, over nothing."""
    page.set_viewport_size(PHONE)
    page.goto(path)
    heading = page.locator("article h1").first.inner_text().removesuffix("¶").strip()
    page.mouse.wheel(0, 1200)
    expect(page.locator('[data-md-component="header-title"]')).to_have_class(
        "md-header__title md-header__title--active"
    )
    # The title slides in: measure it where it comes to rest.
    page.wait_for_function(SETTLED)
    shown = page.evaluate(HEADER_TITLE)
    assert shown["text"] == heading
    assert not shown["cut"], f"{path}: the header cuts {heading!r}"
    assert shown["size"] >= 12, shown
    assert shown["overlaps"] == 0, shown


def test_the_problem_list_reads_as_sentences(page: Page) -> None:
    """A blank check-in sent: each line of the list says the statement and what to do, with no
    colon stuck after the statement's own full stop (".:") or question mark ("?:")."""
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    form.locator('button[type="submit"]').first.click()
    summary = form.locator("[data-worksheet-errors]")
    expect(summary).to_be_visible(timeout=RESULT_TIMEOUT_MS)
    lines = summary.get_by_role("listitem")
    expect(lines.filter(has_text="without rushing to fix things: ")).to_have_count(1)
    for line in lines.all_inner_texts():
        assert ".:" not in line and "?:" not in line, line


def spanish(text: str) -> str:
    with language("es"):
        return _(text)


def test_even_spanish_answers_read_as_alike_not_as_couples(page: Page) -> None:
    """Answering every statement the same way on the Spanish page: the reflection says the
    answers are "parecidas" (it said "parejas", which reads as "couples")."""
    page.goto(f"es/{CHECKIN}")
    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()
    for theme in THEMES:
        for _field, statement in theme.statements:
            choose(form, spanish(statement), "Nos describe casi siempre")
    form.get_by_label("Se superponen más o menos a la mitad").check()
    result = submit_and_wait(form)
    expect(result.locator(".result__summary")).to_contain_text(
        "Tus respuestas son parecidas en los seis temas."
    )


def test_the_footer_speaks_the_pages_language(page: Page) -> None:
    """A Spanish page's footer credits the theme in Spanish ("Made with" stayed English)."""
    for path, words, other in (("", "Made with", "Hecho con"), ("es/", "Hecho con", "Made with")):
        page.goto(path)
        credit = page.locator(".md-copyright")
        expect(credit).to_contain_text(f"{words} Material for MkDocs")
        expect(credit).not_to_contain_text(other)
