"""A build compiles the worksheet catalogs after `worksheets.i18n` has read the ones an earlier
build left: the pages must get the catalog just compiled, not the old words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from macros import worksheet_catalog
from worksheets import i18n

MESSAGE = "Not for now"


def test_the_catalog_compiled_by_a_build_is_the_one_its_pages_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locale" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    shutil.copy(worksheet_catalog.po_path("es"), folder / "worksheets.po")
    expected = i18n.translations("es").gettext(MESSAGE)
    assert expected != MESSAGE
    # What an earlier build left: a compiled catalog with other words, read at import.
    stale = Catalog(locale="es")
    stale.add(MESSAGE, "palabras viejas")
    with (folder / "worksheets.mo").open("wb") as handle:
        write_mo(handle, stale)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    monkeypatch.setattr(worksheet_catalog, "LOCALE_DIR", tmp_path / "locale")
    try:
        i18n.reload_catalogs()
        assert i18n.translations("es").gettext(MESSAGE) == "palabras viejas"
        worksheet_catalog.compile_catalogs(strict=False)
        assert i18n.translations("es").gettext(MESSAGE) == expected
        with i18n.language("es"):
            assert i18n._(MESSAGE) == expected
    finally:
        monkeypatch.undo()
        worksheet_catalog.template.cache_clear()  # it was extracted from the planted folder
        i18n.reload_catalogs()
    assert i18n.translations("es").gettext(MESSAGE) == expected
