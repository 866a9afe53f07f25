"""The client's "Share with my therapist" part (sharing/share.js), as a person uses it: on the
"Your answers" page, and on the homework page, where it ticks the homework's worksheets first."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Locator, Page, expect


def lock_share(share: Locator, passphrase: str) -> None:
    """Type the passphrase that locks the file and the link, twice, as the part asks."""
    share.get_by_label("Passphrase to lock the file (optional)").fill(passphrase)
    share.get_by_label("Type the passphrase again").fill(passphrase)


def save_file_for_therapist(
    page: Page, tmp_path: Path, passphrase: str, at: str | None = "your-answers/"
) -> Path:
    """Save the locked file from the share part of `at` (None: the page already open, such as
    the homework page a link opened) with the check-in ticked; return where it was saved."""
    if at is not None:
        page.goto(at)
    share = page.locator("[data-share]")
    expect(share.get_by_label("Closeness check-in", exact=False)).to_be_checked()
    lock_share(share, passphrase)
    with page.expect_download() as download:
        share.get_by_role("button", name="Save the file").click()
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    # The message sits right under the "Save the file" button.
    saved = share.get_by_role("button", name="Save the file").locator("xpath=following-sibling::*[1]")
    expect(saved).to_have_attribute("role", "status")
    expect(saved).to_contain_text("The locked file is saved to your downloads.")
    return target
