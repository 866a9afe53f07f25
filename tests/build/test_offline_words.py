"""Two things a person can tell apart by their words. Answers are *saved* on this device
(«Guardado en este dispositivo»); the offline copy of the guide is *downloaded* and then
*available offline*. The footer and the "Use it offline" page say the same words for the same
download, and neither says "Saving…" or "Keeping…" for it."""

from __future__ import annotations

import re

from macros.browser_catalog import browser_catalogs, extract
from tests.conftest import ROOT

OFFLINE = "docs/assets/js/pages/offline.js"


def offline_words() -> list[str]:
    return sorted({m.english for m in extract(ROOT) if m.where.startswith(OFFLINE)})


def test_the_offline_copy_is_downloaded_not_saved_or_kept() -> None:
    words = offline_words()
    assert "Downloading the worksheets for offline use…" in words
    assert "Downloading the guide for offline use…" in words
    saved_or_kept = re.compile(r"\b(sav|kept|keep)", re.IGNORECASE)
    assert [w for w in words if saved_or_kept.search(w) and "save data" not in w] == []


def test_in_spanish_the_offline_copy_is_downloaded_and_answers_are_saved() -> None:
    spanish = browser_catalogs(ROOT)["es"]["messages"]
    assert [spanish[w] for w in offline_words() if re.search(r"\bguard", spanish[w], re.IGNORECASE)] == []
    assert spanish["Downloading the worksheets for offline use…"].startswith("Descargando")
    assert spanish["Saved on this device."] == "Guardado en este dispositivo."


def test_one_wording_while_the_worksheets_download() -> None:
    """The footer's line and the page's place (where the button was pressed) say the same."""
    source = (ROOT / OFFLINE).read_text(encoding="utf-8")
    assert source.count('t("Downloading the worksheets for offline use…")') == 2
