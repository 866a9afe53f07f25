"""A returning reader's Python for every test: the memory snapshot, made once per session.

The site keeps a memory snapshot of a started Python in Cache Storage (runtime/snapshot-store.js)
and restores it on the next start, about ten times faster than a cold start. Each test has a
fresh browser profile, so each would pay for a cold start (3 s on a quiet core, 20 s on a busy
one) and then for making and compressing its own snapshot. Instead, the first seeded context of
the session makes one snapshot by a real start and every later context is given it before its
first page, through the page's own Cache Storage API: exactly what a second visit finds.

The snapshot's cache name and URL name the site's address, so they are rewritten for the
server a context targets (other tests serve the site under another port or sub-path).
"""

from __future__ import annotations

import base64
import fcntl
import json
from pathlib import Path
from typing import ClassVar

from playwright.sync_api import Browser, BrowserContext, Page

from .server import SiteServer

SEED_PATH = "/__closer_test_seed__/snapshot.bin.gz"
FORM = "chapters/understanding-emotional-intimacy/"
#: A page of the site's origin that runs no script, from which storage is wiped and planted.
SCRIPTLESS_PAGE = "assets/icons/icon.svg"

_READ = """async () => {
  for (const name of await caches.keys()) {
    if (!name.startsWith("closer-snapshot-")) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      const bytes = new Uint8Array(await response.arrayBuffer());
      let text = "";
      for (let i = 0; i < bytes.length; i += 0x8000) {
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      const size = response.headers.get("X-Closer-Snapshot-Bytes");
      return { name, url: request.url, size, body: btoa(text) };
    }
  }
  return null;
}"""

_STORED = "() => performance.getEntriesByName('closer:snapshot-stored').length > 0"

#: The planted snapshot's own mark, so that a wipe can tell it from one a test wrote.
SEED_HEADER, SEED_TOKEN = "X-Closer-Test-Seed", "planted"

_PLANT = """async ({ seed, name, url, size, header, token }) => {
  const plant = async () => {
    const response = await fetch(seed);
    if (!response.ok) throw new Error(`the snapshot seed answered ${response.status}`);
    const body = await response.arrayBuffer();
    const headers = { "Content-Type": "application/gzip", "X-Closer-Snapshot-Bytes": size, [header]: token };
    await (await caches.open(name)).put(url, new Response(body, { headers }));
    return true;
  };
  // Never wait for ever (page.evaluate has no timeout of its own).
  const late = new Promise((done) => setTimeout(() => done(false), 15000));
  return Promise.race([plant(), late]);
}"""


class SnapshotSeed:
    """The session's snapshot (or none, before it is made) and how to plant it in a context."""

    _current: ClassVar[SnapshotSeed | None] = None
    #: Off for a test marked cold_python: its contexts start Python as on a first visit.
    enabled: ClassVar[bool] = True

    def __init__(self, file: Path | None, base: str, name: str, url: str, size: str) -> None:
        self.file, self.base, self.name, self.url, self.size = file, base, name, url, size

    @classmethod
    def current(cls) -> SnapshotSeed:
        return cls._current or cls(None, "", "", "", "")

    @classmethod
    def shared(cls, browser: Browser, server: SiteServer, folder: Path) -> SnapshotSeed:
        """The seed in `folder`, made by whichever test worker gets there first: the others wait
        for it and read it (each would otherwise pay for a cold start of its own)."""
        folder.mkdir(parents=True, exist_ok=True)
        about = folder / "seed.json"
        with (folder / "seed.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not about.is_file():
                made = cls.make(browser, server, folder)
                fields = {"base": made.base, "name": made.name, "url": made.url, "size": made.size}
                about.write_text(json.dumps(fields), encoding="utf-8")
            fields = json.loads(about.read_text(encoding="utf-8"))
        seed = cls(folder / "snapshot.bin.gz", **fields)
        cls._current = seed
        return seed

    @classmethod
    def make(cls, browser: Browser, server: SiteServer, folder: Path) -> SnapshotSeed:
        """Start Python for real once, wait until the page has stored its snapshot, keep it."""
        context = browser.new_context(base_url=server.url, service_workers="block")
        try:
            page = context.new_page()
            page.goto(FORM)
            # Python starts as the worksheet comes near; the snapshot is stored once the page idles.
            page.locator('form.worksheet[data-worksheet="checkin"]').scroll_into_view_if_needed()
            page.wait_for_function(_STORED, timeout=180_000, polling=250)
            found = page.evaluate(_READ)
        finally:
            context.close()
        if not found:
            raise AssertionError("the site stored no memory snapshot after Python's first start")
        file = folder / "snapshot.bin.gz"
        file.write_bytes(base64.b64decode(found["body"]))
        seed = cls(file, server.url, found["name"], found["url"], str(found["size"]))
        cls._current = seed
        return seed

    def plant(self, context: BrowserContext, base_url: str) -> bool:
        """Give a new context the snapshot, as if it had started Python on an earlier visit;
        False when it could not be planted in time."""
        if self.file is None or not SnapshotSeed.enabled:
            return True
        page = context.new_page()
        try:
            page.goto(f"{base_url}{SCRIPTLESS_PAGE}")
            return self.plant_from(page, base_url)
        finally:
            page.close()

    def plant_from(self, page: Page, base_url: str) -> bool:
        """Plant the snapshot from `page`, already open at a page of the site's origin."""
        if self.file is None or not SnapshotSeed.enabled:
            return True
        SiteServer.files[SEED_PATH] = self.file
        return page.evaluate(
            _PLANT,
            {
                "seed": SEED_PATH,
                "name": self.name.replace(self.base, base_url, 1),
                "url": self.url.replace(self.base, base_url, 1),
                "size": self.size,
                "header": SEED_HEADER,
                "token": SEED_TOKEN,
            },
        )

    def marker(self, base_url: str) -> dict[str, str] | None:
        """What a wipe keeps: this seed as planted for `base_url` (None when none is planted)."""
        if self.file is None or not SnapshotSeed.enabled:
            return None
        return {
            "name": self.name.replace(self.base, base_url, 1),
            "url": self.url.replace(self.base, base_url, 1),
            "header": SEED_HEADER,
            "token": SEED_TOKEN,
        }
