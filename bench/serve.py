"""Serve the built site on 127.0.0.1 as a real static host does: gzip and cache headers.

Files whose name carries a content hash (Material's bundles, the worksheets wheel's folder) are
immutable for a year; everything else may be reused for 10 minutes (GitHub Pages' policy) and is
then revalidated with Last-Modified. `sw.js` is always revalidated, as hosts and browsers do.
So a second visit is really warm: nothing is fetched again, not even to ask "has it changed?".
Text, scripts, styles and WebAssembly are sent gzip-compressed to browsers that accept it.
"""

from __future__ import annotations

import gzip
import os
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from pathlib import Path

from tests.browser.server import SHORT, SiteHandler, SiteServer

COMPRESSIBLE = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".webmanifest", ".wasm"}
_gzipped: dict[tuple[str, float], bytes] = {}


class _CachingHandler(SiteHandler):
    pages_cache = SHORT  # a second visit is really warm: pages too

    def __init__(self, *args: object, site: SiteServer, **kwargs: object) -> None:
        self.site = site  # before the base class handles the request, in its __init__
        super().__init__(*args, site=site, **kwargs)  # type: ignore[arg-type]

    def do_GET(self) -> None:
        throttle = self.site.throttle
        if throttle:
            throttle.wait_latency()
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        compress = "gzip" in self.headers.get("Accept-Encoding", "") and path.suffix in COMPRESSIBLE
        if not path.is_file() or (not compress and not throttle):
            super().do_GET()
            return
        modified = os.stat(path).st_mtime
        since = self.headers.get("If-Modified-Since")
        if since and parsedate_to_datetime(since).timestamp() >= int(modified):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.end_headers()
            return
        key = (str(path), modified)
        if compress and key not in _gzipped:
            _gzipped[key] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        body = _gzipped[key] if compress else path.read_bytes()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if compress:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", formatdate(modified, usegmt=True))
        self.end_headers()
        if throttle:
            throttle.send(self.wfile.write, body)
        else:
            self.wfile.write(body)


class CachingServer(SiteServer):
    """`with CachingServer(site) as server:` serves `site` at `server.url` until the block ends.
    With a `throttle` (bench/phone.py), every response crosses one slow mobile link."""

    handler = _CachingHandler

    def __init__(self, root: Path, prefix: str = "/", throttle: object = None) -> None:
        super().__init__(root, prefix)
        self.throttle = throttle
