"""Benchmark: what a reader waits for, measured in Debian's Chromium against the built site on
loopback. Writes bench/out/results.json and bench/out/results.md (quoted in the README).

Not a test: figures vary with the machine. Run with `make bench`.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, LAUNCH_ARGS  # noqa: E402
from tests.browser.server import SiteServer  # noqa: E402
from worksheets import all_worksheets  # noqa: E402

RUNS = 5
OUT = ROOT / "bench" / "out"
CHAPTER = "chapters/understanding-emotional-intimacy/"

WATCH = """
window.__longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
}).observe({ type: "longtask", buffered: true });
"""

READY_AFTER_NEAR = """async (id) => {
  const form = document.querySelector(`form[data-worksheet="${id}"]`);
  const region = form.querySelector("[data-worksheet-result]");
  const started = performance.now();
  form.scrollIntoView();
  await new Promise((resolve) => {
    const done = () => region.dataset.state === "idle" && resolve();
    new MutationObserver(done).observe(region, { attributes: true });
    done();
  });
  return performance.now() - started;
}"""

SUBMIT_TO_RESULT = """async (id) => {
  const form = document.querySelector(`form[data-worksheet="${id}"]`);
  const region = form.querySelector("[data-worksheet-result]");
  delete region.dataset.state;
  const started = performance.now();
  form.querySelector('button[type="submit"]').click();
  await new Promise((resolve) => {
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


def median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def build_time() -> list[float]:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(OUT / "site")],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - started)
    return times


def before_near(browser: Browser, url: str) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(url + CHAPTER, wait_until="networkidle")
    page.wait_for_timeout(500)
    figures = page.evaluate(BYTES)
    context.close()
    return figures


def startup(browser: Browser, url: str) -> dict:
    cold, warm, longest = [], [], []
    for _ in range(RUNS):
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        context.add_init_script(WATCH)
        page = context.new_page()
        for bucket in (cold, warm):  # the second load in the same context has a warm HTTP cache
            page.goto(url + CHAPTER, wait_until="networkidle")
            bucket.append(page.evaluate(READY_AFTER_NEAR, "checkin"))
            longest.append(page.evaluate("window.__longest"))
        context.close()
    return {"cold_ms": median(cold), "warm_ms": median(warm), "longest_task_ms": max(longest)}


def fill_from_example(page: Page, sheet) -> None:
    key = page.evaluate(
        "([id, v]) => `closer:${new URL('./', location.origin + '/').pathname}:${id}:v${v}`",
        [sheet.id, sheet.version],
    )
    record = {
        "format": 1,
        "worksheet": sheet.id,
        "version": sheet.version,
        "profile": "self",
        "answers": sheet.examples[0],
        "updated": "2026-11-26T00:00:00Z",
    }
    page.evaluate("([k, r]) => localStorage.setItem(k, JSON.stringify(r))", [key, record])


def submit_times(browser: Browser, url: str) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    figures = {}
    for sheet in all_worksheets():
        page.goto(url + f"chapters/{sheet.chapter}/")
        fill_from_example(page, sheet)
        page.reload(wait_until="networkidle")
        page.evaluate(READY_AFTER_NEAR, sheet.id)
        runs = [page.evaluate(SUBMIT_TO_RESULT, sheet.id) for _ in range(RUNS)]
        assert all(r["state"] == "ready" for r in runs), (sheet.id, runs)
        figures[sheet.id] = median([r["ms"] for r in runs])
    context.close()
    return figures


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    builds = build_time()
    with SiteServer(OUT / "site") as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        results = {
            "machine": f"{subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores",
            "chromium": browser.version,
            "runs": RUNS,
            "build_s": round(statistics.median(builds), 2),
            "before_near": before_near(browser, server.url),
            "startup": startup(browser, server.url),
            "submit_to_result_ms": submit_times(browser, server.url),
        }
        browser.close()
    (OUT / "results.json").write_text(json.dumps(results, indent=2))
    bn, st = results["before_near"], results["startup"]
    rows = [
        ("Full site build (`mkdocs build --strict`, median of 3)", f"{results['build_s']} s", "< 10 s"),
        (
            "Chapter page: bytes loaded before the worksheet is near",
            f"{bn['total'] / 1024:.0f} KiB in {bn['requests']} requests",
            "",
        ),
        ("… of which Pyodide", f"{bn['pyodide']} bytes", "0"),
        ("Worksheet near → Python ready, cold cache (median)", f"{st['cold_ms']:.0f} ms", ""),
        ("Worksheet near → Python ready, warm cache (median)", f"{st['warm_ms']:.0f} ms", ""),
        ("Longest main-thread task during start-up", f"{st['longest_task_ms']:.0f} ms", "< 50 ms"),
    ]
    rows += [
        (f"Submit → result: `{k}` (median)", f"{v:.1f} ms", "< 100 ms")
        for k, v in results["submit_to_result_ms"].items()
    ]
    table = ["| what | measured | budget |", "|---|---|---|", *(f"| {a} | {b} | {c} |" for a, b, c in rows)]
    header = f"Chromium {results['chromium']}, {results['machine']}, site on 127.0.0.1, {RUNS} runs each.\n\n"
    (OUT / "results.md").write_text(header + "\n".join(table) + "\n")
    print(header + "\n".join(table))


if __name__ == "__main__":
    main()
