"""Post-build: a Content-Security-Policy meta tag on every page.

Only the site's own origin may supply scripts, styles, images, fonts, workers and data.
Inline scripts (Material's few small ones) are allowed by their sha256 hashes; the same set is
used on every page because instant navigation moves between pages within one document.
'wasm-unsafe-eval' lets Pyodide compile its WebAssembly; nothing allows eval() of strings.
No form may submit anywhere ('none'): every form is handled by the page's scripts, so answers
never reach the host, even when a script failed to load. Beside it, a referrer policy of
no-referrer: pages this site links to (the quick exit) are not told where the reader came from.
A meta policy cannot set frame-ancestors; the README lists the headers a host should send.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

_INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>", re.S
)
_CHARSET = re.compile(r"<meta charset=\"utf-8\">", re.I)
MARKER = 'http-equiv="Content-Security-Policy"'
REFERRER = '<meta name="referrer" content="no-referrer">'


class CspError(RuntimeError):
    """A page cannot carry the policy; the message names the page."""


def _hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def policy(script_hashes: list[str]) -> str:
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval' " + " ".join(script_hashes),
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'none'",
        )
    )


def add_csp(site_dir: Path) -> int:
    """Write the policy into every HTML page; return how many pages carry it."""
    pages = [p for p in site_dir.rglob("*.html") if "assets" not in p.relative_to(site_dir).parts]
    texts = {page: page.read_text(encoding="utf-8") for page in pages}
    hashes = sorted({_hash(body) for text in texts.values() for body in _INLINE_SCRIPT.findall(text)})
    meta = f'<meta {MARKER} content="{policy(hashes)}">'
    for page, text in texts.items():
        if MARKER in text:
            continue  # a page written by an earlier run of `mkdocs serve`
        # Theme pages have it from overrides/main.html; others (redirect pages) get it here.
        head = meta if 'name="referrer"' in text else meta + REFERRER
        if not _CHARSET.search(text):
            raise CspError(f"{page}: no <meta charset> to place the Content-Security-Policy after")
        page.write_text(_CHARSET.sub(lambda m: m.group(0) + head, text, count=1), encoding="utf-8")  # noqa: B023
    return len(pages)
