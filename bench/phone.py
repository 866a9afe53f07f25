"""A phone, as far as one machine can pretend: a slow CPU for the whole browser and a mobile network.

CPU: CDP's `Emulation.setCPUThrottlingRate` slows a page's main thread but hardly a worker (4x
slowed the main thread 4.3x and the worker 1.1x here), so Python's start would look phone-fast.
Instead the whole browser runs in a cgroup (v1 `cpu.cfs_quota_us`, or v2 `cpu.max`) limited to a
quarter of one core: every thread of every process together gets 25 ms of CPU per 100 ms. The
page's main thread is throttled 4x by CDP as well, for the long-task figures.

Network: 10 Mbit/s and 40 ms latency, applied by the benchmark's server to every response, so
the page, the worker and the service worker all see the same slow network (CDP's network
emulation is set per target and does not reach a service worker).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CPU_FRACTION = 0.25
PERIOD_US = 100_000
MBIT_PER_S = 10
LATENCY_S = 0.040
CHROMIUM = "/usr/bin/chromium"


def _cgroup_dir() -> tuple[Path, str] | None:
    v1 = Path("/sys/fs/cgroup/cpu")
    if (v1 / "cpu.cfs_quota_us").exists() and os.access(v1, os.W_OK):
        return v1, "v1"
    v2 = Path("/sys/fs/cgroup")
    if (v2 / "cgroup.controllers").exists() and "cpu" in (v2 / "cgroup.controllers").read_text():
        return v2, "v2"
    return None


@contextmanager
def cpu_limited_chromium() -> Iterator[tuple[str, str]]:
    """Yield (executable, description): a wrapper that starts Chromium inside a CPU-limited cgroup,
    or Chromium itself with a description saying the limit could not be applied."""
    found = _cgroup_dir()
    if found is None:
        yield CHROMIUM, "CPU not limited (no writable cgroup here)"
        return
    root, kind = found
    group = root / f"closer-bench-{os.getpid()}"
    group.mkdir(exist_ok=True)
    quota = int(PERIOD_US * CPU_FRACTION)
    try:
        if kind == "v1":
            (group / "cpu.cfs_period_us").write_text(str(PERIOD_US))
            (group / "cpu.cfs_quota_us").write_text(str(quota))
        else:
            (group / "cpu.max").write_text(f"{quota} {PERIOD_US}")
        folder = Path(tempfile.mkdtemp(prefix="closer-bench-"))
        wrapper = folder / "chromium"
        wrapper.write_text(f'#!/bin/sh\necho $$ > {group}/cgroup.procs\nexec {CHROMIUM} "$@"\n')
        wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
        yield str(wrapper), f"whole browser limited to {CPU_FRACTION:g} of one core (cgroup {kind})"
    finally:
        shutil.rmtree(folder, ignore_errors=True) if "folder" in locals() else None
        for _ in range(50):  # the browser's processes leave the group as they exit
            try:
                group.rmdir()
                break
            except OSError:
                time.sleep(0.2)


class Throttle:
    """One shared link: every response, whoever asked, waits its latency and shares the bandwidth."""

    def __init__(self, mbit_per_s: float = MBIT_PER_S, latency_s: float = LATENCY_S) -> None:
        self.bytes_per_s = mbit_per_s * 1_000_000 / 8
        self.latency_s = latency_s
        self.lock = threading.Lock()
        self.free_at = 0.0

    def wait_latency(self) -> None:
        time.sleep(self.latency_s)

    def send(self, write, data: bytes, chunk: int = 16_384) -> None:
        for start in range(0, len(data), chunk):
            piece = data[start : start + chunk]
            with self.lock:
                begin = max(time.monotonic(), self.free_at)
                self.free_at = begin + len(piece) / self.bytes_per_s
            delay = self.free_at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            write(piece)
