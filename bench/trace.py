"""Where the longest main-thread task of a page load goes, from a Chromium performance trace.

The page's renderer main thread is found by the trace event that evaluates Material's bundle;
each top-level task over 50 ms is split into script (by file), style, layout, paint and parsing.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from playwright.sync_api import Browser

CATEGORIES = ["devtools.timeline", "toplevel", "v8.execute", "disabled-by-default-devtools.timeline"]
PARTS = {
    "UpdateLayoutTree": "style",
    "Layout": "layout",
    "PrePaint": "paint",
    "Paint": "paint",
    "Layerize": "paint",
    "ParseHTML": "HTML parsing",
    "ParseAuthorStyleSheet": "CSS parsing",
    "MinorGC": "garbage collection",
    "MajorGC": "garbage collection",
}


def _script_name(event: dict[str, Any]) -> str | None:
    data = event.get("args", {}).get("data", {})
    if event["name"] == "EvaluateScript":
        return data.get("url", "").rsplit("/", 1)[-1] or "inline script"
    if event["name"] == "FunctionCall":
        where = data.get("url", "").rsplit("/", 1)[-1] or "inline script"
        return f"{where} ({data.get('functionName') or 'anonymous'})"
    if event["name"] in ("v8.evaluateModule", "v8.compileModule"):
        return "module scripts"
    return None


def long_tasks(events: list[dict[str, Any]], threshold_ms: float = 50) -> list[dict[str, Any]]:
    pids = {e["pid"] for e in events if e.get("name") == "EvaluateScript" and "bundle." in str(e.get("args"))}
    threads = {
        (e["pid"], e["tid"])
        for e in events
        if e.get("name") == "thread_name" and e["args"]["name"] == "CrRendererMain" and e["pid"] in pids
    }
    on_main = [e for e in events if (e["pid"], e["tid"]) in threads and e.get("ph") == "X"]
    tasks = [e for e in on_main if e["name"] == "RunTask" and e.get("dur", 0) > threshold_ms * 1000]
    found = []
    for task in sorted(tasks, key=lambda t: -t["dur"]):
        inside = [e for e in on_main if task["ts"] <= e["ts"] < task["ts"] + task["dur"] and e is not task]
        parts: Counter[str] = Counter()
        scripts: Counter[str] = Counter()
        for event in inside:
            if event["name"] in PARTS:
                parts[PARTS[event["name"]]] += event.get("dur", 0) / 1000
            name = _script_name(event)
            if name and event["name"] != "v8.compileModule":
                scripts[name] += event.get("dur", 0) / 1000
        found.append(
            {
                "ms": round(task["dur"] / 1000),
                "scripts": {k: round(v) for k, v in scripts.most_common(3)},
                "parts": {k: round(v) for k, v in parts.most_common()},
            }
        )
    return found


def trace_load(browser: Browser, url: str, viewport: dict[str, int]) -> list[dict[str, Any]]:
    """Load `url` in a fresh context (cold cache, no service worker) under the tracer."""
    context = browser.new_context(viewport=viewport, service_workers="block")
    page = context.new_page()
    browser.start_tracing(page=page, categories=CATEGORIES)
    page.goto(url, wait_until="networkidle")
    events = json.loads(browser.stop_tracing())["traceEvents"]
    context.close()
    return long_tasks(events)
