"""How each language's search index, sitemap and browser catalog are delivered (macros/
search_indexes.py, sitemaps.py, catalog_scripts.py): the pure steps, without a build."""

from __future__ import annotations

import json
import re
from pathlib import Path

from macros.catalog_scripts import catalog_script
from macros.languages import Language
from macros.search_indexes import language_base, language_index
from macros.sitemaps import drop_head_alternates, write_language_sitemaps

EN = Language("en", "English", True)
ES = Language("es", "Español", False)
FR = Language("fr", "Français", False)
INDEX = {
    "config": {"lang": ["en", "es"], "separator": "[\\s\\-]+"},
    "docs": [
        {"location": "chapters/x/", "title": "X", "text": "English"},
        {"location": "es/chapters/x/#y", "title": "Y", "text": "Español"},
    ],
}


class TestLanguageIndex:
    def test_a_translated_language_keeps_its_pages_located_from_its_root(self) -> None:
        index = language_index(INDEX, ES)
        assert [doc["location"] for doc in index["docs"]] == ["chapters/x/#y"]
        assert index["config"] == {"lang": ["es"], "separator": "[\\s\\-]+"}

    def test_the_default_language_keeps_the_pages_of_its_build(self) -> None:
        """Each build's own index holds its own pages only: the default's is kept whole."""
        english = {**INDEX, "docs": INDEX["docs"][:1]}
        assert language_index(english, EN)["docs"] == english["docs"]
        assert language_index(english, EN)["config"]["lang"] == ["en"]

    def test_a_language_lunr_has_no_stemmer_for_uses_the_default_rules(self) -> None:
        assert language_index(INDEX, FR)["config"]["lang"] == ["en"]


def test_the_base_of_a_translated_page_is_its_languages_root() -> None:
    assert language_base("../../..", ES) == "../../../es/"
    assert language_base("..", ES) == "../es/"
    assert language_base("../..", EN) == "../.."


def test_head_alternates_go_and_feeds_stay() -> None:
    head = (
        '<link rel="canonical" href="x">\n      <link rel="alternate" href="../x/" hreflang="en">\n'
        '      <link rel="alternate" href="./" hreflang="es">\n'
        '<link rel="alternate" type="application/rss+xml" title="t" href="feed.xml">'
    )
    assert drop_head_alternates(head) == (
        '<link rel="canonical" href="x">\n'
        '<link rel="alternate" type="application/rss+xml" title="t" href="feed.xml">'
    )


def test_a_languages_sitemap_lists_its_own_pages_with_their_alternates(tmp_path: Path) -> None:
    pages = [
        ("https://a/x/", "https://a/x/", "https://a/es/x/"),
        ("https://a/es/x/", "https://a/x/", "https://a/es/x/"),
    ]
    urls = "".join(
        f'<url><loc>{loc}</loc><xhtml:link rel="alternate" hreflang="en" href="{en}"/>'
        f'<xhtml:link rel="alternate" hreflang="es" href="{es}"/></url>'
        for loc, en, es in pages
    )
    (tmp_path / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:xhtml="http://www.w3.org/1999/xhtml">{urls}</urlset>',
        encoding="utf-8",
    )
    [written] = write_language_sitemaps(tmp_path, [EN, ES])
    text = written.read_text(encoding="utf-8")
    assert written == tmp_path / "es" / "sitemap.xml"
    assert re.findall(r"<loc>(.*?)</loc>", text) == ["https://a/es/x/"]
    assert 'hreflang="en" href="https://a/x/"' in text


def test_the_catalog_script_sets_the_languages_words_as_data() -> None:
    catalog = {"messages": {"Saved.": "Guardado. </script>"}, "plurals": {}, "categories": {"one": 0}}
    script = catalog_script("es", catalog)
    assigned = re.search(r'^\(globalThis\.closerCatalogs \?\?= \{\}\)\["es"\] = (\{.*\});$', script, re.M)
    assert assigned and json.loads(assigned.group(1)) == catalog
