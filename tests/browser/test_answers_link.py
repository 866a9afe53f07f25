"""A client shares their answers with their therapist by link (beside the file): the homework
status and the check-in history go with it, and the therapist opens it on another device."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from .helpers import CHECKIN, RESULT_TIMEOUT_MS, submit_and_wait, worksheet
from .test_checkin_story import fill_checkin
from .test_homework_story import make_homework_link
from .test_languages import choose_language
from .test_partner_link import Phones, phones  # noqa: F401  (the two-phones fixture)
from .therapist_share import lock_share, save_file_for_therapist

PASSPHRASE = "tea at four, then talk"


def two_check_ins(page: Page) -> None:
    page.clock.set_fixed_time("2026-11-01T10:00:00")
    page.goto(CHECKIN)
    fill_checkin(page, weakest="time")
    submit_and_wait(worksheet(page, "checkin"))
    page.clock.set_fixed_time("2026-11-26T10:00:00")
    page.reload()
    fill_checkin(page, weakest="listening")
    submit_and_wait(worksheet(page, "checkin"))


def homework_after_two_check_ins(client: Page) -> Locator:
    """Two check-ins, then the client opens the therapist's homework link (opening it is what
    keeps the homework on the client's device); its share part ticks the homework's check-in."""
    two_check_ins(client)
    client.goto(make_homework_link(client))
    share = client.locator("[data-share]")
    expect(share.get_by_label("Closeness check-in", exact=False)).to_be_checked()
    return share


def test_the_therapist_opens_a_locked_link_with_homework_and_history(phones: Phones) -> None:  # noqa: F811
    client, therapist = phones.phone(), phones.phone()
    share = homework_after_two_check_ins(client)
    lock_share(share, PASSPHRASE)
    share.get_by_role("button", name="Make the link").click()
    expect(share.locator(".share__status--link")).to_have_text(
        "The link is ready, locked with your passphrase. "
        "Send it to your therapist, and tell them the passphrase separately."
    )
    link = share.get_by_label("The link for your therapist", exact=False).input_value()
    assert "/therapists/viewer/#answers=" in link

    therapist.goto(link)
    viewer = therapist.locator("[data-viewer]")
    arrived = "Your client's answers arrived in this link, locked with a passphrase."
    expect(viewer.get_by_text(arrived)).to_be_visible()
    assert "answers=" not in therapist.url  # the answers left the address bar at once
    viewer.get_by_label("Passphrase").fill("not the one")
    viewer.get_by_role("button", name="Open the answers").click()
    expect(viewer.get_by_role("alert").filter(has_text="does not open")).to_be_visible()
    viewer.get_by_label("Passphrase").fill(PASSPHRASE)
    viewer.get_by_role("button", name="Open the answers").click()
    expect(viewer.get_by_role("heading", name="Answers in this file")).to_be_focused()
    homework = viewer.locator(".viewer__homework")
    expect(homework.get_by_role("listitem")).to_have_text(
        ["Active listening: Not read yet", "Closeness check-in: Done"]
    )
    expect(homework).to_contain_text("To do by: December 1, 2026")
    reflection = viewer.locator(".answers__reflection").first
    expect(reflection).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    # The check-in history came with the link: the reflection charts both check-ins.
    expect(reflection).to_contain_text("2 check-ins")
    # Read-only: nothing from the link is saved on the therapist's device.
    assert therapist.evaluate("Object.keys(localStorage).filter(k => k.includes(':checkin:')).length") == 0


def open_link_for_therapist(client: Page) -> str:
    """One check-in, and the client's link for their therapist without a passphrase."""
    client.goto(CHECKIN)
    fill_checkin(client, weakest="time")
    saved = worksheet(client, "checkin").locator("[data-worksheet-save]")
    expect(saved).to_have_text("Saved on this device.")
    client.goto("your-answers/")
    share = client.locator("[data-share]")
    share.get_by_role("button", name="Make the link").click()
    expect(share.locator(".share__status--link")).to_contain_text("Anyone who has it can read these answers")
    return share.get_by_label("The link for your therapist", exact=False).input_value()


def test_a_cut_link_for_the_therapist_says_so(phones: Phones) -> None:  # noqa: F811
    client, therapist = phones.phone(), phones.phone()
    link = open_link_for_therapist(client)
    therapist.goto(link[:-30])
    viewer = therapist.locator("[data-viewer]")
    expect(viewer.get_by_role("alert")).to_have_text(
        "This link is damaged or incomplete (perhaps cut short when it was copied). "
        "Ask your client to make it again. Nothing was changed."
    )
    # The whole link, pasted into the address bar of the open viewer (only the fragment
    # changes, no new page load): the answers open and the damaged-link alert goes.
    therapist.goto(link)
    expect(viewer.get_by_role("heading", name="Answers in this file")).to_be_visible()
    expect(viewer.get_by_role("alert")).to_have_text("")
    assert "#answers=" not in therapist.url


def test_the_language_switch_takes_the_links_answers_along_until_they_are_closed(phones: Phones) -> None:  # noqa: F811
    client, therapist = phones.phone(), phones.phone()
    therapist.goto(open_link_for_therapist(client))
    viewer = therapist.locator("[data-viewer]")
    expect(viewer.get_by_role("heading", name="Answers in this file")).to_be_visible()
    assert "#answers=" not in therapist.url
    # Out of the address, yet the switch puts the link back for the page in the other language.
    choose_language(therapist, "Español")
    expect(viewer.get_by_role("heading", name="Respuestas en este archivo")).to_be_visible()
    assert "/es/therapists/viewer/" in therapist.url
    assert "#answers=" not in therapist.url
    # Closed, they stay behind: the English viewer opens empty.
    viewer.get_by_role("button", name="Cerrar el archivo").click()
    choose_language(therapist, "English")
    expect(therapist.get_by_label("Client's answers file")).to_be_visible()
    expect(viewer.get_by_role("heading", name="Answers in this file")).to_have_count(0)
    assert "#" not in therapist.url


def test_a_file_for_the_therapist_carries_the_homework_status_as_the_link_does(
    phones: Phones,  # noqa: F811
    tmp_path: Path,
) -> None:
    client, therapist = phones.phone(), phones.phone()
    homework_after_two_check_ins(client)
    # From the homework page the link opened, where the link above is made too.
    shared = save_file_for_therapist(client, tmp_path, PASSPHRASE, at=None)
    statuses = ["Active listening: Not read yet", "Closeness check-in: Done"]

    therapist.goto("therapists/viewer/")
    therapist.get_by_label("Client's answers file").set_input_files(shared)
    therapist.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    therapist.get_by_role("button", name="Open the file").click()
    viewer = therapist.locator("[data-viewer]")
    expect(viewer.get_by_role("heading", name="Answers in this file")).to_be_focused()
    homework = viewer.locator(".viewer__homework")
    expect(homework.get_by_role("listitem")).to_have_text(statuses)
    expect(homework).to_contain_text("To do by: December 1, 2026")

    # The caseload reads the same status from the file.
    therapist.goto("therapists/caseload/")
    caseload = therapist.locator("[data-caseload]")
    caseload.get_by_label("Client files (you can choose several)").set_input_files(shared)
    caseload.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    caseload.get_by_role("button", name="Open").click()
    client_section = caseload.locator("section.caseload__client")
    expect(client_section).to_have_count(1)
    expect(client_section.locator(".viewer__homework").get_by_role("listitem")).to_have_text(statuses)
    expect(client_section).not_to_contain_text("No homework status came with what this client shared.")
