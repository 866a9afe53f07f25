"""The site-wide steps after the build, run once when every language's pages are written.

Called by the hook macros/finish_hook.py, which runs after mkdocs-static-i18n has built every
language and merged their search indexes, so that each step sees the whole site: the permanent
links of every language, one runtime for all, the books, the policy on every page, and last the
service worker's precache of the files as they will be served.
"""

from __future__ import annotations

import gettext
import time
from pathlib import Path
from typing import Any

from . import page_catalog
from .book import PageCount, fill_facts, write_books
from .book_words import words_for
from .catalog_scripts import write_catalog_scripts
from .csp import add_csp
from .languages import Language, log, report_untranslated, site_languages
from .offline import write_service_worker
from .permalinks import Edition, write_permalinks
from .runtime import install_runtime
from .search_indexes import write_search_indexes
from .sitemaps import write_language_sitemaps
from .therapist_data import copy_qr_library, write_worksheet_labels


def page_words(config: Any) -> dict[str, gettext.NullTranslations]:
    """Each built language's checked page words (the build fails here on an unready pages.po)."""
    return page_catalog.translations([lang.code for lang in site_languages(config)])


def _language_of(site: Path, languages: list[Language]) -> Any:
    """A function of a built file: the language whose folder holds it (default: the root's)."""
    folders = {lang.prefix.rstrip("/"): lang for lang in languages if lang.prefix}

    def language(page: Path) -> Language:
        first = page.relative_to(site).parts[0]
        return folders.get(first, languages[0])

    return language


def finish_site(config: Any) -> None:
    started = time.perf_counter()
    project = Path(config["config_file_path"]).parent
    site = Path(config["site_dir"])
    docs = Path(config["docs_dir"])
    languages = site_languages(config)
    words = page_words(config)
    report_untranslated(docs, languages)
    # First, so a broken permanent link fails the build at once; before the CSP step, so the
    # redirect pages carry the policy too.
    editions = [Edition(lang.code, lang.name, lang.prefix, words[lang.code]) for lang in languages]
    write_permalinks(docs, site, editions)
    install_runtime(project, site)
    prefixes = {lang.code: lang.prefix for lang in languages}
    write_worksheet_labels(site, prefixes)
    copy_qr_library(project, site)
    # After every page is built (the book is made of them), before the CSP and the precache.
    printed = write_books(site, docs, config, words)
    language_of = _language_of(site, languages)

    def page_count(page: Path) -> PageCount:
        code = language_of(page).code
        return words_for(code, words[code]).page_count

    fill_facts(site, printed, page_count)
    add_csp(site)
    # Each language searches its own pages, and instant navigation reads its own sitemap, under
    # its root (the i18n plugin merged both into the site root's); before the precache lists them.
    sizes = write_search_indexes(site, languages)
    write_language_sitemaps(site, languages)
    write_catalog_scripts(site, languages, config["extra"].get("closer_catalogs") or {})
    log.info("search indexes: %s", ", ".join(f"{code} {size / 1e3:.0f} KB" for code, size in sizes.items()))
    # Last: the service worker precaches every file as the server will send it.
    write_service_worker(project, site, tuple(lang.prefix for lang in languages))
    page_catalog.forget()  # `mkdocs serve` re-reads the catalogs on its next rebuild
    log.info("site-wide steps for %d language(s) in %.1f s", len(languages), time.perf_counter() - started)
