"""A sitemap per language: /sitemap.xml for English, /es/sitemap.xml for Spanish.

mkdocs-static-i18n writes one sitemap, at the site root, of every language's pages, each with
its translations as `xhtml:link rel="alternate" hreflang` (how search engines learn them).
Material's instant navigation swaps in only the pages listed in the sitemap under the page's
`base`, which on a translated page is its language's root (macros/search_indexes.py): this
writes that language's own entries there, alternates kept (a sitemap lists only addresses
under its own folder).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from .languages import Language

SITEMAP = "sitemap.xml"
_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


class SitemapError(RuntimeError):
    """The root sitemap is missing or unreadable; the message names the file and the fix."""


def write_language_sitemaps(site: Path, languages: list[Language]) -> list[Path]:
    """Write <prefix>sitemap.xml for every language but the default; return the files written."""
    root = site / SITEMAP
    if not root.is_file():
        raise SitemapError(f"{root} was not written: keep the i18n plugin's `reconfigure_material: true`.")
    for prefix, uri in _NS.items():
        ET.register_namespace("" if prefix == "sm" else prefix, uri)
    written = []
    for language in languages:
        if language.default:
            continue
        tree = ET.parse(root)
        urlset = tree.getroot()
        for url in list(urlset.findall("sm:url", _NS)):
            own = [
                link.get("href")
                for link in url.findall("xhtml:link", _NS)
                if link.get("hreflang") == language.code
            ]
            if url.findtext("sm:loc", namespaces=_NS) not in own:
                urlset.remove(url)  # another language's page
        path = site / language.prefix / SITEMAP
        path.parent.mkdir(parents=True, exist_ok=True)
        tree.write(path, encoding="UTF-8", xml_declaration=True)
        written.append(path)
    return written


# Material's <head> link to each translation of the page (base.html, from the i18n plugin's
# per-page `extra.alternate`), exactly as it writes it; feeds (with a type) are not matched.
_HEAD_ALTERNATE = re.compile(r'\n?[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def drop_head_alternates(html: str) -> str:
    """A page's hreflang links are in the sitemap, not in its <head>.

    Material fetches `sitemap.xml` beside every `<link rel="alternate">` of the head (to send a
    click into another language to the same page there): beside a page's translation
    (/es/chapters/x/sitemap.xml) no sitemap exists, so each page load asked for two files that
    fail, online and offline. Search engines read the same hreflang pairs from the sitemap, and
    the language selector (pages/language-switch.js) needs none of it."""
    return _HEAD_ALTERNATE.sub("", html)
