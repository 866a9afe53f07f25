"""The worksheet catalogs: every declared and coded string is extracted, and the build refuses a
catalog with a missing, fuzzy or misplaced translation, naming file, worksheet, string and fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

from macros import worksheet_catalog
from macros.worksheet_catalog import CatalogError, compile_catalogs, problems, template
from worksheets import all_worksheets


def ids() -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in template() if m.id}


class TestExtraction:
    def test_every_declared_label_option_and_help_is_in_the_template(self) -> None:
        """Declarations carry no marks: the extractor walks them, so none can be forgotten."""
        found = ids()
        for sheet in all_worksheets():
            assert sheet.title in found
            for f in sheet.fields:
                assert f.label in found, (sheet.id, f.id)
                assert not f.help or f.help in found
                for option in getattr(f, "options", ()):
                    assert option.label in found, (sheet.id, f.id, option.value)

    def test_code_strings_and_plurals_are_in_the_template(self) -> None:
        found = ids()
        assert "Please answer this question." in found  # messages.py
        assert "Clear answers" in found  # render.py
        assert "{count} of the six themes" in found  # a result sentence

    def test_the_committed_template_is_up_to_date(self) -> None:
        with worksheet_catalog.TEMPLATE.open("rb") as handle:
            committed = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
        assert committed == ids(), "run `make catalogs` and commit worksheets/locale/"


@pytest.fixture
def spanish_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the Spanish catalog that the checks read instead of the committed one."""
    target = tmp_path / "es" / "LC_MESSAGES" / "worksheets.po"
    target.parent.mkdir(parents=True)
    shutil.copy(worksheet_catalog.po_path("es"), target)
    monkeypatch.setattr(
        worksheet_catalog, "po_path", lambda lang: tmp_path / lang / "LC_MESSAGES" / "worksheets.po"
    )
    monkeypatch.setattr(worksheet_catalog, "languages", lambda: ("es",))
    return target


def edit(path: Path, msgid: str, string: str, fuzzy: bool = False) -> None:
    with path.open("rb") as handle:
        catalog = read_po(handle, locale="es")
    message = catalog[msgid]
    message.string = string
    if fuzzy:
        message.flags.add("fuzzy")
    with path.open("wb") as handle:
        write_po(handle, catalog)


class TestCompleteness:
    def test_the_committed_spanish_catalog_is_complete(self) -> None:
        assert problems("es") == []

    def test_a_missing_translation_stops_the_build_naming_file_worksheet_and_fix(
        self, spanish_copy: Path
    ) -> None:
        edit(spanish_copy, "Build my ladder", "")
        with pytest.raises(CatalogError) as raised:
            compile_catalogs()
        text = str(raised.value)
        assert "worksheets/library/disclosure_ladder.py (worksheet disclosure-ladder)" in text
        assert "no es translation for 'Build my ladder'" in text
        assert "make catalogs" in text

    def test_a_fuzzy_translation_is_refused(self, spanish_copy: Path) -> None:
        edit(spanish_copy, "Clear answers", "Borrar respuestas", fuzzy=True)
        (line,) = problems("es")
        assert line.startswith("worksheets/render.py:")
        assert line.endswith("the es translation of 'Clear answers' is marked fuzzy (not yet checked)")

    def test_a_translation_that_drops_a_placeholder_is_refused(self, spanish_copy: Path) -> None:
        edit(spanish_copy, "Please choose a point from {low} to {high}.", "Elige un punto del {low}.")
        assert any(
            "has placeholders ['low'], the English has ['high', 'low']" in line for line in problems("es")
        )

    def test_without_strict_the_catalog_still_compiles(self, spanish_copy: Path) -> None:
        edit(spanish_copy, "Build my ladder", "")
        (made,) = compile_catalogs(strict=False)
        assert made.suffix == ".mo" and made.stat().st_size > 10_000
