"""The built site works offline and installs as an app: manifest, icons and the precache list.

The precache holds what reading needs, and only that: the Python runtime is kept by the page on
first use or on request (runtime/runtime-files.js), never downloaded on a first visit."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import struct
import tempfile
from pathlib import Path

import pytest

from macros.offline import RETIRING_WORKER, is_serve_build, write_service_worker
from tests.conftest import ROOT

RUNTIME = Path("assets/pyodide")
FIRST_VISIT_BUDGET = 1_500_000  # bytes transferred (gzip), the page and the service worker together
_ENTRY = re.compile(r'\{url:"([^"]+)",revision:(?:"([0-9a-f]+)"|null)\}')


# One worker per language: sw.js (English, at the root) and es/sw.js (Spanish, under /es/).
LANGUAGES = ("", "es/")


def precache(site_dir: Path, prefix: str = "") -> dict[str, str | None]:
    """<prefix>sw.js's precache list: {site-relative url: revision (md5 of the file) or None}.

    Workbox resolves each URL against the worker's address: es/sw.js lists "../assets/x" for the
    root's assets/x and "chapters/x/" for es/chapters/x/."""
    text = (site_dir / prefix / "sw.js").read_text(encoding="utf-8")
    entries = {url: revision for url, revision in _ENTRY.findall(text)}
    assert entries, f"{prefix}sw.js holds no precache list"
    return {
        (url[3:] if url.startswith("../") else prefix + url) if prefix else url: revision or None
        for url, revision in entries.items()
    }


def pages_of(site_dir: Path, prefix: str) -> set[str]:
    """The built pages of one language: under its folder, or (default) under none of the others."""
    pages = {str(p.relative_to(site_dir)) for p in site_dir.rglob("*.html")}
    others = [other for other in LANGUAGES if other and other != prefix]
    if prefix:
        return {page for page in pages if page.startswith(prefix)}
    return {page for page in pages if not page.startswith(tuple(others))}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


class TestManifest:
    def test_manifest_parses_with_relative_start_and_scope(self, site_dir: Path) -> None:
        """start_url and scope are relative, so the app works under a sub-path such as /closer/."""
        manifest = json.loads((site_dir / "manifest.webmanifest").read_text(encoding="utf-8"))
        assert manifest["name"] == "Closer" and manifest["short_name"]
        assert manifest["description"]
        assert manifest["start_url"] == "./" and manifest["scope"] == "./"
        assert manifest["display"] == "standalone"
        assert re.fullmatch(r"#[0-9a-f]{6}", manifest["theme_color"])
        assert re.fullmatch(r"#[0-9a-f]{6}", manifest["background_color"])

    def test_every_icon_exists_at_its_declared_size(self, site_dir: Path) -> None:
        manifest = json.loads((site_dir / "manifest.webmanifest").read_text(encoding="utf-8"))
        purposes = set()
        for icon in manifest["icons"]:
            path = site_dir / icon["src"]
            assert path.is_file(), icon["src"]
            purposes.add(icon.get("purpose", "any"))
            if icon["type"] == "image/png":
                width, height = (int(n) for n in icon["sizes"].split("x"))
                assert png_size(path) == (width, height), icon["src"]
            else:
                assert icon["type"] == "image/svg+xml" and "<svg" in path.read_text()
        sizes = {icon["sizes"] for icon in manifest["icons"]}
        assert {"192x192", "512x512"} <= sizes and purposes == {"any", "maskable"}
        assert png_size(site_dir / "assets/icons/apple-touch-icon.png") == (180, 180)

    def test_every_page_links_the_manifest_relative_to_itself(self, site_dir: Path) -> None:
        home = (site_dir / "index.html").read_text(encoding="utf-8")
        chapter = (site_dir / "chapters/vulnerability/index.html").read_text(encoding="utf-8")
        assert '<link rel="manifest" href="manifest.webmanifest">' in home
        assert '<link rel="manifest" href="../../manifest.webmanifest">' in chapter
        assert '<meta name="theme-color" content="#7e56c2">' in chapter
        assert 'rel="apple-touch-icon" href="../../assets/icons/apple-touch-icon.png"' in chapter


@pytest.mark.parametrize("prefix", LANGUAGES)
class TestPrecache:
    def test_precache_holds_every_page_and_the_search_index_but_no_python(
        self, site_dir: Path, prefix: str
    ) -> None:
        entries = precache(site_dir, prefix)
        assert f"{prefix}search/search_index.json" in entries and "assets/data/runtime.json" in entries
        assert f"{prefix}sitemap.xml" in entries, "instant navigation reads it, offline too"
        if prefix:
            assert f"{prefix}closer-catalog.js" in entries, "the language's words, offline too"
        else:  # the homework builder's sheet in another language, offline too
            for other in LANGUAGES[1:]:
                assert {f"{other}closer-catalog.js", f"{other}go/index.json"} <= entries.keys()
        assert [u for u in entries if u.startswith(f"{RUNTIME}/")] == [], (
            "Python is kept on first use, not precached"
        )
        assert [u for u in entries if u.endswith(".pdf")] == [], "a PDF is downloaded when asked for"
        pages = pages_of(site_dir, prefix)
        assert pages - entries.keys() == set(), "pages missing from the precache"
        scripts = {str(p.relative_to(site_dir)) for p in (site_dir / "assets/js").rglob("*.js")}
        assert scripts - entries.keys() == set()
        assert {
            "manifest.webmanifest",
            "assets/icons/icon-192.png",
            "assets/css/closer.css",
        } <= entries.keys()
        assert f"{prefix}use-offline/index.html" in entries

    def test_a_reader_keeps_only_the_language_they_read(self, site_dir: Path, prefix: str) -> None:
        """The other language's pages are its own worker's: not downloaded for this reader."""
        entries = precache(site_dir, prefix)
        for other in LANGUAGES:
            if other != prefix:
                assert not (pages_of(site_dir, other) & entries.keys()), f"{other or 'English'} pages"

    def test_the_precache_is_well_under_the_first_visit_budget(self, site_dir: Path, prefix: str) -> None:
        """Compressed as a host sends it, with room left for the page the reader opened."""
        entries = precache(site_dir, prefix)
        size = sum(len(gzip.compress((site_dir / url).read_bytes(), 6)) for url in entries)
        # One budget for every language: a translated page's words are one shared file
        # (<lang>/closer-catalog.js, macros/catalog_scripts.py), not repeated in each page.
        assert size < FIRST_VISIT_BUDGET * 0.6, f"the precache is {size / 1e6:.2f} MB compressed"

    def test_the_runtime_answers_from_the_cache_the_page_fills(self, site_dir: Path, prefix: str) -> None:
        """Any of the site's caches: the page's (named for the site root) is not every worker's scope."""
        text = (site_dir / prefix / "sw.js").read_text(encoding="utf-8")
        assert "caches.match(" in text and "/assets/pyodide/" in text

    def test_entries_are_versioned_by_content_hash(self, site_dir: Path, prefix: str) -> None:
        """Unhashed names carry the md5 of their bytes; names with a hash in them need none."""
        entries = precache(site_dir, prefix)
        for url, revision in entries.items():
            data = (site_dir / url).read_bytes()
            if revision is None:
                assert re.search(r"\.[0-9a-f]{8}\.min\.|/wheels/[0-9a-f]{16}/", url), url
            else:
                assert revision == hashlib.md5(data).hexdigest(), url

    def test_no_source_maps_or_unused_search_languages(self, site_dir: Path, prefix: str) -> None:
        """Each language's search stems in that language alone: exactly the lunr files Material's
        worker asks for with its index (none for English), and the other language's index not."""
        entries = precache(site_dir, prefix)
        assert not [u for u in entries if u.endswith(".map")]
        lunr = {u.removeprefix("assets/javascripts/lunr/") for u in entries if "/lunr/" in u}
        expected = {"": set(), "es/": {"min/lunr.es.min.js", "min/lunr.stemmer.support.min.js"}}
        assert lunr == expected[prefix]
        indexes = {u for u in entries if u.endswith("search/search_index.json")}
        assert indexes == {f"{prefix}search/search_index.json"}
        assert not [u for u in entries if u.endswith("sw.js")] and "sitemap.xml.gz" not in entries

    def test_worker_is_one_self_contained_file(self, site_dir: Path, prefix: str) -> None:
        """The Workbox runtime is inlined: no importScripts, no other file, no other origin."""
        text = (site_dir / prefix / "sw.js").read_text(encoding="utf-8")
        assert "importScripts" not in text
        assert not list(site_dir.glob("workbox-*.js"))
        assert "SKIP_WAITING" in text, "a new version must wait for the reader's Reload"
        assert not re.search(r"""fetch\(\s*["']https?:""", text)


class TestServeBuild:
    def test_serve_builds_get_a_worker_that_removes_itself(self) -> None:
        """Under `mkdocs serve` no precache is built (fast rebuilds, live reload stays live)."""
        with tempfile.TemporaryDirectory(prefix="mkdocs_") as tmp:
            site = Path(tmp)
            assert is_serve_build(site)
            assert write_service_worker(ROOT, site) == {"serve": True}
            assert (site / "sw.js").read_text() == RETIRING_WORKER
        assert "unregister()" in RETIRING_WORKER and '"fetch"' not in RETIRING_WORKER

    def test_other_folders_are_not_serve_builds(self, tmp_path: Path) -> None:
        assert not is_serve_build(tmp_path)
        assert not is_serve_build(Path(tempfile.gettempdir()) / "site-mkdocs_x")
