"""Shared fixtures (the project's paths and the built site) and the tier markers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests import stuck

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
# CLOSER_SITE lets a contributor test a site built elsewhere (e.g. mkdocs build -d /tmp/x).
SITE = Path(os.environ.get("CLOSER_SITE", ROOT / "site"))


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The site built by `make site` (which `make test` runs first)."""
    if not (SITE / "index.html").is_file():
        pytest.fail("site/ is not built: run `make test` (it builds first) or `make site`.")
    return SITE


#: A browser test that fails is run once more before the run counts it as failed. On a loaded
#: 2-core CI machine a page can, rarely, miss a wait that passes in every run here (one such
#: failure stopped a whole submission, with no output kept to say which test). A test that fails
#: twice fails the run; one that passed on its second try is listed by name at the end of the run
#: ("rerun" in the summary, and the RERUN lines of `-rR`), to be looked into, not forgotten.
BROWSER_RERUNS = 1

#: Each folder under tests/ is a tier, selected with `-m`, e.g. `pytest -m "not browser"`.
TIERS = ("unit", "build", "content", "pyodide", "browser")


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects anything
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test with its tier by path: a module-level `pytestmark` in a conftest would
    apply to nothing, and a mark by path cannot be forgotten in a new test file."""
    for item in items:
        parts = item.path.relative_to(TESTS).parts if item.path.is_relative_to(TESTS) else ()
        if parts and parts[0] in TIERS:
            item.add_marker(parts[0])
        if parts and parts[0] == "browser":
            item.add_marker(pytest.mark.flaky(reruns=BROWSER_RERUNS))


def pytest_configure(config: pytest.Config) -> None:
    stuck.report_dir()  # made before any test worker starts, so that they all share it


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    # A rerun that then passed shows only its name in `-rR`; its first failure is what tells a
    # flaky test's cause, and a CI log may be the only record of it.
    for report in terminalreporter.stats.get("rerun", []):
        terminalreporter.section(f"first try of a rerun test: {report.nodeid}", sep="-")
        terminalreporter.write_line(report.longreprtext or "(no failure text was kept)")
    for report in stuck.reports():
        terminalreporter.section("stuck test", sep="!")
        terminalreporter.write(report)


def pytest_unconfigure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput"):  # the controlling process, after every worker ended
        shutil.rmtree(stuck.report_dir(), ignore_errors=True)
