"""The browser's words in Spanish: every t()/tn() string has a checked translation, the build
refuses one that has none, and only non-English pages carry a catalog."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from macros.browser_catalog import TEMPLATE, BrowserCatalogError, browser_catalogs, extract
from tests.conftest import ROOT

CATALOG = re.compile(r'<script id="closer-catalog" src="([^"]+)" defer></script>')
# The one file per language: a classic script that sets globalThis.closerCatalogs[lang].
_ASSIGNMENT = re.compile(r'^\(globalThis\.closerCatalogs \?\?= \{\}\)\["(\w+)"\] = (\{.*\});$', re.M)

PO_HEADER = """msgid ""
msgstr ""
"Language: es\\n"
"Plural-Forms: nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);\\n"
"Content-Type: text/plain; charset=utf-8\\n"

"""


def project(tmp_path: Path, js: str, po: str) -> Path:
    """A minimal project: one browser script and a Spanish catalog."""
    (tmp_path / "docs/assets/js/shared").mkdir(parents=True)
    (tmp_path / "docs/assets/js/shared/i18n.js").write_text(
        "export function t(message) { return message; }\n"
    )
    (tmp_path / "docs/assets/js/hello.js").write_text(js, encoding="utf-8")
    (tmp_path / "locale/es/LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locale/es/LC_MESSAGES/browser.po").write_text(PO_HEADER + po, encoding="utf-8")
    return tmp_path


def test_every_browser_string_has_a_spanish_translation() -> None:
    catalogs = browser_catalogs(ROOT)
    spanish = catalogs["es"]
    messages = extract(ROOT)
    assert len(messages) > 250, "the browser code's words are extracted"
    for message in messages:
        table = spanish["plurals"] if message.plural else spanish["messages"]
        assert message.english in table, message.where
    assert spanish["messages"]["Starting Python…"] == "Iniciando Python…"
    assert spanish["categories"] == {"one": 0, "many": 1, "other": 2}
    assert "en" not in catalogs, "English is the text itself: no catalog"


def test_the_committed_template_lists_exactly_the_strings_in_the_code() -> None:
    """locale/browser.pot is what a translator starts from: it must match the JavaScript."""
    with (ROOT / TEMPLATE).open("rb") as handle:
        template = read_po(handle)
    listed = {m.id[0] if isinstance(m.id, tuple) else m.id for m in template if m.id}
    assert listed == {m.english for m in extract(ROOT)}, "run `make catalogs`"


def test_a_string_with_no_translation_fails_naming_file_string_and_fix(tmp_path: Path) -> None:
    root = project(tmp_path, 'import { t } from "./shared/i18n.js";\n\nshow(t("Hello there"));\n', "")
    with pytest.raises(BrowserCatalogError) as failure:
        browser_catalogs(root)
    message = str(failure.value)
    assert (
        'docs/assets/js/hello.js:3: "Hello there" has no translation in locale/es/LC_MESSAGES/browser.po'
        in message
    )
    assert "Fix: run `make catalogs`" in message


def test_a_fuzzy_translation_fails_the_build(tmp_path: Path) -> None:
    po = '#, fuzzy\nmsgid "Hello there"\nmsgstr "Hola a todos"\n'
    root = project(tmp_path, 'show(t("Hello there"));\n', po)
    with pytest.raises(BrowserCatalogError, match='"Hello there" is marked fuzzy'):
        browser_catalogs(root)


def test_a_translation_that_loses_a_placeholder_fails_the_build(tmp_path: Path) -> None:
    po = 'msgid "Saved {date}."\nmsgstr "Guardado el {fecha}."\n'
    root = project(tmp_path, 'show(t("Saved {date}.", { date }));\n', po)
    with pytest.raises(BrowserCatalogError, match=r"English placeholders, unchanged \(\{date\}\)"):
        browser_catalogs(root)


def test_a_plural_needs_every_form(tmp_path: Path) -> None:
    po = (
        'msgid "{count} file"\nmsgid_plural "{count} files"\n'
        'msgstr[0] "{count} archivo"\nmsgstr[1] ""\nmsgstr[2] "{count} archivos"\n'
    )
    root = project(tmp_path, 'show(tn("{count} file", "{count} files", n));\n', po)
    with pytest.raises(BrowserCatalogError, match=re.escape('"{count} file" has no translation')):
        browser_catalogs(root)


def test_a_call_babel_cannot_read_fails_the_build(tmp_path: Path) -> None:
    root = project(tmp_path, "const words = 'Hello';\nshow(t(words));\n", "")
    with pytest.raises(BrowserCatalogError, match=r"hello.js:2: t\(\) is called with something other"):
        browser_catalogs(root)


def test_strings_inside_template_literals_are_extracted(tmp_path: Path) -> None:
    js = 'show(`${t("Hello there")} `);\n'
    po = 'msgid "Hello there"\nmsgstr "Hola"\n'
    catalog = browser_catalogs(project(tmp_path, js, po))["es"]
    assert catalog["messages"] == {"Hello there": "Hola"}


def test_english_pages_carry_no_catalog_but_name_their_language(site_dir: Path) -> None:
    for page in ("index.html", "chapters/vulnerability/index.html", "your-answers/index.html"):
        text = (site_dir / page).read_text(encoding="utf-8")
        assert 'id="closer-catalog"' not in text, page
        assert '<meta name="closer-language" content="en">' in text, page


def test_spanish_pages_load_the_compiled_catalog_from_one_file(site_dir: Path) -> None:
    page = site_dir / "es/index.html"
    if not page.is_file():
        pytest.skip("site/es/ is not built yet (the Spanish pages come with mkdocs-static-i18n)")
    for page in (site_dir / "es/index.html", site_dir / "es/chapters/vulnerability/index.html"):
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        found = CATALOG.search(head)
        assert found, "the catalog's script is in the head (instant navigation swaps the head with the page)"
        script = (page.parent / html.unescape(found.group(1))).resolve()
        assert script == (site_dir / "es/closer-catalog.js").resolve(), "one file for every Spanish page"
        assert '<meta name="closer-language" content="es">' in head
        # Not inline: a page carries no catalog of its own (it is 12 KB gzip a page).
        assert '"messages"' not in page.read_text(encoding="utf-8")
    assigned = _ASSIGNMENT.search(script.read_text(encoding="utf-8"))
    assert assigned and assigned.group(1) == "es"
    assert json.loads(assigned.group(2)) == browser_catalogs(ROOT)["es"]


def test_the_site_build_fails_on_an_untranslated_browser_string(tmp_path: Path) -> None:
    """The real `mkdocs build`, on a copy of the project whose code has one new sentence."""
    for part in ("docs", "macros", "locale"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "worksheets").symlink_to(ROOT / "worksheets")  # mkdocs.yml watches it
    notices = tmp_path / "docs/assets/js/worksheet/notices.js"
    english = 't("From an earlier version of this worksheet")'
    lines = notices.read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(lines, 1) if english in text)
    notices.write_text(
        notices.read_text(encoding="utf-8").replace(
            english, 't("From a much earlier version of this worksheet")'
        ),
        encoding="utf-8",
    )
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode != 0
    where = f"docs/assets/js/worksheet/notices.js:{line}"
    assert f'{where}: "From a much earlier version of this worksheet" has no translation' in build.stderr
    assert not (tmp_path / "site/index.html").exists()
