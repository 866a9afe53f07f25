"""mkdocs-macros module: the macros pages use, in the page's language. Logic lives in siblings.

The site-wide post-build steps run once, after every language is built: macros/site.py, called
by the hook macros/finish_hook.py.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from pathlib import Path
from typing import Any

from worksheets import all_worksheets

from .audit import audit_summary, claims_html, load_audit, removed_html, rule_of_thumb_html
from .book import book_file, handout_file, pack_file, print_link
from .book import languages as book_languages
from .browser_catalog import browser_catalogs
from .chapter_frame import frame_chapter
from .citations import load_bibliography, lookup, references_html
from .embed import worksheet_html
from .glossary import as_written, glossary_html, load_glossary, term_html
from .languages import Language, building_language, default_language, site_languages
from .localized_data import load_localized
from .permalinks import permalink_table
from .safety_check import load_safety_checks, safety_check_html
from .site import page_words
from .worksheet_catalog import compile_catalogs


def _page_path(env: Any) -> str:
    page = getattr(env, "page", None)
    return f"docs/{page.file.src_path}" if page is not None else "a page"


def _site_root(env: Any) -> str:
    """Relative path from the current page to the site root (directory URLs): runtime, PDFs."""
    url = env.page.url if getattr(env, "page", None) is not None else ""
    return "../" * len([part for part in url.split("/") if part])


def _edition(env: Any) -> Language:
    code = _language(env)
    return next((lang for lang in site_languages(env.conf) if lang.code == code), default_language(env.conf))


def _root(env: Any) -> str:
    """Relative path from the current page to its language's root (es/chapters/x/ -> "../../")."""
    url = env.page.url if getattr(env, "page", None) is not None else ""
    prefix = _edition(env).prefix
    if prefix and (url + "/").startswith(prefix):
        url = url[len(prefix) :]
    return "../" * len([part for part in url.split("/") if part])


def _language(env: Any) -> str:
    """The page's language: the one being built (the i18n plugin sets it before any page)."""
    return building_language(env.conf)


def _words(env: Any) -> gettext.NullTranslations:
    return page_words(env.conf)[_language(env)]


def _print_file(env: Any, file_of: Callable[[str], str]) -> tuple[str, bool]:
    """The PDF for the page's language, as a site path ("es/print/…"), or the default language's
    when that language has no book yet (True: the link says it is in English)."""
    language = _language(env)
    if language in book_languages(env.conf):
        return _edition(env).prefix + file_of(language), False
    default = default_language(env.conf).code
    return file_of(default), language != default


def _print_link(env: Any, file_of: Callable[[str], str], text: str) -> str:
    file, other_language = _print_file(env, file_of)
    if other_language:
        text = _words(env).gettext("{link} (in English)").format(link=text)
    return print_link(_site_root(env), file, text)


def _book_link(env: Any) -> str:
    return _print_link(env, book_file, _words(env).gettext("The whole guide as a printable book"))


Macro = Callable[..., str]


def define_env(env: Any) -> None:
    # mkdocs-macros has no type information; name what its decorator does to keep the macros typed.
    macro: Callable[[Macro], Macro] = env.macro
    # Forms are rendered in each page's language from the compiled worksheet catalogs: compile
    # them before the first page does (a clean checkout has no .mo; the wheel is built after the
    # pages). A string with no translation fails the build here, naming it and the fix.
    compile_catalogs()
    docs = Path(env.conf["docs_dir"])
    sources = load_bibliography(docs / "data" / "bibliography.yml")
    audit = load_audit(docs / "data" / "audit.yml", set(sources))
    safety = load_safety_checks(docs / "data" / "safety-check.yml", {s.id for s in all_worksheets()})
    # The browser's words per language, for the page template (partials/closer-catalog.html);
    # a browser string with no translation fails the build here.
    env.conf["extra"]["closer_catalogs"] = browser_catalogs(Path(env.conf["config_file_path"]).parent)
    glossaries: dict[str, dict[str, dict[str, Any]]] = {}

    def glossary() -> dict[str, dict[str, Any]]:
        """The glossary in the page's language (docs/data/<lang>/glossary.yml over the English)."""
        language = _language(env)
        if language not in glossaries:
            glossaries[language] = load_localized(docs, "glossary", language, default_language(env.conf).code)
        return glossaries[language]

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
    def rule_of_thumb(text: str = "") -> str:
        # The default words in the page's language; a page passing its own gives them in its own.
        return rule_of_thumb_html(text or _words(env).gettext("rule of thumb"), _root(env))

    @macro
    def audit_table() -> str:
        return claims_html(audit, lambda key: sources[key].in_text(), _root(env), _words(env))

    @macro
    def audit_removed() -> str:
        return removed_html(audit, _root(env), _words(env))

    @macro
    def audit_counts() -> str:
        return audit_summary(audit, _words(env))

    @macro
    def references() -> str:
        return references_html(sources)

    english_glossary = load_glossary(docs / "data" / "glossary.yml")

    @macro
    def term(key: str, text: str | None = None) -> str:
        # A translation that kept the English words as the shown text (copied with the call)
        # shows the term in the page's language instead.
        english = english_glossary.get(key, {}).get("term", "")
        if text is not None and _edition(env).prefix and text.lower() in {key.lower(), str(english).lower()}:
            # Capitalised where the English was: "Turning toward" opening a sentence -> "Acercarse".
            local = glossary().get(key, {}).get("term")
            text = as_written(str(local), text) if local else None
        return term_html(glossary(), key, text, _page_path(env), _root(env))

    @macro
    def glossary_list() -> str:
        return glossary_html(glossary(), _words(env))

    @macro
    def worksheet(worksheet_id: str, heading_level: int = 3) -> str:
        form = worksheet_html(worksheet_id, _page_path(env), heading_level, _language(env))
        # Just before the form: print.js moves the link into the form's tool row.
        text = _words(env).gettext("Blank handout to print")
        handout = _print_link(env, lambda language: handout_file(worksheet_id, language), text)
        form = f'<p class="print-links print-links--worksheet">{handout}</p>{form}'
        if worksheet_id not in safety:
            return form
        # The check comes first in the reading order: it is what a person meets before the exercise.
        return safety_check_html(worksheet_id, safety[worksheet_id], _root(env), _words(env)) + form

    @macro
    def print_links() -> str:
        """The book and the worksheet pack, for the home page and the therapists' page."""
        pack = _print_link(env, pack_file, _words(env).gettext("Every worksheet as a printable handout"))
        return f'<p class="print-links">{_book_link(env)}<br>{pack}</p>'

    @macro
    def permalink_list() -> str:
        edition = _edition(env)
        return permalink_table(docs, _root(env), edition.code if edition.prefix else "", _words(env))


def on_post_page_macros(env: Any) -> None:
    words = _words(env)
    file = env.page.file
    # A page built under /es/ from the English file (no translation yet): say so, in Spanish.
    if _edition(env).prefix and getattr(file, "localization", None) is None:
        note = words.gettext("This page is not translated yet, so it is shown in English.")
        env.markdown = f'<p class="untranslated" data-search-exclude>{note}</p>\n\n' + env.markdown
    if file.src_path.startswith("chapters/"):
        env.markdown = frame_chapter(env.markdown, f'<p class="print-links">{_book_link(env)}</p>', words)
