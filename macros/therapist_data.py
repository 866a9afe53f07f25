"""Post-build: the data the "share with my therapist" pages need, and the QR code library.

A summary of answers is shown on pages that do not hold the worksheet's form, so the labels
of each question and option are written from the declarations, once per language, under the
language's root: assets/data/worksheets.json (English), es/assets/data/worksheets.json (Spanish,
from the worksheets catalog). A page reads only its own language's file; answers hold option
ids, so a file answered in one language reads in the other. The QR code library (npm
`qrcode-generator`, pinned in package.json) is copied from node_modules as an ES module:
nothing is fetched from elsewhere.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from worksheets import Worksheet, all_worksheets
from worksheets.fields import Field, Hidden, Number, Options, Scale
from worksheets.i18n import _, language

LABELS = Path("assets/data/worksheets.json")
QR_SOURCE = Path("node_modules/qrcode-generator/dist/qrcode.mjs")
QR_TARGET = Path("assets/vendor/qrcode-generator/qrcode.mjs")


class TherapistDataError(RuntimeError):
    """A file the therapist pages need is missing; the message names it and the fix."""


def _point_label(f: Scale, point: int) -> str:
    word = _(f.point_word(point))
    return f"{point} ({word})" if word else str(point)


def field_json(f: Field) -> dict[str, Any]:
    """What a reader of someone's answers needs: the question, and the words for each value."""
    data: dict[str, Any] = {"id": f.id, "label": _(f.label), "kind": f.kind, "required": f.required}
    if isinstance(f, Scale):
        data["options"] = {str(p): _point_label(f, p) for p in f.points()}
    elif isinstance(f, Options):
        data["options"] = {o.value: _(o.label) for o in f.options}
    elif isinstance(f, Hidden):
        data["fill"] = f.fill
        data["max_items"] = f.max_items
    elif isinstance(f, Number) and f.unit:
        data["unit"] = _(f.unit)
    return data


def worksheet_json(sheet: Worksheet) -> dict[str, Any]:
    return {
        "id": sheet.id,
        "version": sheet.version,
        "title": _(sheet.title),
        "chapter": sheet.chapter,
        # Worksheets driven by buttons (e.g. drawing a card) have no reflection worth sharing.
        "actions": bool(sheet.actions),
        "sections": [
            {"title": _(section.title), "fields": [field_json(f) for f in section.fields]}
            for section in sheet.sections
        ],
    }


def worksheet_labels(lang: str) -> dict[str, Any]:
    """Every worksheet's labels in `lang` (the worksheets catalog, which the build has checked)."""
    with language(lang):
        return {"format": 1, "lang": lang, "worksheets": {s.id: worksheet_json(s) for s in all_worksheets()}}


def write_worksheet_labels(site: Path, prefixes: dict[str, str] | None = None) -> list[Path]:
    """One labels file per language: `prefixes` maps each language to its folder ("" or "es/")."""
    written = []
    for lang, prefix in (prefixes or {"en": ""}).items():
        target = site / prefix / LABELS
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(worksheet_labels(lang), ensure_ascii=False), encoding="utf-8")
        written.append(target)
    return written


def copy_qr_library(project: Path, site: Path) -> Path:
    source = project / QR_SOURCE
    if not source.is_file():
        raise TherapistDataError(
            f"{source}: missing. Run `npm ci` (or `make setup`) to install the pinned qrcode-generator."
        )
    target = site / QR_TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    return target
