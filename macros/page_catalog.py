"""The words macros and templates add to pages, in each language: gettext catalogs made with Babel.

The English text is the key: macros/*.py mark it with `_("…")`, `ngettext("…", "…", n)` or
`N_("…")` (a constant translated where it is used), and docs/overrides/**/*.html with
`{{ _("…") }}`. A language's translations are `locale/<lang>/LC_MESSAGES/pages.po`.

Every build extracts the messages from those sources and checks each language's catalog: a
message missing from it, left empty, marked fuzzy, or whose `{placeholders}` differ from the
English fails the build, naming the file and the fix. The catalog is then compiled in memory
(Babel writes the .mo bytes, the standard library's gettext reads them).

`make catalogs` brings every pages.po up to date with the
sources: new messages come in empty for a translator, changed ones as fuzzy.
"""

from __future__ import annotations

import gettext
import io
import re
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

DOMAIN = "pages"
SOURCE_LANGUAGE = "en"
PROJECT = Path(__file__).resolve().parent.parent
# (folder, Babel method map): the Python macros, and the theme overrides (Jinja templates).
SOURCES = (
    ("macros", [("print/**", "ignore"), ("**.py", "python")]),
    ("docs/overrides", [("**.html", "jinja2.ext:babel_extract")]),
)
KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2)}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class PageCatalogError(ValueError):
    """A language's pages.po lacks a message the pages use, or an entry is not ready."""


def po_path(project: Path, language: str) -> Path:
    return project / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract(project: Path = PROJECT) -> Catalog:
    """Every message the macros and templates can show, as a template catalog."""
    template = Catalog(domain=DOMAIN, project="Closer", fuzzy=False)
    for folder, method_map in SOURCES:
        found = extract_from_dir(
            str(project / folder), method_map, keywords=KEYWORDS, comment_tags=("Translators:",)
        )
        for filename, lineno, message, comments, context in found:
            location = (f"{folder}/{filename}", lineno)
            template.add(message, None, [location], auto_comments=comments, context=context)
    return template


def _texts(value: str | tuple[str, ...] | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def problems(template: Catalog, catalog: Catalog) -> list[str]:
    """Each message of `template` that `catalog` does not translate, fit to ship, in plain words."""
    found = []
    for message in template:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        entry = catalog.get(message.id, message.context)
        if entry is None:
            found.append(f"missing: {key!r}")
        elif entry.fuzzy:
            found.append(f"fuzzy (check it, then remove the '#, fuzzy' line): {key!r}")
        elif not all(_texts(entry.string)) or not _texts(entry.string):
            found.append(f"not translated (empty msgstr): {key!r}")
        else:
            wanted = {name for text in _texts(message.id) for name in _PLACEHOLDER.findall(text)}
            given = {name for text in _texts(entry.string) for name in _PLACEHOLDER.findall(text)}
            if given - wanted:
                found.append(f"unknown placeholder(s) {sorted(given - wanted)} in the translation of {key!r}")
    return found


def read(path: Path, language: str) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def compile_checked(project: Path, language: str, template: Catalog) -> gettext.GNUTranslations:
    """`language`'s checked catalog, compiled; PageCatalogError names the file and the fix."""
    path = po_path(project, language)
    fix = "Run `make catalogs` to bring it up to date, then write each missing msgstr."
    if not path.is_file():
        raise PageCatalogError(f"{path.relative_to(project)}: missing for language {language!r}. {fix}")
    catalog = read(path, language)
    found = problems(template, catalog)
    if found:
        raise PageCatalogError(
            f"{path.relative_to(project)}: {len(found)} message(s) the pages show are not ready:\n  "
            + "\n  ".join(found)
            + f"\n{fix}"
        )
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@cache
def _checked(project: Path, languages: tuple[str, ...]) -> dict[str, gettext.NullTranslations]:
    template = extract(project)
    loaded: dict[str, gettext.NullTranslations] = {SOURCE_LANGUAGE: gettext.NullTranslations()}
    for language in languages:
        if language != SOURCE_LANGUAGE:
            loaded[language] = compile_checked(project, language, template)
    return loaded


def translations(languages: Iterable[str], project: Path = PROJECT) -> dict[str, gettext.NullTranslations]:
    """Each language's page words, checked once per process (a serve rebuild re-reads changed files)."""
    return _checked(project, tuple(sorted(set(languages))))


def forget() -> None:
    """Drop the checked catalogs (after the sources or a .po changed: `mkdocs serve`, tests)."""
    _checked.cache_clear()


def update(project: Path = PROJECT) -> list[Path]:
    """Bring every locale/<lang>/LC_MESSAGES/pages.po up to date with the sources."""
    template = extract(project)
    written = []
    for folder in sorted((project / "locale").iterdir()):
        path = po_path(project, folder.name)
        if not folder.is_dir() or folder.name == SOURCE_LANGUAGE:
            continue
        catalog = read(path, folder.name) if path.is_file() else Catalog(locale=folder.name, domain=DOMAIN)
        catalog.update(template, update_header_comment=False)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, include_lineno=False, ignore_obsolete=True)
        written.append(path)
    return written


def main() -> None:
    for path in update():
        print(f"updated {path.relative_to(PROJECT)}", file=sys.stderr)
