"""A static file server for the built site on 127.0.0.1, as any plain web host would serve it.

Like GitHub Pages, it lets a browser reuse a script, style or other file for 10 minutes without
asking again (`cache_control`); a page (HTML) and the service worker are always asked for again,
so a test that deploys a new version (`serve_root`) or serves a stand-in is seen at once. The
reuse is also what a reader's browser does, and it spares each test page load about a tenth of
its CPU: without it, every page asked again for each of its ~60 files.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

#: Files whose name carries a content hash (Material's bundles, the worksheets wheel's folder, the
#: Python runtime's folder named for the Pyodide version) never change.
HASHED = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)$|/wheels/[0-9a-f]{16}/|/assets/pyodide/\d+\.\d+\.\d+/")
IMMUTABLE = "public, max-age=31536000, immutable"
SHORT = "public, max-age=600"  # GitHub Pages' policy for every other file
ASK_AGAIN = "no-cache"  # reused only after asking "has it changed?" (Last-Modified)


def cache_control(path: str, pages: str = SHORT) -> str:
    """The Cache-Control header for the file at URL `path`; `pages` is the one for HTML."""
    if path.endswith("/sw.js"):
        return ASK_AGAIN
    if path.endswith(("/", ".html")):
        return pages
    return IMMUTABLE if HASHED.search(path) else SHORT


class _Handler(SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".webmanifest": "application/manifest+json",
    }

    def log_message(self, format: str, *args: object) -> None:  # keep test output readable
        pass


class SiteHandler(_Handler):
    def __init__(self, *args: object, prefix: str, site: SiteServer, **kwargs: object) -> None:
        self.prefix = prefix
        self.site = site
        # Read per request, so serve_root() takes effect at once.
        super().__init__(*args, directory=str(site.root), **kwargs)  # type: ignore[arg-type]

    #: Cache-Control for pages: asked for again here; the benchmark reuses them as a host lets browsers.
    pages_cache: ClassVar[str] = ASK_AGAIN

    def end_headers(self) -> None:
        self.send_header("Cache-Control", cache_control(self.path.split("?")[0], pages=self.pages_cache))
        super().end_headers()

    def translate_path(self, path: str) -> str:
        path = path.split("?", 1)[0]
        extra = SiteServer.files.get(path) or self.site.overrides.get(path)
        if extra is not None:
            return str(extra)
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_prefix__")
        stand_in = SiteServer.search_index_stand_in
        if stand_in is not None and path.endswith(SEARCH_INDEX):
            return str(stand_in)
        return super().translate_path("/" + path[len(self.prefix) :])


#: Where Material's search worker fetches each language's index from.
SEARCH_INDEX = "search/search_index.json"


def empty_search_index(site: Path, folder: Path) -> Path:
    """The site's search index with its configuration and no pages: Material's search starts as
    usual and finds nothing, and the worker skips indexing every page of the site."""
    real = json.loads((site / SEARCH_INDEX).read_text(encoding="utf-8"))
    file = folder / "search_index.json"
    file.write_text(json.dumps({"config": real["config"], "docs": []}), encoding="utf-8")
    return file


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a browser closing a connection early is normal, not a failure


class SiteServer:
    """Serve `root` under `prefix` (e.g. "/" or "/closer/") until stopped."""

    handler: ClassVar[type[SiteHandler]] = SiteHandler  # the benchmark adds cache headers
    #: Files every server in this process serves beside its site, by URL path (tests only: the
    #: Python snapshot seed, tests/browser/snapshot_seed.py).
    files: ClassVar[dict[str, Path]] = {}
    #: Served for every language's search index while set (tests that do not search: building
    #: the real index costs each page load about half a second of CPU).
    search_index_stand_in: ClassVar[Path | None] = None

    def __init__(self, root: Path, prefix: str = "/") -> None:
        self.root = root
        self.prefix = prefix
        #: Files this server alone serves instead of the site's, by URL path.
        self.overrides: dict[str, Path] = {}
        handler = functools.partial(self.handler, prefix=prefix, site=self)
        self.httpd = _QuietServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def serve_root(self, root: Path) -> None:
        """Serve another folder from now on, at the same origin (a new deployment of the site)."""
        self.root = root

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{self.prefix}"

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
