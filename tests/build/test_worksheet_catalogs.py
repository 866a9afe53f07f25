"""The wheel in the built site carries the compiled worksheet catalogs, and only those."""

from __future__ import annotations

import gettext
import io
import json
import zipfile
from pathlib import Path


def wheel(site_dir: Path) -> zipfile.ZipFile:
    info = json.loads((site_dir / "assets/data/runtime.json").read_text())
    return zipfile.ZipFile(site_dir / info["wheel"]["url"])


def test_the_wheel_ships_the_spanish_catalog_compiled(site_dir: Path) -> None:
    with wheel(site_dir) as package:
        mo = package.read("worksheets/locale/es/LC_MESSAGES/worksheets.mo")
        names = package.namelist()
        record = package.read(next(n for n in names if n.endswith(".dist-info/RECORD"))).decode()
    spanish = gettext.GNUTranslations(io.BytesIO(mo))
    assert spanish.gettext("Clear answers") == "Borrar respuestas"
    assert spanish.ngettext("{count} minute", "{count} minutes", 2) == "{count} minutos"
    # The template and the .po are for translators: the page downloads none of them.
    assert not [n for n in names if n.endswith((".po", ".pot"))]
    assert "worksheets/locale/es/LC_MESSAGES/worksheets.mo," in record
    assert ".po," not in record
