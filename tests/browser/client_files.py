"""Client answers files as a client's device exports them, for the therapist's caseload: the
caseload tests, the homework-plan test and the screenshot tool (bench/screens_scenes.py) open
the same three clients, so they are written here once."""

from __future__ import annotations

import json
from pathlib import Path

# The check-in's themes, as its history records them.
KEYS = ("challenges", "communication", "empathy", "listening", "time", "vulnerability")


def client_file(path: Path, days: list[str], start: float) -> Path:
    """A file with one check-in record whose history has one entry a day in `days`; every theme
    starts at `start` and rises by one a check-in (at most 5), so a chart has a line to draw."""
    history = [{"date": d, "themes": {k: min(5.0, start + i) for k in KEYS}} for i, d in enumerate(days)]
    when = f"{days[-1]}T10:00:00Z"
    record = {"worksheet": "checkin", "version": 2, "answers": {"history": history}, "updated": when}
    data = {"format": "closer-answers", "version": 1, "exported": when, "records": [record]}
    path.write_text(json.dumps(data))
    return path


def three_client_files(folder: Path) -> list[Path]:
    """Three clients: two check-ins, three check-ins (the second client), and one."""
    return [
        client_file(folder / "a.json", ["2026-10-01", "2026-11-01"], 2),
        client_file(folder / "b.json", ["2026-09-01", "2026-10-01", "2026-11-01"], 1),
        client_file(folder / "c.json", ["2026-11-20"], 3),
    ]
