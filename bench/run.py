"""Benchmark: what a reader waits for, measured in Debian's Chromium against the built site on
loopback, served with a real host's cache headers (bench/serve.py). Writes bench/out/results.json
and bench/out/results.md (the README's "Measured" table).

Not a test: figures vary with the machine. Run with `make bench` (a few minutes on 2 cores).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.lighthouse import run_lighthouse  # noqa: E402
from bench.phone import Throttle, cpu_limited_chromium  # noqa: E402
from bench.report import write_report  # noqa: E402
from bench.serve import CachingServer  # noqa: E402
from bench.trace import trace_load  # noqa: E402
from tests.browser.conftest import CHROMIUM, LAUNCH_ARGS  # noqa: E402
from tests.browser.helpers import feel_safe  # noqa: E402
from tests.browser.test_accessibility import fill_from_example  # noqa: E402
from worksheets import all_worksheets  # noqa: E402

RUNS = 5
PHONE_RUNS = 3
OUT = ROOT / "bench" / "out"
SITE = OUT / "site"
CHAPTER = "chapters/understanding-emotional-intimacy/"
SHEET = "checkin"
VIEWPORT = {"width": 1280, "height": 800}

# Every long task (over 50 ms) from the start of the page, with the long animation frame's
# scripts (which file, which function) for attribution.
WATCH = """
window.__tasks = [];
window.__frames = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, ms: e.duration });
}).observe({ type: "longtask", buffered: true });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__frames.push({ start: e.startTime, ms: e.duration,
    scripts: e.scripts.map((s) => `${s.sourceURL.split("/").pop() || "inline"} (${s.invoker}): ` +
      `${Math.round(s.duration)} ms, ${Math.round(s.forcedStyleAndLayoutDuration)} ms style/layout`) });
}).observe({ type: "long-animation-frame", buffered: true });
"""

READY_AFTER_NEAR = """async (id) => {
  const form = document.querySelector(`form[data-worksheet="${id}"]`);
  const region = form.querySelector("[data-worksheet-result]");
  const started = performance.now();
  form.scrollIntoView();
  await new Promise((resolve) => {
    setTimeout(resolve, 300000); // never forever: the state returned tells the start failed
    const done = () => ["idle", "error"].includes(region.dataset.state) && resolve();
    new MutationObserver(done).observe(region, { attributes: true });
    done();
  });
  const ready = performance.now();
  const longest = Math.max(0, ...window.__tasks.filter((t) => t.start < ready).map((t) => t.ms));
  const frame = window.__frames.filter((f) => f.start < ready).sort((a, b) => b.ms - a.ms)[0];
  const how = performance.getEntriesByName("closer:python-ready").map((e) => e.detail.how).pop() || null;
  const state = region.dataset.state;
  return { ms: ready - started, longest, frame: frame ? frame.scripts : [], how, state };
}"""

# The page stores the memory snapshot when idle after Python's first start (runtime/runtime.js).
SNAPSHOT_STORED = """async () => {
  for (let i = 0; i < 1200; i += 1) {
    if (performance.getEntries().some((e) => e.name.startsWith("closer:snapshot-"))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}"""

FORGET_SNAPSHOT = """async () => {
  for (const name of await caches.keys()) if (name.startsWith("closer-snapshot-")) await caches.delete(name);
}"""

SUBMIT_TO_RESULT = """async (id) => {
  const form = document.querySelector(`form[data-worksheet="${id}"]`);
  const region = form.querySelector("[data-worksheet-result]");
  delete region.dataset.state;
  const started = performance.now();
  form.querySelector('button[type="submit"]').click();
  await new Promise((resolve) => {
    setTimeout(resolve, 120000); // never forever: the state returned tells the run failed
    const done = () => ["ready", "error"].includes(region.dataset.state) && resolve();
    new MutationObserver(done).observe(region, { attributes: true });
  });
  return { ms: performance.now() - started, state: region.dataset.state };
}"""

BYTES = """() => {
  const entries = [...performance.getEntriesByType("navigation"),
                   ...performance.getEntriesByType("resource")];
  const size = (e) => e.transferSize || e.encodedBodySize || 0;
  return {
    total: entries.reduce((sum, e) => sum + size(e), 0),
    pyodide: entries.filter((e) => e.name.includes("/assets/pyodide/")).reduce((sum, e) => sum + size(e), 0),
    requests: entries.length,
  };
}"""


def ready_after_near(page: Page, sheet_id: str) -> dict[str, Any]:
    """Worksheet near -> Python ready, measured in the page; a start that fails stops the bench."""
    # On a slow phone the page may still be mounting its worksheets after the network is idle.
    region = page.locator(f'form[data-worksheet="{sheet_id}"] [data-worksheet-result]')
    region.wait_for(state="attached", timeout=120_000)
    found: dict[str, Any] = page.evaluate(READY_AFTER_NEAR, sheet_id)
    assert found["state"] == "idle", f"{sheet_id}: Python did not start ({found})"
    return found


def median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def build_times() -> list[float]:
    """The command `make site` runs, timed three times, into bench/out/site (not the shared site/)."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(SITE)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - started)
    return times


def _new_context(browser: Browser, service_worker: bool) -> BrowserContext:
    return browser.new_context(viewport=VIEWPORT, service_workers="allow" if service_worker else "block")


def before_near(browser: Browser, url: str, offline: bool) -> dict[str, Any]:
    """What a chapter costs before its worksheet is near; and what the service worker then
    downloads in the background to make the guide work offline."""
    pages, background = [], {"total": 0, "pyodide": 0}
    for run in range(RUNS):
        context = _new_context(browser, service_worker=offline)
        by_worker: list[tuple[str, int]] = []
        context.on(
            "requestfinished",
            lambda r, log=by_worker: r.service_worker and log.append((r.url, r.sizes()["responseBodySize"])),
        )
        page = context.new_page()
        page.goto(url + CHAPTER, wait_until="networkidle")
        page.wait_for_timeout(500)
        pages.append(page.evaluate(BYTES))
        if offline and run == 0:
            page.evaluate("navigator.serviceWorker.ready.then(() => true)")
            page.wait_for_timeout(1000)  # the precache finishes before "ready"; let the log catch up
            background["total"] = sum(size for _, size in by_worker)
            background["pyodide"] = sum(size for u, size in by_worker if "/assets/pyodide/" in u)
        context.close()
    total = median([p["total"] for p in pages])
    return {
        "total": total,
        "pyodide": max(p["pyodide"] for p in pages),
        "requests": median([p["requests"] for p in pages]),
        "service_worker_background": background,
        # What a reader who opens no worksheet costs in all: the page and the offline copy.
        "first_visit_total": total + background["total"],
    }


def startup(
    browser: Browser, url: str, offline: bool, runs: int = RUNS, slow_page: bool = False
) -> dict[str, Any]:
    """Worksheet near -> Python ready, in one profile: cold (nothing kept), warm (the runtime from
    the browser's caches, the snapshot removed first) and from this device's memory snapshot."""
    loads: dict[str, list[dict[str, Any]]] = {"cold": [], "warm": [], "snapshot": []}
    for _ in range(runs):
        context = _new_context(browser, service_worker=offline)
        context.add_init_script(WATCH)
        page = context.new_page()
        if slow_page:
            page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 4})
        page.goto(url + CHAPTER, wait_until="networkidle")
        loads["cold"].append(ready_after_near(page, SHEET))
        assert page.evaluate(SNAPSHOT_STORED), "no snapshot was stored after the first start"
        page.evaluate(FORGET_SNAPSHOT)
        page.goto(url + CHAPTER, wait_until="networkidle")
        loads["warm"].append(ready_after_near(page, SHEET))
        assert page.evaluate(SNAPSHOT_STORED), "no snapshot was stored after the warm start"
        page.goto(url + CHAPTER, wait_until="networkidle")
        restored = ready_after_near(page, SHEET)
        assert restored["how"] == "snapshot", restored
        loads["snapshot"].append(restored)
        context.close()
    figures: dict[str, Any] = {}
    for kind, found in loads.items():
        worst = max(found, key=lambda r: r["longest"])
        figures[kind] = {
            "ready_ms": median([r["ms"] for r in found]),
            "longest_task_ms": median([r["longest"] for r in found]),
            "worst_task_ms": round(worst["longest"]),
            "worst_frame_scripts": worst["frame"],
            "how": sorted({r["how"] for r in found}),
        }
    return figures


def phone(site: Path, offline: bool) -> dict[str, Any]:
    """The same figures on a pretend phone (bench/phone.py): slow CPU, mobile network."""
    with (
        cpu_limited_chromium() as (executable, cpu),
        CachingServer(site, throttle=Throttle()) as server,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        figures = {
            "cpu": cpu,
            "network": "10 Mbit/s, 40 ms (at the server, for page, worker and service worker)",
            "page_cpu": "main thread also 4x slower (CDP Emulation.setCPUThrottlingRate)",
            "before_near": before_near(browser, server.url, offline),
            "startup": startup(browser, server.url, offline, runs=PHONE_RUNS, slow_page=True),
        }
        browser.close()
    return figures


def answer_safety_check(page: Page, sheet_id: str) -> None:
    """A first submit, untimed. A hard exercise asks how the couple is before its first result
    (safety/safety-check.js) and holds the submit back until answered: answer as a person would."""
    page.locator(f'form[data-worksheet="{sheet_id}"] button[type="submit"]').first.click()
    # Shown at once by the click's handler, or not at all (some checks guard partner mode only).
    if page.locator(f'section.safety-check[data-safety-check="{sheet_id}"]').filter(visible=True).count():
        feel_safe(page, sheet_id)
    result = page.locator(f'form[data-worksheet="{sheet_id}"] [data-worksheet-result]')
    expect(result).to_have_attribute("data-state", "ready")


def submit_times(browser: Browser, url: str) -> dict[str, float]:
    context = _new_context(browser, service_worker=False)
    context.add_init_script(WATCH)
    page = context.new_page()
    figures = {}
    for sheet in all_worksheets():
        page.goto(url + f"chapters/{sheet.chapter}/", wait_until="networkidle")
        started = ready_after_near(page, sheet.id)
        if started["how"] == "normal":  # the snapshot is made while idle after a first start:
            assert page.evaluate(SNAPSHOT_STORED)  # time the steady state, not that work
        fill_from_example(page, sheet.id)
        answer_safety_check(page, sheet.id)
        runs = [page.evaluate(SUBMIT_TO_RESULT, sheet.id) for _ in range(RUNS)]
        assert all(r["state"] == "ready" for r in runs), (sheet.id, runs)
        figures[sheet.id] = median([r["ms"] for r in runs])
    context.close()
    return figures


def traced_long_tasks(browser: Browser, url: str) -> list[dict[str, Any]]:
    """The long tasks of a cold load of the chapter, from the run with the median longest task."""
    runs = [trace_load(browser, url + CHAPTER, VIEWPORT) for _ in range(RUNS)]
    runs.sort(key=lambda tasks: tasks[0]["ms"] if tasks else 0)
    return runs[len(runs) // 2]


def load_average() -> str:
    """The machine's load while measuring: shared machines inflate every timing."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"


def step(what: str) -> None:
    """A line per stage: a benchmark silent for minutes looks the same as one that hangs."""
    print(f"bench: {what}", flush=True)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    load_before = load_average()
    step("building the site three times")
    builds = build_times()
    offline = (SITE / "sw.js").is_file()
    with CachingServer(SITE) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        step("measuring on this machine: bytes, start-up, long tasks, submit to result")
        results = {
            "machine": f"{subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores",
            "chromium": browser.version,
            "runs": RUNS,
            "build_s": round(statistics.median(builds), 2),
            "builds_s": [round(b, 2) for b in builds],
            "before_near": before_near(browser, server.url, offline),
            "startup": startup(browser, server.url, offline),
            "long_tasks_traced": traced_long_tasks(browser, server.url),
            "submit_to_result_ms": submit_times(browser, server.url),
        }
        browser.close()
    step("measuring on a pretend phone")
    results["phone"] = phone(SITE, offline)
    step("Lighthouse")
    with CachingServer(SITE) as server:
        results["lighthouse"] = {
            name: run_lighthouse(server.url + path, OUT / f"lighthouse-{name}.json", CHROMIUM)
            for name, path in (("home", ""), ("chapter", CHAPTER))
        }
    results["load_average"] = {"before": load_before, "after": load_average()}
    (OUT / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(write_report(results, OUT / "results.md"))


if __name__ == "__main__":
    main()
