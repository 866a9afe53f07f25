"""Post-build: the service worker that makes the whole guide work offline (site/sw.js).

It runs last, after the runtime is installed and every page carries its final
Content-Security-Policy, so the precache holds the bytes the server will send.

Under `mkdocs serve` no precaching worker is built: it would hold each page until the reader
chose to reload, which defeats live reload, and hashing 15 MB on every edit slows rebuilds.
Instead a tiny worker is written that removes any Closer worker an earlier build left on the
same address (e.g. `python3 -m http.server` on port 8000), so the author always sees fresh pages.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

SW_NAME = "sw.js"
log = logging.getLogger("mkdocs.plugins.closer.offline")
SCRIPT = Path(__file__).with_name("sw-build.mjs")

# Removes itself and Closer's caches: no fetch handler, so every request goes to the network.
RETIRING_WORKER = """// Written by `mkdocs serve`: no offline copy while authoring; see macros/offline.py.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith("closer-")) await caches.delete(name);
    await self.registration.unregister();
  })());
});
"""


class OfflineBuildError(RuntimeError):
    """The service worker could not be generated; the message names the cause and the fix."""


def is_serve_build(site_dir: Path) -> bool:
    """`mkdocs serve` always builds into a fresh `tempfile.mkdtemp(prefix="mkdocs_")`."""
    resolved = site_dir.resolve()
    return resolved.parent == Path(tempfile.gettempdir()).resolve() and resolved.name.startswith("mkdocs_")


def write_service_worker(
    project: Path, site_dir: Path, prefixes: tuple[str, ...] = ("",)
) -> dict[str, object]:
    """Write one worker per language (sw.js, es/sw.js: `prefixes` are the languages' folders);
    return Workbox's summary ({count, size, warnings}) for the default language's, or
    {"serve": True}. Each further language's summary is under its folder's key ("es/")."""
    if is_serve_build(site_dir):
        for prefix in prefixes:
            (site_dir / prefix / SW_NAME).write_text(RETIRING_WORKER, encoding="utf-8")
        return {"serve": True}
    node = shutil.which("node")
    if node is None or not (project / "node_modules" / "workbox-build").is_dir():
        raise OfflineBuildError(
            "node or node_modules/workbox-build is missing: install Node 20 and run `npm ci` "
            "(or `make setup`) to get the pinned workbox-build from package.json."
        )
    done = subprocess.run(
        [node, str(SCRIPT), str(site_dir), json.dumps(list(prefixes))],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    if done.returncode != 0:
        raise OfflineBuildError(f"{SCRIPT.name} failed for {site_dir}: {done.stderr.strip()[-2000:]}")
    summaries: dict[str, dict[str, object]] = {}
    for prefix, summary in json.loads(done.stdout.strip().splitlines()[-1]).items():
        count, size, warnings = int(summary["count"]), int(summary["size"]), list(summary["warnings"])
        if warnings:
            raise OfflineBuildError(
                f"{SCRIPT.name} ({prefix or 'default language'}): Workbox warned: {warnings}"
            )
        log.info("%ssw.js precaches %d files, %.1f MB", prefix, count, size / 1e6)
        summaries[prefix] = {"count": count, "size": size, "warnings": warnings}
    first = summaries[prefixes[0]]
    return first | {prefix: summary for prefix, summary in summaries.items() if prefix}
