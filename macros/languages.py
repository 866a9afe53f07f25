"""The languages the site is built in, read from mkdocs-static-i18n's settings in mkdocs.yml.

English is the default, at the site root; every other language is built under /<code>/ from
`page.<code>.md` files beside the English ones, with the same slugs. A page with no translation
is built there from the English file: `untranslated` lists those, and the build logs each one.
The runtime, scripts, styles and data files exist once, at the site root, for every language.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.plugins.closer.languages")


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    name: str  # in the language itself ("Español"), for choosers
    default: bool

    @property
    def prefix(self) -> str:
        """The language's folder in the site: "" for the default, "es/" for Spanish."""
        return "" if self.default else f"{self.code}/"


def _i18n(config: Any) -> Any:
    plugins = config.get("plugins", {})
    return plugins.get("i18n") if hasattr(plugins, "get") else None


def site_languages(config: Any) -> list[Language]:
    """The built languages, the default first; a site without the plugin has its theme's one."""
    plugin = _i18n(config)
    if plugin is None:
        code = str(config["theme"]["language"])
        return [Language(code, code, True)]
    found = [
        Language(str(lang.locale), str(lang.name), bool(lang.default))
        for lang in plugin.config.languages
        if lang.build
    ]
    return sorted(found, key=lambda lang: not lang.default)


def default_language(config: Any) -> Language:
    return site_languages(config)[0]


def building_language(config: Any) -> str:
    """The language being built now (the i18n plugin sets the theme's language per build)."""
    return str(config["theme"]["language"])


def is_nested_build(config: Any) -> bool:
    """True inside the i18n plugin's build of a further language (it runs the whole build again)."""
    plugin = _i18n(config)
    return bool(plugin is not None and getattr(plugin, "building", False))


def untranslated(docs: Path, language: Language) -> list[Path]:
    """The pages (relative to docs/) that have no `<page>.<code>.md` yet, in a stable order."""
    if language.default:
        return []
    pages = []
    for page in sorted(docs.rglob("*.md")):
        relative = page.relative_to(docs)
        if relative.parts[0] in {"data", "overrides"} or len(page.suffixes) > 1:
            continue  # a translation itself (x.es.md), or not a page
        if not page.with_name(f"{page.stem}.{language.code}.md").is_file():
            pages.append(relative)
    return pages


def report_untranslated(docs: Path, languages: list[Language]) -> dict[str, list[Path]]:
    """One build-log line per page not yet translated (not a failure: it is shown in English)."""
    gaps = {lang.code: untranslated(docs, lang) for lang in languages if not lang.default}
    for code, pages in gaps.items():
        for page in pages:
            log.info(
                "not yet translated to '%s': docs/%s (shown in English under /%s/; add docs/%s)",
                code,
                page.as_posix(),
                code,
                page.with_name(f"{page.stem}.{code}.md").as_posix(),
            )
        if pages:
            log.info("'%s': %d page(s) not yet translated (see docs/add-a-language.md)", code, len(pages))
    return gaps
