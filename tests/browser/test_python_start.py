"""Python's start as a reader meets it: a later start is restored from this device's memory
snapshot, a damaged snapshot quietly gives way to a normal start, and a worker that stops
answering is replaced so the next try works."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, Route, expect

from .helpers import CHECKIN, RESULT_TIMEOUT_MS, submit_and_wait, worksheet
from .test_checkin_story import fill_checkin

SNAPSHOTS = """async () => {
  const name = (await caches.keys()).find((n) => n.startsWith("closer-snapshot-"));
  if (!name) return [];
  return (await (await caches.open(name)).keys()).map((r) => r.url);
}"""

# Replace the stored snapshot with bytes of the right size that are not a snapshot (a stale
# or damaged file): it still decompresses, so only Pyodide's own checks can refuse it.
DAMAGE = """async (url) => {
  const name = (await caches.keys()).find((n) => n.startsWith("closer-snapshot-"));
  const cache = await caches.open(name);
  const old = await cache.match(url);
  const size = Number(old.headers.get("X-Closer-Snapshot-Bytes"));
  const junk = new Blob([new Uint8Array(size).fill(42)]).stream().pipeThrough(new CompressionStream("gzip"));
  await cache.put(url, new Response(junk, { headers: { "X-Closer-Snapshot-Bytes": String(size) } }));
}"""

HOW = "() => performance.getEntriesByName('closer:python-ready').map((e) => e.detail.how)"


def python_result(page: Page) -> None:
    page.goto(CHECKIN)
    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()
    fill_checkin(page, weakest="listening")
    result = submit_and_wait(form)
    expect(result.locator(".result__summary")).to_contain_text("listening may be the place to start")


def wait_for_snapshot(page: Page) -> list[str]:
    for _ in range(240):  # the page stores it when idle, after Python's first start
        stored = page.evaluate(SNAPSHOTS)
        if stored:
            return stored
        page.wait_for_timeout(500)
    raise AssertionError("no memory snapshot was stored after Python's first start")


@pytest.mark.cold_python
def test_a_later_start_is_restored_from_the_snapshot_and_a_damaged_one_falls_back(page: Page) -> None:
    python_result(page)
    assert page.evaluate(HOW) == ["normal"]
    [url] = wait_for_snapshot(page)
    assert re.search(r"/__snapshot__/314\.0\.7/[0-9a-f]{64}\.bin\.gz$", url), url

    python_result(page)  # a new page load: a new worker, restored from the snapshot
    assert page.evaluate(HOW) == ["snapshot"]

    page.evaluate(DAMAGE, url)
    python_result(page)  # the reader sees the same result, only later
    assert page.evaluate(HOW) == ["fallback"]
    assert wait_for_snapshot(page) == [url], "a good snapshot replaces the damaged one"
    python_result(page)
    assert page.evaluate(HOW) == ["snapshot"]


def python_workers(page: Page) -> list[str]:
    return [w.url for w in page.workers if w.url.endswith("/runtime/worker.js")]


HANG = "if (isCall(message) && message.id === 1) for (;;) {}\n    if (isCall(message)) {"


def test_a_hung_evaluation_replaces_the_worker_and_the_next_try_works(page: Page) -> None:
    """The first evaluation never returns (as if Python looped forever); after the time limit the
    reader is told, the stuck worker is ended, and Try again gets the result from a new one."""

    def hang_first_call(route: Route) -> None:
        body = route.fetch().text()
        assert "} else if (isCall(message)) {" in body
        route.fulfill(
            body=body.replace("} else if (isCall(message)) {", "} else " + HANG, 1),
            content_type="text/javascript",
        )

    page.route(re.compile(r"/runtime/worker-handler\.js$"), hang_first_call)
    page.goto(CHECKIN)
    page.evaluate(
        "() => import(new URL('assets/js/runtime/runtime.js', location.origin + '/').href)"
        ".then((m) => { m.timing.evaluateTimeoutMs = 3000; })"
    )
    form = worksheet(page, "checkin")
    form.scroll_into_view_if_needed()
    fill_checkin(page, weakest="listening")
    form.locator('button[type="submit"]').first.click()
    result = form.locator("[data-worksheet-result]")
    expect(result).to_contain_text(
        "Python took too long to answer, so it was restarted", timeout=RESULT_TIMEOUT_MS
    )
    for _ in range(40):  # ending a worker is reported a moment later
        if not python_workers(page):
            break
        page.wait_for_timeout(250)
    assert python_workers(page) == [], "the stuck worker was not ended"
    result.get_by_role("button", name="Try again").click()
    expect(result).to_have_attribute("data-state", "ready", timeout=RESULT_TIMEOUT_MS)
    expect(result.locator(".result__summary")).to_contain_text("listening may be the place to start")
    assert len(python_workers(page)) == 1
