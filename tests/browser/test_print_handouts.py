"""Printing: a worksheet prints as a clean blank handout, or filled with its answers and result;
a whole chapter and a homework sheet print without the site's navigation and controls.

The print buttons call window.print(); here it is replaced by a counter, so the page stays in its
print state and page.pdf() (Chromium's print engine, print media) shows what would be printed.
The PDF's text is read with pypdf."""

from __future__ import annotations

import io

from playwright.sync_api import Page, expect
from pypdf import PdfReader

from .helpers import CHECKIN, submit_and_wait, worksheet
from .test_checkin_story import fill_checkin
from .test_homework_story import NOTE, make_homework_link

STUB_PRINT = "window.print = () => { window.__printed = (window.__printed || 0) + 1; };"
OWN_WORDS = "We walked by the river after dinner"
NOTE_LABEL = "Anything you want to remember about today?"
# Words that only the site's frame and controls show: none may be on paper.
FRAME = (
    "Leave this site",
    "Made with",
    "For contributors",
    "Homework builder",
    "Table of contents",
    "Copy link",
    "Print a blank copy",
    "Print with my answers",
    "Clear answers",
    "Show my reflection",
    "Answer as a couple",
    "Python is ready",
)


def pdf_text(page: Page) -> str:
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    # Line breaks in the PDF fall where the page wrapped: compare words, not lines.
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def assert_no_frame(text: str) -> None:
    assert [words for words in FRAME if words in text] == []


def test_blank_handout_has_the_questions_and_no_answers(context, page: Page) -> None:
    context[0].add_init_script(STUB_PRINT)
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    form.get_by_label(NOTE_LABEL).fill(OWN_WORDS)
    form.get_by_role("button", name="Print a blank copy of “Closeness check-in”").click()
    assert page.evaluate("window.__printed") == 1
    text = pdf_text(page)
    assert "Closeness check-in" in text
    assert "When something bothers me, I can bring it up with my partner calmly." in text
    assert "1 Not like us 2 A little like us" in text
    assert NOTE_LABEL in text
    assert OWN_WORDS not in text
    assert "Before you read" not in text  # the worksheet alone, not the chapter
    assert_no_frame(text)
    expect(form.get_by_label(NOTE_LABEL)).to_have_value(OWN_WORDS)  # the reader's answers stay


def test_filled_handout_has_the_answers_and_the_reflection(context, page: Page) -> None:
    context[0].add_init_script(STUB_PRINT)
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    fill_checkin(page, weakest="listening")
    form.get_by_label(NOTE_LABEL).fill(OWN_WORDS)
    submit_and_wait(form)
    form.get_by_role("button", name="Print with my answers: “Closeness check-in”").click()
    text = pdf_text(page)
    assert OWN_WORDS in text
    assert "listening may be the place to start" in text
    assert "Closeness check-in" in text and "Before you read" not in text
    assert_no_frame(text)


def test_a_whole_chapter_prints_without_the_site_frame(page: Page) -> None:
    page.goto(CHECKIN)
    expect(
        worksheet(page, "checkin").get_by_role("button", name="Print a blank copy of “Closeness check-in”")
    ).to_be_visible()
    text = pdf_text(page)
    assert "Understanding emotional intimacy" in text and "Before you read" in text
    assert "Closeness check-in" in text
    assert_no_frame(text)


def test_the_homework_sheet_prints_alone(context, page: Page) -> None:
    context[0].add_init_script(STUB_PRINT)
    make_homework_link(page)
    page.get_by_role("button", name="Print the homework sheet").click()
    text = pdf_text(page)
    assert NOTE in text and "Read: Active listening" in text and "/go/listening/" in text
    assert "To do by: December 1, 2026" in text
    assert "Chapters to read" not in text and "Make the homework link" not in text
    assert_no_frame(text)
