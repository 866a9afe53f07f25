"""The worksheets' gettext catalogs: extract with Babel, check every translation, compile.

Two sources make the template `worksheets/locale/worksheets.pot`:
- the code: every `_("…")`, `N_("…")` and `ngettext("…", "…", n)` in worksheets/ (Babel's
  Python extractor);
- the declarations: every label, option, help text, placeholder, section title and reason
  of every registered worksheet, walked from `worksheets.all_worksheets()`. They are plain
  strings (often composed, "Thing 3: how ready am I?") that `render.py` and the results pass
  through `_`; walking them means no declared word can be forgotten by a missing mark.

The build compiles each `worksheets/locale/<lang>/LC_MESSAGES/worksheets.po` to its `.mo`
before the wheel is made (macros/runtime.py), and fails first, naming file, worksheet, string
and fix, when a string has no translation, a fuzzy one, or one whose {placeholders} differ.

    python -m macros.worksheet_catalog update   # re-extract; merge new strings into each .po
    python -m macros.worksheet_catalog check    # what the build would refuse
    python -m macros.worksheet_catalog compile  # the .mo files (the build does this itself)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from worksheets import Worksheet, all_worksheets
from worksheets.checks import RequiredIf
from worksheets.fields import Field, Options, Scale, ShortText
from worksheets.i18n import DOMAIN, LOCALE_DIR, reload_catalogs

PROJECT = LOCALE_DIR.parents[1]
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
_PLACEHOLDER = re.compile(r"\{(\w*)\}")
FIX = (
    "Fix: run `make catalogs` (it re-extracts and merges new strings into the .po), write the "
    "translation in each empty msgstr, remove any `#, fuzzy` line once the translation is checked, "
    "and build again."
)


class CatalogError(ValueError):
    """A worksheet string that has no usable translation; the message lists each one and the fix."""


@dataclass(frozen=True, slots=True)
class Source:
    """One person-facing string and where it comes from (file:line, or file and worksheet/field)."""

    message: str | tuple[str, str]
    where: str
    line: int = 0


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages() -> tuple[str, ...]:
    """Every language with a catalog under worksheets/locale/."""
    return tuple(sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")))


def _module_file(sheet: Worksheet) -> str:
    module = sys.modules[sheet.evaluate.__module__]
    return Path(module.__file__ or "").resolve().relative_to(PROJECT).as_posix()


def _field_words(f: Field) -> Iterator[str]:
    yield f.label
    yield f.help
    if isinstance(f, ShortText):
        yield f.placeholder
    if isinstance(f, Scale):
        yield f.low_label
        yield f.high_label
        yield from f.point_labels
    if isinstance(f, Options):
        yield from (o.label for o in f.options)
    unit = getattr(f, "unit", "")
    if isinstance(unit, str):
        yield unit


def declared() -> Iterator[Source]:
    """Every word a worksheet's declaration shows a person, with its file, worksheet and field."""
    for sheet in all_worksheets():
        where = f"{_module_file(sheet)} (worksheet {sheet.id}"
        for text in (sheet.title, sheet.introduction, sheet.submit_label, *(a.label for a in sheet.actions)):
            yield Source(text, where + ")")
        for section in sheet.sections:
            yield Source(section.title, where + ", a section title)")
            yield Source(section.intro, where + ", a section introduction)")
            for f in section.fields:
                for text in _field_words(f):
                    yield Source(text, f"{where}, field {f.id})")
        for check in sheet.checks:
            if isinstance(check, RequiredIf):
                yield Source(check.because, f"{where}, field {check.field}, the reason it is needed)")


def in_code() -> Iterator[Source]:
    """Every literal passed to `_`, `N_` or `ngettext` in worksheets/."""
    package = LOCALE_DIR.parent
    found = extract_from_dir(
        str(package),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=(),
        strip_comment_tags=True,
    )
    for filename, line, message, _comments, _context in found:
        where = (package / filename).relative_to(PROJECT).as_posix()
        if isinstance(message, tuple):
            if len(message) == 2 and all(message):
                yield Source((message[0], message[1]), where, line)
        elif message:
            yield Source(message, where, line)


@cache
def template() -> Catalog:
    """The template catalog: the code's strings first, then the declarations' (no empty ones).
    Made once per process (a second of extracting); treat it as read-only."""
    catalog = Catalog(project="Closer worksheets", domain=DOMAIN, charset="utf-8")
    for source in (*in_code(), *declared()):
        if not source.message:
            continue
        location = (source.where, source.line)
        existing = catalog.get(source.message if isinstance(source.message, str) else source.message[0])
        if existing is not None:
            existing.locations.append(location)
            continue
        catalog.add(source.message, locations=[location])
    return catalog


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def problems(lang: str, expected: Catalog | None = None) -> list[str]:
    """Every string of the template with no usable translation in `lang`'s catalog, one line each."""
    path = po_path(lang)
    if not path.is_file():
        return [f"{path.relative_to(PROJECT)}: missing (every worksheet string needs a translation)"]
    with path.open("rb") as handle:
        translated = read_po(handle, locale=lang)
    found: list[str] = []
    for message in expected or template():
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        have: Message | None = translated.get(key)
        where = ", ".join(f"{f}:{n}" if n else f for f, n in message.locations[:2])
        shown = key if len(key) <= 70 else key[:67] + "..."
        strings = have.string if have is not None else ""
        forms = list(strings) if isinstance(strings, tuple | list) else [strings]
        if have is None or not all(forms):
            found.append(f"{where}: no {lang} translation for {shown!r}")
        elif have.fuzzy:
            found.append(f"{where}: the {lang} translation of {shown!r} is marked fuzzy (not yet checked)")
        else:
            sources = [message.id] if isinstance(message.id, str) else list(message.id)
            # A plural's forms may each leave one out ("una pregunta"), not add one or drop it from all.
            wanted = set().union(*(_placeholders(s or "") for s in sources))
            given = [_placeholders(form or "") for form in forms]
            if any(not g <= wanted for g in given) or set().union(*given) != wanted:
                found.append(
                    f"{where}: the {lang} translation of {shown!r} has placeholders "
                    f"{sorted(set().union(*given))}, the English has {sorted(wanted)}"
                )
    return found


def update() -> Catalog:
    """Write the template and merge it into every language's .po (new strings come in empty)."""
    fresh = template()
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    with TEMPLATE.open("wb") as handle:
        write_po(handle, fresh, width=100, omit_header=False)
    for lang in languages():
        path = po_path(lang)
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
        catalog.update(fresh, no_fuzzy_matching=True)
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, ignore_obsolete=True)
    return fresh


def compile_mo(lang: str) -> Path:
    """Compile one language's .po to the .mo that i18n.py loads (fuzzy entries left out)."""
    with po_path(lang).open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    target = po_path(lang).with_suffix(".mo")
    with target.open("wb") as handle:
        write_mo(handle, catalog, use_fuzzy=False)
    return target


def compile_catalogs(strict: bool = True) -> list[Path]:
    """Check, then compile every .po to its .mo; a string without a usable translation fails
    (the build is strict; `strict=False` compiles what there is, the rest reads in English)."""
    expected = template()
    report = [line for lang in languages() for line in problems(lang, expected)]
    if report and strict:
        raise CatalogError(
            f"{len(report)} worksheet string(s) have no usable translation:\n  "
            + "\n  ".join(report)
            + f"\n{FIX}"
        )
    compiled = [compile_mo(lang) for lang in languages()]
    reload_catalogs()
    return compiled


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        fresh = update()
        print(f"{TEMPLATE.relative_to(PROJECT)}: {len(fresh)} strings; merged into {', '.join(languages())}")
        command = "check"
    if command == "check":
        report = [line for lang in languages() for line in problems(lang)]
        print("\n".join(report) or "Every worksheet string has a translation.")
        return 1 if report else 0
    if command == "compile":
        for path in compile_catalogs():
            print(path.relative_to(PROJECT))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
