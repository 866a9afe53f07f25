"""What Material's page features cost the main thread on a phone (issue 14): a chapter loaded and
scrolled top to bottom at 360x740 with the CPU slowed 4x, once per variant of the built site.

A variant is a copy of site/ whose pages name fewer features in Material's __config (no rebuild
needed: the theme reads them at run time), or whose stylesheet adds CSS containment. Figures are
Chromium's own main-thread counters (CDP Performance.getMetrics) and the long tasks the page saw.

Not a test. Run: .venv/bin/python bench/features.py [runs]   (writes bench/out/features.md)
"""

from __future__ import annotations

import json
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, LAUNCH_ARGS  # noqa: E402
from tests.browser.server import SiteServer  # noqa: E402

CHAPTER = "chapters/understanding-emotional-intimacy/"
OUT = ROOT / "bench" / "out"
FEATURES = re.compile(r'("features": )(\[[^\]]*\])')
# Each off-screen block of a chapter is laid out only when it comes near (a guess of its height
# keeps the scroll bar steady); what containment would buy on a long chapter.
CONTAINMENT = "\n.md-typeset > :is(p, ul, ol, table, .admonition, details, form) " + (
    "{ content-visibility: auto; contain-intrinsic-size: auto 6rem; }\n"
)

VARIANTS: dict[str, dict[str, object]] = {
    "as built": {},
    "without navigation.tracking": {"drop": ["navigation.tracking"]},
    "without toc.follow": {"drop": ["toc.follow"]},
    "without instant navigation": {"drop": ["navigation.instant", "navigation.instant.progress"]},
    "without all three": {
        "drop": ["navigation.tracking", "toc.follow", "navigation.instant", "navigation.instant.progress"]
    },
    "as built + CSS containment": {"css": CONTAINMENT},
}

WATCH = """
window.__tasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__tasks.push(e.duration);
}).observe({ type: "longtask", buffered: true });
"""

METRICS = ("TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration")


def make_variant(site: Path, into: Path, drop: list[str], css: str) -> Path:
    shutil.copytree(site, into, ignore=shutil.ignore_patterns("print", "pyodide"))
    for page in into.rglob("*.html"):
        text = page.read_text(encoding="utf-8")

        def keep(match: re.Match[str]) -> str:
            features = [f for f in json.loads(match.group(2)) if f not in drop]
            return match.group(1) + json.dumps(features)

        page.write_text(FEATURES.sub(keep, text, count=1), encoding="utf-8")
    if css:
        sheet = into / "assets" / "css" / "closer.css"
        sheet.write_text(sheet.read_text(encoding="utf-8") + css, encoding="utf-8")
    return into


def metrics(cdp) -> dict[str, float]:
    found = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return {name: found.get(name, 0.0) for name in METRICS}


def measure(browser: Browser, url: str) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 360, "height": 740}, service_workers="block")
    # Python's start is not what is measured here: no worker may start.
    context.route("**/pyodide/**", lambda route: route.abort())
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    page.add_init_script(WATCH)
    page.goto(url + CHAPTER, wait_until="load")
    page.wait_for_load_state("networkidle")
    loaded = metrics(cdp)
    height = page.evaluate("() => document.documentElement.scrollHeight")
    for _ in range(0, height, 600):
        page.mouse.wheel(0, 600)
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    scrolled = metrics(cdp)
    tasks = page.evaluate("() => window.__tasks")
    context.close()
    row = {f"load {k}": v * 1000 for k, v in loaded.items()}
    row.update({f"scroll {k}": (scrolled[k] - loaded[k]) * 1000 for k in METRICS})
    row["longest task"] = max(tasks, default=0.0)
    row["long tasks"] = float(len(tasks))
    return row


def main(runs: int) -> None:
    site = ROOT / "site"
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        for name, spec in VARIANTS.items():
            folder = make_variant(
                site,
                Path(tmp) / re.sub(r"\W+", "-", name),
                list(spec.get("drop", [])),
                str(spec.get("css", "")),
            )
            with SiteServer(folder) as server:
                rows = [measure(browser, server.url) for _ in range(runs)]
            results[name] = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
            print(name, {k: round(v) for k, v in results[name].items()}, flush=True)
        browser.close()
    OUT.mkdir(parents=True, exist_ok=True)
    columns = [
        "load TaskDuration",
        "load LayoutDuration",
        "scroll TaskDuration",
        "scroll ScriptDuration",
        "scroll LayoutDuration",
        "scroll RecalcStyleDuration",
        "longest task",
        "long tasks",
    ]
    lines = [
        f"Chapter load and scroll at 360x740, CPU 4x slower, median of {runs} (ms; counts)",
        "",
        "| variant | " + " | ".join(columns) + " |",
        "|---" * (len(columns) + 1) + "|",
    ]
    for name, row in results.items():
        lines.append(f"| {name} | " + " | ".join(f"{row[c]:.0f}" for c in columns) + " |")
    (OUT / "features.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
