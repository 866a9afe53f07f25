"""Post-build: the data the "share with my therapist" pages need, and the QR code library.

A summary of answers is shown on pages that do not hold the worksheet's form, so the labels
of each question and option are written once, from the declarations, to
assets/data/worksheets.json. The QR code library (npm `qrcode-generator`, pinned in
package.json) is copied from node_modules as an ES module: nothing is fetched from elsewhere.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from worksheets import Worksheet, all_worksheets
from worksheets.fields import Field, Hidden, Number, Options, Scale

LABELS = Path("assets/data/worksheets.json")
QR_SOURCE = Path("node_modules/qrcode-generator/dist/qrcode.mjs")
QR_TARGET = Path("assets/vendor/qrcode-generator/qrcode.mjs")


class TherapistDataError(RuntimeError):
    """A file the therapist pages need is missing; the message names it and the fix."""


def _point_label(f: Scale, point: int) -> str:
    word = f.point_word(point)
    return f"{point} ({word})" if word else str(point)


def field_json(f: Field) -> dict[str, Any]:
    """What a reader of someone's answers needs: the question, and the words for each value."""
    data: dict[str, Any] = {"id": f.id, "label": f.label, "kind": f.kind, "required": f.required}
    if isinstance(f, Scale):
        data["options"] = {str(p): _point_label(f, p) for p in f.points()}
    elif isinstance(f, Options):
        data["options"] = {o.value: o.label for o in f.options}
    elif isinstance(f, Hidden):
        data["fill"] = f.fill
        data["max_items"] = f.max_items
    elif isinstance(f, Number) and f.unit:
        data["unit"] = f.unit
    return data


def worksheet_json(sheet: Worksheet) -> dict[str, Any]:
    return {
        "id": sheet.id,
        "version": sheet.version,
        "title": sheet.title,
        "chapter": sheet.chapter,
        # Worksheets driven by buttons (e.g. drawing a card) have no reflection worth sharing.
        "actions": bool(sheet.actions),
        "sections": [
            {"title": section.title, "fields": [field_json(f) for f in section.fields]}
            for section in sheet.sections
        ],
    }


def write_worksheet_labels(site: Path) -> Path:
    data = {"format": 1, "worksheets": {s.id: worksheet_json(s) for s in all_worksheets()}}
    target = site / LABELS
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


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
