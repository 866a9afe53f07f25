"""Lighthouse (npm `lighthouse`, pinned in package.json) on a served page, in Debian's Chromium.

Lighthouse's default run: a mid-range phone on a slow 4G connection (simulated), a fresh profile.
Returns the four category scores (0-100) and every audit that lost points, by id.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
    "--disable-component-update --disable-sync --disable-dev-shm-usage"
)


def failing_audits(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Audits counted in a category's score that scored below 0.9 (Lighthouse's own 'pass')."""
    audits = report["audits"]
    found = []
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref.get("weight", 0) > 0 and audit["score"] is not None and audit["score"] < 0.9:
                found.append(
                    {
                        "category": category,
                        "id": ref["id"],
                        "title": audit["title"],
                        "score": audit["score"],
                        "value": audit.get("displayValue", ""),
                    }
                )
    return found


def run_lighthouse(url: str, out: Path, chromium: str) -> dict[str, Any]:
    if not CLI.is_file():
        raise SystemExit(f"{CLI} is missing: run `npm ci` (or `make setup`).")
    command = [
        "node",
        str(CLI),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    done = subprocess.run(
        command,
        env={**os.environ, "CHROME_PATH": chromium},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0 or not out.is_file():
        raise RuntimeError(f"lighthouse failed for {url}: {done.stderr[-1500:]}")
    report = json.loads(out.read_text(encoding="utf-8"))
    return {
        "url": url,
        "lighthouse": report["lighthouseVersion"],
        "scores": {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES},
        "failing": failing_audits(report),
    }
