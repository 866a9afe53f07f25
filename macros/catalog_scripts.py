"""Post-build: each language's browser catalog as one file, /<lang>/closer-catalog.js.

Every page of a translated language loads it (docs/overrides/partials/closer-catalog.html), the
service worker of that language keeps it once, and the browser caches it: a catalog inline in
every page's head cost about 12 KB compressed per page, 0.4 MB of the Spanish offline copy.

It is a classic script that sets `globalThis.closerCatalogs[lang]`, loaded with `defer` before
the module scripts: deferred and module scripts run in document order, so t()
(docs/assets/js/shared/i18n.js) has the words synchronously when the first module asks, and
nothing is ever shown in English first. JSON is JavaScript: the catalog is written as JSON
inside that one assignment, never evaluated from text.

The same file serves a page that makes something in another language than its own (the homework
builder's sheet for a client): shared/site-data.js loadCatalog() runs it as a script too, which
sets that language's entry beside the page's own. There is no second copy as JSON, so a reader of
both languages downloads the words once, and the English service worker keeps this file for the
builder offline (macros/sw-build.mjs).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .languages import Language

CATALOG_SCRIPT = "closer-catalog.js"

_HEADER = (
    "// Closer's browser words in '{code}', compiled at build time from "
    "locale/{code}/LC_MESSAGES/browser.po (macros/catalog_scripts.py); read by assets/js/shared/i18n.js.\n"
)


def catalog_script(code: str, catalog: dict[str, Any]) -> str:
    words = json.dumps(catalog, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return (
        _HEADER.format(code=code) + f"(globalThis.closerCatalogs ??= {{}})[{json.dumps(code)}] = {words};\n"
    )


def write_catalog_scripts(
    site: Path, languages: list[Language], catalogs: dict[str, dict[str, Any]]
) -> list[Path]:
    """Write <prefix>closer-catalog.js for every language with a catalog; return the files."""
    written = []
    for language in languages:
        catalog = catalogs.get(language.code)
        if language.default or catalog is None:
            continue
        path = site / language.prefix / CATALOG_SCRIPT
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(catalog_script(language.code, catalog), encoding="utf-8")
        written.append(path)
    return written
