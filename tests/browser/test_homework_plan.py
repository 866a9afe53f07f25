"""A plan in steps: the therapist builds a three-step plan, the client opens it on their own
phone and sees a path (done, next, later), adds a step to their calendar, and shares back how far
they are; a bad plan is refused where it is made, and a changed plan link changes nothing.

Also here: the homework page's reminder is made from the homework once it is kept (never read
before it is), and the caseload chart reads at 12 px on a 360 px phone with the reader's dates.
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, Locator, Page, Route, expect

from .client_files import client_file
from .conftest import open_context
from .helpers import CHECKIN, worksheet
from .server import SiteServer
from .test_homework_story import make_homework_link, storage_snapshot
from .test_partner_link import Phones, phones  # noqa: F401  (the two-phones fixture)
from .test_reminders import save_reminder

NOTE = "One step a week. Take your time."
DAYS = ["2026-12-08", "2026-12-15", "2026-12-22"]


def builder_step(page: Page, number: int) -> Locator:
    return page.get_by_role("group", name=f"Step {number}", exact=True)


def build_plan(page: Page) -> str:
    """The therapist builds a three-step plan and gets its link."""
    page.goto("therapists/homework-builder/")
    page.get_by_label("A plan in steps", exact=False).check()
    first = builder_step(page, 1)
    first.get_by_label("Day of step 1").fill(DAYS[0])
    first.get_by_label("Chapter to read").select_option(label="Active listening")
    page.get_by_role("button", name="Add a step").click()
    second = builder_step(page, 2)
    # A new step starts a week after the one before it: week 1, week 2, …
    expect(second.get_by_label("Day of step 2")).to_have_value(DAYS[1])
    expect(second.get_by_label("Day of step 2")).to_be_focused()
    second.get_by_label("Worksheet to fill in").select_option(label="Closeness check-in")
    page.get_by_role("button", name="Add a step").click()
    third = builder_step(page, 3)
    expect(third.get_by_label("Day of step 3")).to_have_value(DAYS[2])
    third.get_by_label("Chapter to read").select_option(label="Vulnerability")
    page.get_by_label("A short note for your client (optional)").fill(NOTE)
    page.get_by_role("button", name="Make the homework link").click()
    expect(page.get_by_text("The homework link for a plan of 3 steps is ready below.")).to_be_visible()
    sheet = page.get_by_role("region", name="Homework sheet (printable)")
    expect(sheet.locator(".homework-sheet__step-title")).to_have_text(
        [
            "Step 1, by December 8, 2026",
            "Step 2, by December 15, 2026",
            "Step 3, by December 22, 2026",
        ]
    )
    expect(sheet).to_contain_text("Worksheet: Closeness check-in")
    expect(sheet.get_by_role("img", name="QR code of the homework link")).to_be_visible()
    return page.get_by_role("textbox", name="Homework link").input_value()


def path_steps(page: Page) -> Locator:
    return page.get_by_role("list", name="Your plan, step by step").locator("> li")


def statuses(page: Page) -> list[str]:
    return [s or "" for s in path_steps(page).evaluate_all("(steps) => steps.map((s) => s.dataset.status)")]


def test_a_three_step_plan_from_the_builder_to_the_clients_path_and_back(
    phones: Phones,  # noqa: F811
    tmp_path: Path,
) -> None:
    therapist, client, reader = phones.phone(), phones.phone(), phones.phone()
    link = build_plan(therapist)
    assert "/therapists/homework/#plan=" in link

    client.goto(link)
    steps = path_steps(client)
    expect(steps).to_have_count(3)
    expect(steps.locator(".homework__step-title")).to_have_text(
        [
            "Step 1, by December 8, 2026 Next",
            "Step 2, by December 15, 2026 Later",
            "Step 3, by December 22, 2026 Later",
        ]
    )
    assert statuses(client) == ["next", "later", "later"]
    expect(client.locator(".homework__note")).to_have_text(NOTE)
    expect(client.locator(".homework__progress")).to_have_text("0 of 3 steps done.")
    assert "#plan=" not in client.url, "the kept plan is read from the device, not the address"

    # The chapter of step 1, read: step 1 is done, step 2 is next.
    steps.nth(0).get_by_label("I have read “Active listening”").check()
    expect(client.locator(".homework__progress")).to_have_text("1 of 3 steps done.")
    assert statuses(client) == ["done", "next", "later"]
    expect(steps.nth(0).locator(".homework__step-status")).to_have_text("Done")
    expect(steps.nth(1).locator(".homework__step-status")).to_have_text("Next")

    # Step 2's reminder: on step 2's day, with an alarm, in words the person can change.
    event = save_reminder(steps.nth(1), tmp_path)
    assert event["DTSTART"] == "20261215T190000"
    assert event["SUMMARY"] == "Homework step 2: Closeness check-in"
    assert "RRULE" not in event
    assert event["VALARM"][0]["TRIGGER"] == "-PT1440M"

    # Part of the check-in, then the share-back link: the steps' status goes with it.
    client.goto(CHECKIN)
    form = worksheet(client, "checkin")
    form.get_by_role("group", name="We set aside time just for the two of us.").get_by_label("Mostly").check()
    expect(form.locator("[data-worksheet-save]")).to_have_text("Saved on this device.")
    client.goto("therapists/homework/")
    expect(path_steps(client)).to_have_count(3)  # the path is drawn by the page's script
    assert statuses(client) == ["done", "next", "later"]
    share = client.locator("[data-share]")
    expect(share.get_by_label("Closeness check-in", exact=False)).to_be_checked()
    share.get_by_role("button", name="Make the link").click()
    expect(share.locator(".share__status--link")).to_contain_text("Anyone who has it can read these answers")
    back = share.get_by_label("The link for your therapist", exact=False).input_value()

    reader.goto(back)
    homework = reader.locator("[data-viewer] .viewer__homework")
    expect(homework.get_by_role("list", name="The plan's steps").get_by_role("listitem")).to_have_text(
        [
            "Step 1, by December 8, 2026: Done (Active listening)",
            "Step 2, by December 15, 2026: Next (Closeness check-in)",
            "Step 3, by December 22, 2026: Later (Vulnerability)",
        ]
    )


def test_the_builders_days_are_said_in_words_under_them(page: Page) -> None:
    """The browser draws a date as "mm/dd/yyyy" (or "dd/mm/yyyy"): the builder's due date and
    each step's day say the day in words under the field, as the worksheets' dates do."""
    page.goto("therapists/homework-builder/")
    due = page.get_by_label("Due date (optional)")
    expect(due).to_have_accessible_description(re.compile(r"^No day chosen yet\. Today is .+\.$"))
    due.fill("2026-12-24")
    expect(due).to_have_accessible_description("You chose December 24, 2026.")
    expect(page.get_by_text("You chose December 24, 2026.")).to_be_visible()

    page.get_by_label("A plan in steps", exact=False).check()
    first = builder_step(page, 1).get_by_label("Day of step 1")
    first.fill("2026-12-08")
    expect(builder_step(page, 1).get_by_text("You chose December 8, 2026.")).to_be_visible()
    page.get_by_role("button", name="Add a step").click()
    # The new step's day, set a week later by the builder, is said too.
    expect(builder_step(page, 2).get_by_text("You chose December 15, 2026.")).to_be_visible()
    expect(builder_step(page, 2).get_by_label("Day of step 2")).to_have_accessible_description(
        "You chose December 15, 2026."
    )


def test_the_note_shows_its_count_and_says_when_a_paste_was_cut(page: Page) -> None:
    """The note is cut at 300 characters (it travels inside the link): the count is always under
    it, is said out loud only near the limit, and at the limit it says that the end was left out."""
    page.goto("therapists/homework-builder/")
    note = page.get_by_label("A short note for your client (optional)")
    count = page.locator("#hw-note-count")
    spoken = page.locator(".field__length-spoken")
    expect(count).to_have_text("0 of 300 characters")
    note.fill("Please try this twice. " * 5)
    expect(count).to_have_text("115 of 300 characters")
    expect(spoken).to_have_text("")  # not announced on every key
    described = re.compile(r"Up to 300 characters\..* 115 of 300 characters$")
    expect(note).to_have_accessible_description(described)
    note.fill("x" * 280)
    expect(spoken).to_have_text("20 characters left")
    expect(spoken).to_have_attribute("aria-live", "polite")
    note.fill("")
    note.focus()
    page.keyboard.insert_text("Please try this twice this week. " * 12)  # a paste longer than the limit
    limit = "300 of 300 characters: the limit. Anything typed or pasted past it was left out"
    expect(count).to_contain_text(limit)
    expect(spoken).to_contain_text(limit)
    assert len(note.input_value()) == 300


def test_the_builder_says_what_to_fix_next_to_each_step(page: Page) -> None:
    page.goto("therapists/homework-builder/")
    page.get_by_label("A plan in steps", exact=False).check()
    # The only step cannot be removed: no button offers it.
    expect(page.get_by_role("button", name="Remove step 1")).to_be_hidden()
    builder_step(page, 1).get_by_label("Day of step 1").fill("2026-12-15")
    builder_step(page, 1).get_by_label("Chapter to read").select_option(label="Active listening")
    page.get_by_role("button", name="Add a step").click()
    expect(page.get_by_role("button", name="Remove step 1")).to_be_visible()
    second = builder_step(page, 2)
    second.get_by_label("Day of step 2").fill("2026-12-08")  # before step 1
    page.get_by_role("button", name="Add a step").click()
    third = builder_step(page, 3)
    third.get_by_label("Day of step 3").fill("")
    third.get_by_label("Chapter to read").select_option(label="Vulnerability")
    page.get_by_role("button", name="Make the homework link").click()

    expect(page.get_by_text("Some steps need a change: see the messages next to them.")).to_be_visible()
    day2 = second.get_by_label("Day of step 2")
    # The problem first, then the day in words (which stays).
    expect(day2).to_have_accessible_description(
        "Choose a day after step 1's day: the steps go in order. You chose December 8, 2026."
    )
    expect(day2).to_have_attribute("aria-invalid", "true")
    expect(day2).to_be_focused()  # the first thing to fix
    expect(second.get_by_label("Chapter to read")).to_have_accessible_description(
        "Choose a chapter or a worksheet for this step."
    )
    expect(third.get_by_label("Day of step 3")).to_have_accessible_description(
        re.compile(r"^Choose the day for this step\. No day chosen yet\. Today is .+\.$")
    )
    expect(page.get_by_role("textbox", name="Homework link")).to_have_count(0)
    for text in page.locator(".plan-step__problem:not([hidden])").all_inner_texts():
        assert "hw-" not in text and "plan-" not in text, text

    # Fixed where they are: the link is made, the messages are gone.
    day2.fill("2026-12-22")
    second.get_by_label("Worksheet to fill in").select_option(index=1)
    third.get_by_label("Day of step 3").fill("2026-12-29")
    page.get_by_role("button", name="Make the homework link").click()
    expect(page.get_by_text("The homework link for a plan of 3 steps is ready below.")).to_be_visible()
    expect(page.locator(".plan-step__problem:not([hidden])")).to_have_count(0)

    # At most eight steps: the button says so rather than adding a ninth.
    for _ in range(5):
        page.get_by_role("button", name="Add a step").click()
    expect(page.get_by_role("button", name="Add a step")).to_be_disabled()
    expect(page.get_by_text("A plan has at most 8 steps.")).to_be_visible()


def test_a_changed_or_cut_plan_link_changes_nothing(page: Page) -> None:
    link = build_plan(page)
    base, token = link.split("#plan=")
    page.goto(link)
    expect(path_steps(page)).to_have_count(3)
    kept = storage_snapshot(page)
    flipped = token[:30] + ("B" if token[30] != "B" else "C") + token[31:]
    for bad in (f"{base}#plan={token[:-10]}", f"{base}#plan={flipped}", f"{base}#plan=%%%"):
        page.goto("about:blank")
        page.goto(bad)
        alert = page.get_by_role("alert")
        expect(alert).to_contain_text("This homework link is damaged or incomplete")
        expect(alert).to_contain_text("Nothing was changed.")
        expect(path_steps(page)).to_have_count(3)  # the kept plan is still shown
        assert storage_snapshot(page) == kept, bad


def test_the_homework_reminder_is_made_from_the_homework_once_it_is_kept(page: Page) -> None:
    """The race: the reminder was on the page before the new homework was kept, and read the due
    date when opened, so opening it early gave a day a week away. Here the homework's data is held
    back: while the homework is not shown, no reminder is offered; once it is, the due date is in."""
    link = make_homework_link(page)
    held: list[Route] = []
    page.route("**/go/index.json", lambda route: held.append(route))
    with page.expect_request("**/go/index.json"):
        page.goto(link)
    # Every module the page mounts has been loaded and mounted (the reminder's too, if it had one).
    page.evaluate(
        """async () => {
          const main = document.querySelector('script[src$="assets/js/main.js"]').src;
          await import(new URL('pages/reminder.js', main).href);
          await import(new URL('homework/homework.js', main).href);
        }"""
    )
    expect(page.get_by_role("heading", name="Readings and worksheets")).to_have_count(0)
    expect(page.get_by_text("Add a reminder to my calendar")).to_have_count(0)
    assert len(held) == 1
    held[0].continue_()
    page.unroute("**/go/index.json")
    expect(page.get_by_role("heading", name="Readings and worksheets")).to_be_visible()
    page.get_by_text("Add a reminder to my calendar").click()
    expect(page.locator("details.reminder").get_by_label("Day", exact=True)).to_have_value("2026-12-01")


ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
CHART_TEXT = """(svg) => {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const box = svg.getBoundingClientRect();
  return [...svg.querySelectorAll('text')].map((t) => {
    const r = t.getBoundingClientRect();
    return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale,
             inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5
               && r.bottom <= box.bottom + 0.5 && r.right <= innerWidth };
  });
}"""
CONTRAST = """(figure) => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const channel = (v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  const lum = (c) => c.map(channel).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const back = lum(rgb(getComputedStyle(document.body).backgroundColor));
  return [...figure.querySelectorAll('.caseload-chart__svg polyline')].map((line) => {
    const fore = lum(rgb(getComputedStyle(line).stroke));
    return (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
  });
}"""


def test_the_caseload_chart_reads_at_12px_on_a_phone_with_the_readers_dates(
    browser: Browser, server: SiteServer, tmp_path: Path
) -> None:
    files = [client_file(tmp_path / "b.json", ["2026-09-01", "2026-10-01", "2026-11-01"], 1)]
    for scheme in ("light", "dark"):
        context, log = open_context(
            browser, server.url, viewport={"width": 360, "height": 740}, color_scheme=scheme
        )
        try:
            page = context.new_page()
            page.goto("therapists/caseload/")
            caseload = page.locator("[data-caseload]")
            caseload.get_by_label("Client files (you can choose several)").set_input_files(
                [str(f) for f in files]
            )
            figure = caseload.locator("figure.caseload-chart")
            svg = figure.locator("svg.caseload-chart__svg")
            expect(svg).to_be_visible()
            alt = svg.get_attribute("aria-label") or ""
            assert "over 3 check-ins" in alt and "September 1, 2026" in alt  # the text alternative
            texts = svg.evaluate(CHART_TEXT)
            assert texts, "the chart has axis text"
            for text in texts:
                assert text["px"] >= 12, text
                assert text["inside"], text
            dates = [t["text"] for t in texts if not t["text"].isdigit()]
            expected = page.evaluate(
                "() => [new Date(2026, 8, 1), new Date(2026, 10, 1)].map((d) =>"
                " new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium' }).format(d))"
            )
            assert dates == expected, dates
            assert not any(ISO.search(d) for d in dates), dates
            legend = figure.locator(".caseload-chart__legend li")
            expect(legend).to_have_count(6)
            sizes = legend.evaluate_all(
                "(items) => items.map((i) => parseFloat(getComputedStyle(i).fontSize))"
            )
            assert min(sizes) >= 12, sizes
            # Told apart by more than colour: each series has its own dash or marker shape.
            looks = figure.evaluate(
                "(f) => [...f.querySelectorAll('.caseload-chart__legend svg')].map((s) => "
                "(s.querySelector('line').getAttribute('stroke-dasharray') || '') "
                "+ s.lastElementChild.tagName)"
            )
            assert len(set(looks)) == 6, looks
            ratios = figure.evaluate(CONTRAST)
            assert min(ratios) >= 3, (scheme, ratios)
        finally:
            context.close()
        assert log.foreign == []
