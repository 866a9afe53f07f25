"""Shared fixtures: the project's paths and the built site."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# CLOSER_SITE lets a contributor test a site built elsewhere (e.g. mkdocs build -d /tmp/x).
SITE = Path(os.environ.get("CLOSER_SITE", ROOT / "site"))


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The site built by `make site` (which `make test` runs first)."""
    if not (SITE / "index.html").is_file():
        pytest.fail("site/ is not built: run `make test` (it builds first) or `make site`.")
    return SITE
