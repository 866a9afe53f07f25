"""Each language searches its own pages with its own stemmer: /search/search_index.json holds the
English pages (`lang: ["en"]`), /es/search/search_index.json the Spanish ones (`lang: ["es"]`),
and a Spanish page's Material `base` is /es/, where its index and its sitemap are. No page asks
for a sitemap that does not exist (macros/search_indexes.py, macros/sitemaps.py)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import pytest

from tests.conftest import ROOT

LANGUAGES = {"en": "", "es": "es/"}
_CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)
_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def index_of(site_dir: Path, prefix: str) -> dict:
    return json.loads((site_dir / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))


def pages_of(site_dir: Path, prefix: str) -> set[str]:
    """The built pages of a language, as search locations ("chapters/x/"), relative to its root."""
    root = site_dir / prefix
    found = set()
    for page in root.rglob("index.html"):
        relative = page.relative_to(root).as_posix()
        if not prefix and relative.startswith(tuple(p for p in LANGUAGES.values() if p)):
            continue
        if "/go/" in f"/{relative}" or relative.startswith("print/"):
            continue  # permanent-link redirects and printed books are not searchable pages
        found.add(relative.removesuffix("index.html"))
    return found


@pytest.mark.parametrize(("code", "prefix"), LANGUAGES.items())
def test_each_index_holds_its_languages_pages_only(site_dir: Path, code: str, prefix: str) -> None:
    index = index_of(site_dir, prefix)
    assert index["config"]["lang"] == [code], "one stemmer: the language's own"
    located = {doc["location"].split("#")[0] for doc in index["docs"]}
    # Every location is a page of this language, relative to its root (no "es/" in Spanish).
    assert located <= pages_of(site_dir, prefix), located - pages_of(site_dir, prefix)
    assert {"", "chapters/vulnerability/", "glossary/"} <= located


def test_spanish_pages_are_found_by_spanish_words_and_english_by_english(site_dir: Path) -> None:
    english, spanish = (index_of(site_dir, prefix) for prefix in LANGUAGES.values())
    chapter = [doc for doc in spanish["docs"] if doc["location"].startswith("chapters/vulnerability/")]
    assert any("vulnerabilidad" in doc["text"].lower() for doc in chapter)
    assert not any("vulnerabilidad" in doc["text"].lower() for doc in english["docs"])
    titles = {doc["title"] for doc in english["docs"] if doc["location"] == "chapters/vulnerability/"}
    assert titles and not titles & {
        doc["title"] for doc in spanish["docs"] if doc["location"] == "chapters/vulnerability/"
    }, "the Spanish index has the Spanish page, not the English one"


def test_a_page_not_yet_translated_is_searchable_in_its_language(site_dir: Path) -> None:
    """Built under /es/ from the English file: a Spanish reader reaches it from Spanish search
    (the merged index dropped it as a duplicate of the English page)."""
    docs = ROOT / "docs"
    untranslated = [
        page.relative_to(docs).with_suffix("").as_posix() + "/"
        for page in docs.rglob("*.md")
        if len(page.suffixes) == 1
        and page.relative_to(docs).parts[0] not in {"data", "overrides"}
        and page.name != "index.md"
        and not page.with_name(f"{page.stem}.es.md").is_file()
        and (site_dir / "es" / page.relative_to(docs).with_suffix("") / "index.html").is_file()
    ]
    if not untranslated:
        pytest.skip("every page is translated")
    located = {doc["location"].split("#")[0] for doc in index_of(site_dir, "es/")["docs"]}
    assert set(untranslated) <= located


@pytest.mark.parametrize(
    ("page", "root"),
    [
        ("index.html", ""),
        ("chapters/vulnerability/index.html", ""),
        ("es/index.html", "es/"),
        ("es/chapters/vulnerability/index.html", "es/"),
        ("es/therapists/homework/index.html", "es/"),
    ],
)
def test_material_base_is_the_pages_language_root(site_dir: Path, page: str, root: str) -> None:
    """Material reads search/search_index.json and sitemap.xml under `base`; the scripts stay at
    the site root (they are linked by the url filter, not from base)."""
    html = (site_dir / page).read_text(encoding="utf-8")
    match = _CONFIG.search(html)
    assert match, f"{page}: no __config (Material's block config changed?)"
    config = json.loads(match.group(1))
    here = "http://site/" + page.removesuffix("index.html")
    assert urljoin(here, config["base"].rstrip("/") + "/") == "http://site/" + root
    assert urljoin(here, config["search"]) == "http://site/assets/" + config["search"].split("assets/", 1)[1]
    assert (site_dir / root / "search" / "search_index.json").is_file()
    assert (site_dir / root / "sitemap.xml").is_file()


def test_no_page_links_an_alternate_whose_sitemap_is_missing(site_dir: Path) -> None:
    """Material fetches sitemap.xml beside every <link rel="alternate"> in the head: none is
    left there (the hreflang pairs are in the sitemaps), so no page asks for a missing file."""
    for page in list(site_dir.glob("*/index.html")) + list(site_dir.glob("es/*/*/index.html")):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r'<link rel="alternate"(?![^>]*type=)', html), page
    # The language selector still leads to the same page in the other language.
    spanish = (site_dir / "es/chapters/vulnerability/index.html").read_text(encoding="utf-8")
    assert 'href="../../../chapters/vulnerability/" hreflang="en" class="md-select__link"' in spanish


@pytest.mark.parametrize(("code", "prefix"), LANGUAGES.items())
def test_each_language_has_a_sitemap_of_its_pages_with_their_translations(
    site_dir: Path, code: str, prefix: str
) -> None:
    """The root's lists every language (the i18n plugin's); a language's folder, its own pages."""
    urls = ET.parse(site_dir / prefix / "sitemap.xml").getroot().findall("sm:url", _NS)
    own = []
    for url in urls:
        loc = url.findtext("sm:loc", namespaces=_NS) or ""
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", _NS)}
        assert set(alternates) == set(LANGUAGES), loc
        # Relative to the site root without a site_url, absolute with one: the same either way.
        if alternates[code] == loc or (code == "en" and loc == "./" and alternates[code] == ""):
            own.append(loc)
    assert len(own) > 20 and loc
    if prefix:
        assert len(own) == len(urls), "only this language's pages under its folder"
