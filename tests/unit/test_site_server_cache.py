"""The test server's cache policy (tests/browser/server.py): files are reused as a real host
lets browsers reuse them, except what a test may change under a running page."""

from __future__ import annotations

import pytest

from tests.browser.server import ASK_AGAIN, IMMUTABLE, SHORT, cache_control


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/sw.js", ASK_AGAIN),  # a new deployment's worker is found at once
        ("/es/sw.js", ASK_AGAIN),
        ("/chapters/repair/", ASK_AGAIN),  # pages: a test may deploy a new version
        ("/404.html", ASK_AGAIN),
        ("/assets/javascripts/bundle.13a4f30d.min.js", IMMUTABLE),
        ("/assets/pyodide/314.0.7/pyodide.asm.wasm", IMMUTABLE),
        ("/assets/js/main.js", SHORT),  # our modules: 10 minutes, as GitHub Pages
        ("/search/search_index.json", SHORT),
    ],
)
def test_each_file_is_reused_as_a_host_lets_it_be(path: str, expected: str) -> None:
    assert cache_control(path, pages=ASK_AGAIN) == expected


def test_the_benchmark_reuses_pages_as_a_host_does() -> None:
    assert cache_control("/chapters/repair/") == SHORT
    assert cache_control("/sw.js") == ASK_AGAIN
