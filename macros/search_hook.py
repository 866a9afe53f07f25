"""MkDocs hook: keep each language's own search index before mkdocs-static-i18n merges them.

It runs in every language's build, after the search plugin has written that build's index
(priority 0) and before the i18n plugin builds the next language and merges the indexes (-100);
macros/hooks.py's site-wide step (-200) then writes one index per language
(macros/search_indexes.py). A hook module has one function per event, hence this file.
"""

from __future__ import annotations

from typing import Any

from mkdocs.plugins import event_priority


@event_priority(-50)
def on_post_build(config: Any) -> None:
    from macros.search_indexes import remember_index

    remember_index(config)
