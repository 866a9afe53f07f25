"""One search index per language: a reader searches the pages of the language they read.

mkdocs-static-i18n merges every language's pages into one index at /search/search_index.json
with every language's stemmer (`lang: [en, es]`): a Spanish reader's results list English pages,
and each page load has Material's search worker build a lunr index of both languages. Instead:

- `remember_index` runs in each language's build, right after the search plugin has written
  that build's index (only its own pages, before the i18n plugin merges them), and keeps it.
- `write_search_indexes`, a site-wide step, writes each language's index into its own folder:
  /search/search_index.json for English, /es/search/search_index.json for Spanish, with that
  language alone in `lang` and each location relative to the language's root.

Material fetches the index from `search/search_index.json` under the page's `base`, and links
its results from that base too: docs/overrides/main.html sets a translated page's base to its
language's root (`language_base`, given to the template by macros/hooks.py), where this index
and that language's sitemap (macros/sitemaps.py) are.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .languages import Language, building_language

# Each built language's index as its build wrote it, by language code.
_indexes: dict[str, dict[str, Any]] = {}


class SearchIndexError(RuntimeError):
    """A language's search index is missing; the message names the language and the cause."""


def language_base(base_url: str, language: Language) -> str:
    """The page's way to its language's root: `base_url` (the site root, where the assets are)
    for the default language, "<base_url>/es/" for Spanish. A trailing slash, so that Material
    resolves "search/search_index.json" under it and not beside it."""
    if not language.prefix:
        return base_url
    return f"{base_url.rstrip('/') or '.'}/{language.prefix}"


def remember_index(config: Any) -> None:
    """Keep the index the search plugin has just written for the language being built."""
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if path.is_file():
        _indexes[building_language(config)] = json.loads(path.read_text(encoding="utf-8"))


def language_index(index: dict[str, Any], language: Language) -> dict[str, Any]:
    """The index of one language: its pages, located from its root, stemmed in it alone."""
    docs = []
    for doc in index.get("docs", []):
        location = str(doc.get("location", ""))
        if language.prefix:
            if not location.startswith(language.prefix):
                continue  # another language's page
            location = location[len(language.prefix) :]
        docs.append({**doc, "location": location})
    config = index.get("config", {})
    # The i18n plugin lists only the languages Material's lunr has a stemmer for; another one
    # searches with lunr's default (English) rules rather than ask for a file that is not there.
    stemmer = language.code if language.code in config.get("lang", []) else "en"
    return {**index, "config": {**config, "lang": [stemmer]}, "docs": docs}


def write_search_indexes(site: Path, languages: list[Language]) -> dict[str, int]:
    """Write <prefix>search/search_index.json per language; return each one's size in bytes."""
    sizes: dict[str, int] = {}
    for language in languages:
        index = _indexes.get(language.code)
        if index is None:
            raise SearchIndexError(
                f"no search index was built for '{language.code}': is the `search` plugin listed "
                "in mkdocs.yml before `i18n`, and is this a full build (not a nested one)?"
            )
        path = site / language.prefix / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(language_index(index, language), ensure_ascii=False, separators=(",", ":"))
        path.write_text(text, encoding="utf-8")
        sizes[language.code] = path.stat().st_size
    return sizes
