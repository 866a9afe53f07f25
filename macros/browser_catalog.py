"""The browser's words in other languages: gettext catalogs, extracted and compiled by Babel.

Every `t("English")` and `tn("one", "many", n)` call in docs/assets/js is a message (the English
text is its id). `python -m macros.update_browser_catalog` writes them to locale/browser.pot and merges
that into each locale/<lang>/LC_MESSAGES/browser.po, where a translator fills them in. The build
reads the messages from the JavaScript itself (so a new string cannot slip past a stale .pot),
fails on any with no translation, a fuzzy one or a placeholder the translation lost, and hands
each language's catalog on as data, written once per language as <lang>/closer-catalog.js
(macros/catalog_scripts.py, which says why one file serves every use; read by
docs/assets/js/shared/i18n.js).
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

SOURCES = Path("docs/assets/js")
TEMPLATE = Path("locale/browser.pot")
DOMAIN = "browser"
KEYWORDS: dict[str, Any] = {"t": None, "tn": (1, 2), "tParts": None, "tnParts": (1, 2)}
# A call whose first argument is not written out as text cannot be extracted: it would stay English.
_DYNAMIC_CALL = re.compile(r"(?<![\w.$])(t|tn|tParts|tnParts)\(\s*(?![\s\"')])")
DEFINITIONS = SOURCES / "shared" / "i18n.js"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
FIX = "run `make catalogs` (it adds new strings to the .po files), then translate"


class BrowserCatalogError(RuntimeError):
    """A browser string has no usable translation; the message names file, string and fix."""


@dataclass(frozen=True)
class Message:
    english: str
    plural: str | None
    where: str  # "docs/assets/js/worksheet/clear.js:60"


def extract(project: Path) -> list[Message]:
    """Every t()/tn() message in the browser code, first place it appears, in source order."""
    sources = project / SOURCES
    problems = [
        f"{path.relative_to(project)}:{text[: match.start()].count(chr(10)) + 1}: "
        f"{match.group(1)}() is called with something other than the English text itself; "
        "Babel cannot extract it. Write the sentence in the call, with {placeholders}."
        for path in sorted(sources.rglob("*.js"))
        if path != project / DEFINITIONS
        for text in [path.read_text(encoding="utf-8")]
        for match in _DYNAMIC_CALL.finditer(text)
    ]
    if problems:
        raise BrowserCatalogError("\n".join(problems))
    found: dict[str, Message] = {}
    for filename, lineno, text, _comments, _context in extract_from_dir(
        str(sources),
        method_map=[("**.js", "javascript")],
        # t() inside a template literal's ${…} is a message too.
        options_map={"**.js": {"parse_template_string": "true"}},
        keywords=KEYWORDS,
        comment_tags=("translators:",),
    ):
        english, plural = (text[0], text[1]) if isinstance(text, tuple) else (text, None)
        if english and english not in found:
            found[english] = Message(english, plural, f"{SOURCES / filename}:{lineno}")
    return list(found.values())


def catalog_paths(project: Path) -> dict[str, Path]:
    return {
        po.parent.parent.name: po for po in sorted((project / "locale").glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    }


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def _keeps_placeholders(english: list[str], forms: list[str]) -> bool:
    """A sentence keeps its placeholders; a plural form may leave out the count ("one answer")."""
    if len(english) == 1:
        return _placeholders(forms[0]) == _placeholders(english[0])
    allowed = _placeholders(english[0]) | _placeholders(english[1])
    return all(_placeholders(form) <= allowed for form in forms)


def _categories(locale: str, plural_expr: str, count: int) -> dict[str, int]:
    """Which gettext form each CLDR plural category uses (Intl.PluralRules names the category)."""
    rule = Locale.parse(locale).plural_form
    form = gettext.c2py(plural_expr)
    chosen: dict[str, int] = {}
    for n in [*range(0, 1001), 10**6, 2 * 10**6, 10**7]:
        category, index = rule(n), form(n)
        if chosen.setdefault(category, index) != index or index >= count:
            raise BrowserCatalogError(
                f"locale/{locale}/LC_MESSAGES/{DOMAIN}.po: its Plural-Forms do not follow the language's "
                f"plural categories (for {n}: form {index}, category {category}). Fix: set the header "
                "to Babel's for the language (`pybabel init` writes it)."
            )
    return chosen


def compile_catalog(project: Path, locale: str, po_path: Path, messages: list[Message]) -> dict[str, Any]:
    """The catalog as the page carries it; raises on any message it cannot translate."""
    with po_path.open("rb") as handle:
        po = read_po(handle, locale=locale, domain=DOMAIN)
    where = po_path.relative_to(project)
    problems: list[str] = []
    compiled: dict[str, Any] = {"messages": {}, "plurals": {}, "categories": {}}
    for message in messages:
        entry = po.get(message.english)
        english = [message.english, message.plural] if message.plural else [message.english]
        forms = list(entry.string) if entry and isinstance(entry.string, tuple) else [entry and entry.string]
        if entry is None or not all(forms):
            problems.append(f'{message.where}: "{message.english}" has no translation in {where}.')
        elif entry.fuzzy:
            problems.append(f'{message.where}: "{message.english}" is marked fuzzy in {where}: check it.')
        elif message.plural and not isinstance(entry.string, tuple):
            problems.append(f'{message.where}: "{message.english}" needs its plural forms in {where}.')
        elif not _keeps_placeholders(english, [str(f) for f in forms]):
            names = ", ".join(sorted("{" + n + "}" for e in english for n in _placeholders(e))) or "none"
            problems.append(
                f'{message.where}: "{message.english}": the translation in {where} must use the '
                f"English placeholders, unchanged ({names})."
            )
        elif message.plural:
            compiled["plurals"][message.english] = forms
        else:
            compiled["messages"][message.english] = forms[0]
    if problems:
        count = len(problems)
        raise BrowserCatalogError(
            f"{count} browser string{'s' if count != 1 else ''} cannot be shown in '{locale}':\n"
            + "\n".join(problems)
            + f"\nFix: {FIX} them in {where}."
        )
    compiled["categories"] = _categories(locale, po.plural_expr, po.num_plurals)
    return compiled


def browser_catalogs(project: Path) -> dict[str, dict[str, Any]]:
    """Each language's compiled catalog, by language code; English has none (the text is English)."""
    messages = extract(project)
    return {
        locale: compile_catalog(project, locale, path, messages)
        for locale, path in catalog_paths(project).items()
    }


def update(project: Path) -> None:
    """Write locale/browser.pot from the JavaScript and merge it into every browser.po."""
    template = Catalog(domain=DOMAIN, project="Closer", charset="utf-8")
    for message in extract(project):
        file, line = message.where.rsplit(":", 1)
        key = (message.english, message.plural) if message.plural else message.english
        template.add(key, locations=[(file, int(line))])
    (project / TEMPLATE).parent.mkdir(parents=True, exist_ok=True)
    with (project / TEMPLATE).open("wb") as handle:
        write_po(handle, template, width=100, omit_header=False)
    for locale, path in catalog_paths(project).items():
        with path.open("rb") as handle:
            po = read_po(handle, locale=locale, domain=DOMAIN)
        po.update(template, update_header_comment=False)
        with path.open("wb") as handle:
            write_po(handle, po, width=100, ignore_obsolete=True)
