"""MkDocs hook: a heading never shares its id with the worksheet form under it.

"## Worksheet: Repair plan" slugs to "worksheet-repair-plan", the id the DOM contract gives the
form (and the permanent links point to). The heading gets "-heading" added, in the page, its
permalink and the table of contents.
"""

from __future__ import annotations

import re
from typing import Any

_HEADING = re.compile(r'<h([1-6]) id="(worksheet-[a-z0-9_-]+)">')


def _rename_in_toc(items: Any, old: str, new: str) -> None:
    for item in items:
        if item.id == old:
            item.id = new
        _rename_in_toc(item.children, old, new)


def on_page_content(html: str, page: Any, **_: Any) -> str:
    forms = set(re.findall(r'<form class="worksheet"[^>]*\sid="([^"]+)"', html))
    for level, old in _HEADING.findall(html):
        if old not in forms:
            continue
        new = f"{old}-heading"
        html = html.replace(f'<h{level} id="{old}">', f'<h{level} id="{new}">', 1)
        html = html.replace(f'class="headerlink" href="#{old}"', f'class="headerlink" href="#{new}"', 1)
        _rename_in_toc(page.toc, old, new)
    return html
