"""mkdocs-macros module: the macros pages use and the post-build step. Logic lives in siblings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from worksheets import all_worksheets

from .audit import audit_summary, claims_html, load_audit, removed_html, rule_of_thumb_html
from .book import book_file, fill_facts, handout_file, pack_file, print_link, write_books
from .book_words import words_for
from .browser_catalog import browser_catalogs
from .chapter_frame import frame_chapter
from .citations import load_bibliography, lookup, references_html
from .csp import add_csp
from .embed import worksheet_html
from .glossary import glossary_html, load_glossary, term_html
from .offline import write_service_worker
from .permalinks import permalink_table, write_permalinks
from .runtime import install_runtime
from .safety_check import load_safety_checks, safety_check_html
from .therapist_data import copy_qr_library, write_worksheet_labels


def _page_path(env: Any) -> str:
    page = getattr(env, "page", None)
    return f"docs/{page.file.src_path}" if page is not None else "a page"


def _root(env: Any) -> str:
    """Relative path from the current page to the site root (directory URLs)."""
    url = env.page.url if getattr(env, "page", None) is not None else ""
    return "../" * len([part for part in url.split("/") if part])


def _language(env: Any) -> str:
    return str(env.conf["theme"]["language"])


def _book_link(env: Any) -> str:
    words = words_for(_language(env))
    return print_link(_root(env), book_file(_language(env)), words.book_link)


Macro = Callable[..., str]


def define_env(env: Any) -> None:
    # mkdocs-macros has no type information; name what its decorator does to keep the macros typed.
    macro: Callable[[Macro], Macro] = env.macro
    docs = Path(env.conf["docs_dir"])
    sources = load_bibliography(docs / "data" / "bibliography.yml")
    glossary = load_glossary(docs / "data" / "glossary.yml")
    audit = load_audit(docs / "data" / "audit.yml", set(sources))
    safety = load_safety_checks(docs / "data" / "safety-check.yml", {s.id for s in all_worksheets()})
    # The browser's words per language, for the page template (partials/closer-catalog.html);
    # a browser string with no translation fails the build here.
    env.conf["extra"]["closer_catalogs"] = browser_catalogs(Path(env.conf["config_file_path"]).parent)

    def links(keys: tuple[str, ...], label: str) -> list[str]:
        return [
            f'<a class="citation" href="{_root(env)}references/#ref-{s.key}">{getattr(s, label)()}</a>'
            for s in lookup(sources, keys, _page_path(env))
        ]

    @macro
    def cite(*keys: str) -> str:
        return "(" + "; ".join(links(keys, "in_text")) + ")"

    @macro
    def citet(*keys: str) -> str:
        return ", ".join(links(keys, "narrative"))

    @macro
    def rule_of_thumb(text: str = "rule of thumb") -> str:
        return rule_of_thumb_html(text, _root(env))

    @macro
    def audit_table() -> str:
        return claims_html(audit, lambda key: sources[key].in_text(), _root(env))

    @macro
    def audit_removed() -> str:
        return removed_html(audit, _root(env))

    @macro
    def audit_counts() -> str:
        return audit_summary(audit)

    @macro
    def references() -> str:
        return references_html(sources)

    @macro
    def term(key: str, text: str | None = None) -> str:
        return term_html(glossary, key, text, _page_path(env), _root(env))

    @macro
    def glossary_list() -> str:
        return glossary_html(glossary)

    @macro
    def worksheet(worksheet_id: str, heading_level: int = 3) -> str:
        form = worksheet_html(worksheet_id, _page_path(env), heading_level, _language(env))
        # Just before the form: print.js moves the link into the form's tool row.
        words = words_for(_language(env))
        handout = print_link(_root(env), handout_file(worksheet_id, _language(env)), words.handout_link)
        form = f'<p class="print-links print-links--worksheet">{handout}</p>{form}'
        if worksheet_id not in safety:
            return form
        # The check comes first in the reading order: it is what a person meets before the exercise.
        return safety_check_html(worksheet_id, safety[worksheet_id], _root(env)) + form

    @macro
    def print_links() -> str:
        """The book and the worksheet pack, for the home page and the therapists' page."""
        words = words_for(_language(env))
        pack = print_link(_root(env), pack_file(_language(env)), words.pack_link)
        return f'<p class="print-links">{_book_link(env)}<br>{pack}</p>'

    @macro
    def permalink_list() -> str:
        return permalink_table(docs, _root(env))


def on_post_page_macros(env: Any) -> None:
    if env.page.file.src_path.startswith("chapters/"):
        env.markdown = frame_chapter(env.markdown, f'<p class="print-links">{_book_link(env)}</p>')


def on_post_build(env: Any) -> None:
    project = Path(env.conf["config_file_path"]).parent
    site = Path(env.conf["site_dir"])
    # First, so a broken permanent link fails the build at once; before the CSP step, so the
    # redirect pages carry the policy too.
    write_permalinks(Path(env.conf["docs_dir"]), site)
    install_runtime(project, site)
    write_worksheet_labels(site)
    copy_qr_library(project, site)
    # After every page is built (the book is made of them), before the CSP and the precache.
    printed = write_books(site, Path(env.conf["docs_dir"]), env.conf)
    fill_facts(site, printed, words_for(_language(env)))
    add_csp(site)
    # Last: the service worker precaches every file as the server will send it.
    write_service_worker(project, site)
