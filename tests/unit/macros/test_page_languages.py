"""The pages' words per language: the catalog checks, the data files' fallback, the gap list."""

from __future__ import annotations

import gettext
import logging
from pathlib import Path

import pytest
import yaml
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from macros.chapter_frame import frame_chapter, reading_minutes
from macros.languages import Language, report_untranslated, untranslated
from macros.localized_data import LocalizedDataError, load_localized
from macros.page_catalog import PROJECT, PageCatalogError, compile_checked, extract, po_path, problems
from macros.permalinks import Target, redirect_html


@pytest.fixture(scope="module")
def spanish() -> gettext.NullTranslations:
    """The shipped Spanish catalog, checked against every message the sources hold."""
    return compile_checked(PROJECT, "es", extract(PROJECT))


def _template(*messages: str | tuple[str, str]) -> Catalog:
    template = Catalog(domain="pages")
    for message in messages:
        template.add(message)
    return template


def _write(project: Path, catalog: Catalog) -> Path:
    path = po_path(project, "es")
    path.parent.mkdir(parents=True)
    with path.open("wb") as handle:
        write_po(handle, catalog)
    return path


class TestCatalogChecks:
    def test_the_shipped_spanish_catalog_translates_every_message_the_pages_show(
        self, spanish: gettext.NullTranslations
    ) -> None:
        """Adding words to a macro or template without their Spanish fails here (and the build)."""
        words = spanish
        assert (
            words.gettext("Leave this site (or press Esc twice)")
            == "Salir de este sitio (o pulsa Esc dos veces)"
        )
        assert words.ngettext("About {n} minute to read", "About {n} minutes to read", 3).format(n=3) == (
            "Alrededor de 3 minutos de lectura"
        )

    def test_a_missing_message_fails_naming_the_file_and_the_fix(self, tmp_path: Path) -> None:
        catalog = Catalog(locale="es", domain="pages")
        catalog.add("Leave", "Salir")
        _write(tmp_path, catalog)
        with pytest.raises(PageCatalogError) as error:
            compile_checked(tmp_path, "es", _template("Leave", "Close this message"))
        text = str(error.value)
        assert "locale/es/LC_MESSAGES/pages.po" in text and "missing: 'Close this message'" in text
        assert "make catalogs" in text

    def test_fuzzy_empty_and_wrong_placeholders_are_refused(self, tmp_path: Path) -> None:
        catalog = Catalog(locale="es", domain="pages")
        catalog.add("Leave", "Salir", flags=["fuzzy"])
        catalog.add("Close this message", "")
        catalog.add("See also: {links}.", "Ver también: {enlaces}.")
        found = problems(_template("Leave", "Close this message", "See also: {links}."), catalog)
        assert len(found) == 3
        assert found[0].startswith("fuzzy") and found[1].startswith("not translated")
        assert "unknown placeholder(s) ['enlaces']" in found[2]

    def test_a_language_with_no_catalog_fails(self, tmp_path: Path) -> None:
        with pytest.raises(PageCatalogError, match="missing for language 'es'"):
            compile_checked(tmp_path, "es", _template("Leave"))

    def test_the_sources_are_extracted_from_macros_and_templates(self) -> None:
        ids = {m.id if isinstance(m.id, str) else m.id[0] for m in extract(PROJECT)}
        assert {"Before you read", "Leave", "Loading the page", "rule of thumb", "{n} page"} <= ids


class TestChapterFrame:
    def test_the_frame_is_in_the_pages_language(self, spanish: gettext.NullTranslations) -> None:
        words = spanish
        framed = frame_chapter("# Vulnerabilidad\n\nTexto.", "", words)
        assert "Alrededor de 1 minuto de lectura" in framed and '"Antes de leer"' in framed
        assert "[¿Es esta guía para ti?](../is-this-for-you.md)" in framed

    def test_reading_time_counts_spanish_words_whole(self) -> None:
        assert reading_minutes("están " * 200) == 1 and reading_minutes("están " * 201) == 2


class TestLocalizedData:
    def _docs(self, tmp_path: Path, english: object, spanish: object | None) -> Path:
        (tmp_path / "data" / "es").mkdir(parents=True)
        (tmp_path / "data" / "glossary.yml").write_text(yaml.safe_dump(english), encoding="utf-8")
        if spanish is not None:
            (tmp_path / "data" / "es" / "glossary.yml").write_text(yaml.safe_dump(spanish), encoding="utf-8")
        return tmp_path

    def test_translated_texts_over_the_english_data(
        self, tmp_path: Path, caplog: pytest.LogCaptureFixture
    ) -> None:
        english = {
            "empathy": {"term": "Empathy", "definition": "Feeling with.", "see_also": ["bids"]},
            "bids": {"term": "Bids", "definition": "Reaching out."},
        }
        docs = self._docs(tmp_path, english, {"empathy": {"term": "Empatía", "definition": "Sentir con."}})
        with caplog.at_level(logging.INFO):
            data = load_localized(docs, "glossary", "es")
        assert data["empathy"] == {"term": "Empatía", "definition": "Sentir con.", "see_also": ["bids"]}
        assert data["bids"] == english["bids"], "an entry not translated yet is shown in English"
        assert "1 entr(ies) not translated yet, shown in English: bids" in caplog.text

    def test_a_key_the_english_lacks_is_a_clear_error(self, tmp_path: Path) -> None:
        docs = self._docs(tmp_path, {"empathy": {"term": "Empathy"}}, {"empatia": {"term": "Empatía"}})
        with pytest.raises(
            LocalizedDataError, match=r"data/es/glossary.yml: .*\['empatia'\].*not in the English"
        ):
            load_localized(docs, "glossary", "es")

    def test_no_translation_file_is_english(self, tmp_path: Path) -> None:
        docs = self._docs(tmp_path, {"empathy": {"term": "Empathy"}}, None)
        assert load_localized(docs, "glossary", "es") == {"empathy": {"term": "Empathy"}}


class TestUntranslatedPages:
    def test_each_page_without_a_translation_gets_one_log_line(
        self, tmp_path: Path, caplog: pytest.LogCaptureFixture
    ) -> None:
        (tmp_path / "chapters").mkdir()
        for name in ("index.md", "index.es.md", "chapters/vulnerability.md", "chapters/empathy.md"):
            (tmp_path / name).write_text("# x\n", encoding="utf-8")
        (tmp_path / "chapters/empathy.es.md").write_text("# x\n", encoding="utf-8")
        spanish = Language("es", "Español", False)
        assert untranslated(tmp_path, spanish) == [Path("chapters/vulnerability.md")]
        with caplog.at_level(logging.INFO):
            report_untranslated(tmp_path, [Language("en", "English", True), spanish])
        assert (
            "not yet translated to 'es': docs/chapters/vulnerability.md (shown in English under /es/; "
            "add docs/chapters/vulnerability.es.md)"
        ) in caplog.text
        assert "'es': 1 page(s) not yet translated" in caplog.text
        assert all(record.levelno == logging.INFO for record in caplog.records), "a gap is not a failure"


def test_a_spanish_permanent_link_page_is_in_spanish(spanish: gettext.NullTranslations) -> None:
    words = spanish
    html = redirect_html("Vulnerabilidad", Target("chapters/vulnerability/"), "es", words)
    assert '<html lang="es">' in html and "Este enlace lleva a" in html
    assert 'url=../../chapters/vulnerability/"' in html
    assert "This link leads to" in redirect_html("Vulnerability", Target("chapters/vulnerability/"))
