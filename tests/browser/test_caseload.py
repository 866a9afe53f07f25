"""A therapist's caseload on their own device: three client files open at once show three
clients with their check-in themes over time; labels are the therapist's; a client goes in one
step; the caseload is kept only when asked, locked with the therapist's passphrase."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from .client_files import client_file, three_client_files
from .helpers import CHECKIN, submit_and_wait, worksheet
from .test_checkin_story import fill_checkin
from .test_partner_link import Phones, phones  # noqa: F401  (the two-phones fixture)

PASSPHRASE = "my own caseload key"


def test_three_files_show_three_clients_and_their_charts(page: Page, tmp_path: Path) -> None:
    files = three_client_files(tmp_path)
    page.goto("therapists/caseload/")
    caseload = page.locator("[data-caseload]")
    # Before any client: the empty list says how to fill it.
    expect(caseload.get_by_role("heading", name="Clients (0)")).to_be_visible()
    empty = caseload.get_by_text("No client yet. Choose their files or paste their links above.")
    expect(empty).to_be_visible()
    caseload.get_by_label("Client files (you can choose several)").set_input_files([str(f) for f in files])
    expect(caseload.get_by_role("heading", name="Clients (3)")).to_be_visible()
    expect(empty).to_have_count(0)
    clients = caseload.locator("section.caseload__client")
    expect(clients).to_have_count(3)
    # Two clients with a trend get a chart; the one with a single check-in gets it in words.
    expect(clients.locator("svg.caseload-chart__svg")).to_have_count(2)
    expect(clients.nth(2)).to_contain_text("One check-in, on November 20, 2026:")
    chart = clients.nth(1).get_by_role("img")
    expect(chart).to_be_visible()
    assert "over 3 check-ins" in (chart.get_attribute("aria-label") or "")
    expect(clients.nth(1)).to_contain_text("Communication from 1 to 3")
    # Every word of the chart stands clear of the others (8 px): the lowest value's "1" and the
    # first date below it least of all.
    touching = chart.evaluate(
        """svg => {
          const boxes = [...svg.querySelectorAll("text")]
            .map((t) => [t.textContent, t.getBoundingClientRect()]);
          return boxes.flatMap(([a, p], i) => boxes.slice(i + 1).filter(([, q]) =>
            p.left < q.right + 8 && q.left < p.right + 8 && p.top < q.bottom + 8 && q.top < p.bottom + 8
          ).map(([b]) => `${a} / ${b}`));
        }"""
    )
    assert touching == [], touching

    # The therapist's label, never the client's file.
    label = clients.nth(0).get_by_label("Your label for this client", exact=False)
    label.fill("R.T.")
    label.press("Enter")
    label.blur()
    expect(clients.nth(0).get_by_role("heading", name="R.T.")).to_be_visible()

    # Removing a client is one step.
    clients.nth(2).get_by_role("button", name="Remove this client").click()
    expect(caseload.get_by_role("heading", name="Clients (2)")).to_be_visible()
    assert page.evaluate("Object.keys(localStorage).filter(k => k.includes('caseload')).length") == 0

    # Kept only when asked, and locked: nothing readable in storage.
    caseload.get_by_label("Passphrase to lock the caseload").fill(PASSPHRASE)
    caseload.get_by_label("Type the passphrase again").fill(PASSPHRASE)
    caseload.get_by_role("button", name="Keep it, locked with my passphrase").click()
    expect(caseload.get_by_role("status").filter(has_text="is kept on this device")).to_have_count(1)
    stored = page.evaluate(
        "JSON.stringify(Object.entries(localStorage).filter(([k]) => k.includes('caseload')))"
    )
    assert "R.T." not in stored and "history" not in stored

    page.reload()
    caseload = page.locator("[data-caseload]")
    caseload.get_by_label("Passphrase", exact=True).fill("wrong passphrase")
    caseload.get_by_role("button", name="Open", exact=True).click()
    expect(caseload.get_by_role("alert").filter(has_text="does not open")).to_be_visible()
    caseload.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
    caseload.get_by_role("button", name="Open", exact=True).click()
    expect(caseload.get_by_role("heading", name="Clients (2)")).to_be_visible()
    expect(caseload.get_by_role("heading", name="R.T.")).to_be_visible()


def test_a_file_that_is_not_a_client_file_is_named(page: Page, tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text("{not json")
    good = client_file(tmp_path / "a.json", ["2026-11-01"], 2)
    page.goto("therapists/caseload/")
    caseload = page.locator("[data-caseload]")
    caseload.get_by_label("Client files (you can choose several)").set_input_files([str(bad), str(good)])
    expect(caseload.get_by_role("alert")).to_contain_text("notes.json: This file could not be read")
    expect(caseload.get_by_role("heading", name="Clients (1)")).to_be_visible()


def test_a_clients_link_pasted_into_the_caseload_shows_them(phones: Phones) -> None:  # noqa: F811
    client, therapist = phones.phone(), phones.phone()
    client.goto(CHECKIN)
    fill_checkin(client, weakest="time")
    submit_and_wait(worksheet(client, "checkin"))  # the check-in is dated: one entry of history
    client.goto("your-answers/")
    share = client.locator("[data-share]")
    share.get_by_role("button", name="Make the link").click()
    link = share.get_by_label("The link for your therapist", exact=False).input_value()

    therapist.goto("therapists/caseload/")
    caseload = therapist.locator("[data-caseload]")
    caseload.get_by_label("Client links, one per line").fill(f"{link}\nhttps://example.org/not-a-client-link")
    caseload.get_by_role("button", name="Add the links").click()
    expect(caseload.get_by_role("heading", name="Clients (1)")).to_be_visible()
    expect(caseload.get_by_role("alert")).to_contain_text("Link 2 is not a client's answers link")
    expect(caseload.locator("section.caseload__client")).to_contain_text("One check-in, on ")
