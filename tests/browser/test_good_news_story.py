"""A reader answers a partner's good news, sees how the reply reads, and sorts sample replies."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .helpers import choose, submit_and_wait, worksheet

PAGE = "chapters/active-listening/"


def test_write_a_reply_and_sort_the_samples(page: Page) -> None:
    page.goto(PAGE)
    form = worksheet(page, "good-news")
    form.scroll_into_view_if_needed()
    choose(form, "Pick the news your partner shares", "A driving test at 52")
    form.get_by_label("What might you say back?").fill(
        "Oh, nice. Well done. Did you see my text about the car?"
    )
    choose(form, "Reply 1:", "Negative and critical")
    choose(form, "Reply 2:", "Ignoring it")
    choose(form, "Reply 3:", "Warm and engaged")
    choose(form, "Reply 4:", "Ignoring it")  # the worksheet reads this one as quiet and flat
    result = submit_and_wait(form)

    expect(result.locator(".result__summary")).to_have_text(
        "Your reply reads as ignoring it (passive-destructive). "
        "You sorted 4 of 4 sample replies, and 3 match how this worksheet reads them."
    )
    noticed = result.locator("section", has_text="What we noticed").locator("li")
    expect(noticed).to_have_text(
        ["Brief, quiet praise: “nice” and “well done”.", "Changing the subject: “did you see”."]
    )
    expect(result).to_contain_text("You passed? Amazing! I know how nervous you were, and you did it anyway.")
    expect(result).to_contain_text(
        "Reply 4: you chose ignoring it (passive-destructive). This worksheet reads it as quiet and flat"
    )
    expect(result).to_contain_text("Gable and colleagues' research on sharing good news")
    # The other worksheet on the page is untouched.
    other = worksheet(page, "reflective-listening").locator("[data-worksheet-result]")
    expect(other).not_to_have_attribute("data-state", "ready")


def test_sorting_alone_is_enough(page: Page) -> None:
    page.goto(PAGE)
    form = worksheet(page, "good-news")
    choose(form, "Reply 3:", "Warm and engaged")
    result = submit_and_wait(form)
    expect(result.locator(".result__summary")).to_have_text(
        "You sorted 1 of 4 sample replies, and 1 matches how this worksheet reads them."
    )
    expect(result.locator("section", has_text="Sorting the replies").locator("li")).to_have_count(4)
