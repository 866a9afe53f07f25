"""A stuck test ends its process instead of holding the whole run until CI's limit, and says
where it was stuck.

Some Playwright waits (page.evaluate on a promise, page.close) have no timeout of their own. A
test running longer than STUCK_AFTER_S has every thread's stack written to a report file, and its
process exits: pytest-xdist then reports that test as failed by name ("worker crashed while
running …") and carries on with a new worker, and the summary at the end prints the report
(workers' own stderr is not shown)."""

from __future__ import annotations

import faulthandler
import os
import tempfile
from pathlib import Path
from typing import TextIO

#: The longest real browser test takes about a minute on a busy machine, the first on a worker
#: (which makes the Python snapshot) about two.
STUCK_AFTER_S = 300
ENV = "CLOSER_STUCK_REPORTS"
MARK = "Stuck for over"


def report_dir() -> Path:
    """The folder the run's processes share: made by the first (controlling) process, inherited
    by test workers through the environment."""
    if ENV not in os.environ:
        os.environ[ENV] = tempfile.mkdtemp(prefix="closer-stuck-")
    return Path(os.environ[ENV])


class StuckWatch:
    def __init__(self) -> None:
        self.file: TextIO | None = None

    def start(self, nodeid: str) -> None:
        if self.file is None:
            name = os.environ.get("PYTEST_XDIST_WORKER", "main")
            self.file = (report_dir() / f"{name}.txt").open("w+", encoding="utf-8")
        self.file.seek(0)
        self.file.truncate()
        self.file.write(f"{MARK} {STUCK_AFTER_S} s: {nodeid}\n")
        self.file.flush()
        faulthandler.dump_traceback_later(STUCK_AFTER_S, exit=True, file=self.file)

    def stop(self) -> None:
        faulthandler.cancel_dump_traceback_later()
        if self.file is not None:
            self.file.seek(0)
            self.file.truncate()
            self.file.flush()


def reports() -> list[str]:
    """The stacks of every test that was stuck in this run."""
    found = []
    for path in sorted(report_dir().glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.startswith(MARK) and "Thread 0x" in text:
            found.append(text)
    return found
