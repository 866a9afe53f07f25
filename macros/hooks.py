"""MkDocs hooks: the templates' words in the page's language, and the site-wide post-build steps.

mkdocs-static-i18n builds each further language by running the whole build again from its own
on_post_build (priority -100), and then merges the languages' search indexes. The site-wide
steps (macros/site.py) need every page of every language and the final search index (the
service worker precaches it), so they run after it (a lower priority) and not inside its nested
builds.
"""

from __future__ import annotations

import logging
from typing import Any

from mkdocs.plugins import event_priority


class _InstantNavigationHandled(logging.Filter):
    """mkdocs-static-i18n warns that Material's language selector links go stale under instant
    navigation (the header is not swapped). assets/js/pages/language-switch.js handles those
    links itself (same path, other language, full page load), so the warning, which would fail
    the strict build, does not apply here. Every other message of the plugin passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "not compatible with theme.features = navigation.instant" not in record.getMessage()


# A filter on a logger applies to the records logged on it: the one that emits this warning.
logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(_InstantNavigationHandled())

# Imports from macros/ happen inside the hooks: hooks load before mkdocs-macros puts the project
# on the import path.


def on_env(env: Any, config: Any, files: Any) -> Any:
    """`{{ _("…") }}` in docs/overrides: the pages catalog (macros/page_catalog.py), per language."""
    from macros.languages import building_language
    from macros.site import page_words

    def translate(message: str) -> str:
        return page_words(config)[building_language(config)].gettext(message)

    env.globals["_"] = translate
    return env


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """`closer_language_base`: the way from this page to its language's root, where its search
    index and sitemap are (docs/overrides/main.html gives it to Material as `base`)."""
    from macros.languages import building_language, site_languages
    from macros.search_indexes import language_base

    code = building_language(config)
    language = next((lang for lang in site_languages(config) if lang.code == code), None)
    if language is not None:
        context["closer_language_base"] = language_base(str(context.get("base_url", ".")), language)
    return context


def on_post_page(output: str, page: Any, config: Any) -> str:
    from macros.sitemaps import drop_head_alternates

    return drop_head_alternates(output)


@event_priority(-200)
def on_post_build(config: Any) -> None:
    from macros.languages import is_nested_build
    from macros.site import finish_site

    if not is_nested_build(config):
        finish_site(config)
