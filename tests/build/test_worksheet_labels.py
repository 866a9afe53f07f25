"""The words pages use away from a worksheet's form, one file per language: the viewer, Your
answers and the homework page show a client's answers (option ids) in the page's language, and
the homework builder prints a sheet in the client's language."""

from __future__ import annotations

import json
from pathlib import Path

from macros.therapist_data import worksheet_labels
from worksheets import all_worksheets


def labels(site_dir: Path, prefix: str) -> dict[str, dict]:  # type: ignore[type-arg]
    return json.loads((site_dir / prefix / "assets" / "data" / "worksheets.json").read_text(encoding="utf-8"))


def checkin_field(data: dict, field_id: str) -> dict:  # type: ignore[type-arg]
    fields = [f for s in data["worksheets"]["checkin"]["sections"] for f in s["fields"]]
    return next(f for f in fields if f["id"] == field_id)


class TestLabelsPerLanguage:
    def test_the_english_file_is_english_and_the_spanish_file_spanish(self, site_dir: Path) -> None:
        english, spanish = labels(site_dir, ""), labels(site_dir, "es")
        assert english["lang"] == "en" and spanish["lang"] == "es"
        assert english["worksheets"]["checkin"]["title"] == "Closeness check-in"
        assert spanish["worksheets"]["checkin"]["title"] == "Chequeo de cercanía"
        field = checkin_field(spanish, "time_protected")
        assert field["label"] == "Apartamos tiempo solo para estar en pareja."
        assert field["options"]["4"] == "4 (Nos describe casi siempre)"
        assert checkin_field(english, "time_protected")["options"]["4"] == "4 (Mostly like us)"

    def test_both_files_hold_the_same_ids_and_no_english_title_is_left_in_spanish(
        self, site_dir: Path
    ) -> None:
        english, spanish = labels(site_dir, ""), labels(site_dir, "es")

        def ids(data: dict) -> list[tuple[str, str, list[str]]]:  # type: ignore[type-arg]
            return [
                (sheet, f["id"], sorted(f.get("options", {})))
                for sheet, w in data["worksheets"].items()
                for s in w["sections"]
                for f in s["fields"]
            ]

        assert ids(english) == ids(spanish)  # answers hold ids: the same answers read in both
        titles = {s.title for s in all_worksheets()}
        assert [w["title"] for w in spanish["worksheets"].values() if w["title"] in titles] == []

    def test_the_build_writes_what_worksheet_labels_gives(self, site_dir: Path) -> None:
        assert labels(site_dir, "es") == json.loads(json.dumps(worksheet_labels("es")))

    def test_the_spanish_browser_words_are_one_file_for_every_page(self, site_dir: Path) -> None:
        """Its own pages and a page in another language (the builder's sheet) load the same file."""
        script = (site_dir / "es" / "closer-catalog.js").read_text(encoding="utf-8")
        assert '"Homework":"Tarea"' in script
        assert not (site_dir / "es" / "assets" / "data" / "catalog.json").exists()  # no second copy
        assert not (site_dir / "closer-catalog.js").exists()  # English needs none
