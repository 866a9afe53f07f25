"""Permanent links: every registered /go/<slug>/ resolves in the built site, every chapter and
worksheet has one, and a slug once published is never removed, so a therapist's link never breaks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros.permalinks import (
    PermalinkError,
    Target,
    check_registry,
    load_published,
    load_registry,
)
from tests.conftest import ROOT
from worksheets import all_worksheets

REGISTRY = ROOT / "docs" / "data" / "permalinks.yml"
PUBLISHED = ROOT / "docs" / "data" / "permalinks-published.txt"


@pytest.fixture(scope="module")
def registry() -> dict[str, Target]:
    return load_registry(REGISTRY)


class TestTheRegistry:
    def test_every_target_exists_in_the_built_site(self, registry: dict[str, Target], site_dir: Path) -> None:
        """Each slug leads to a built page, and a worksheet's anchor is on that page."""
        broken = []
        for slug, target in registry.items():
            page = site_dir / target.path / "index.html"
            if not page.is_file():
                broken.append(f"{slug} -> {target.path} (no page)")
            elif target.anchor and f'id="{target.anchor}"' not in page.read_text(encoding="utf-8"):
                broken.append(f"{slug} -> {target.href} (no such anchor)")
        assert broken == []

    def test_every_chapter_has_a_permanent_link(self, registry: dict[str, Target], site_dir: Path) -> None:
        chapters = sorted(
            f"{page.parent.relative_to(site_dir).as_posix()}/"
            for page in (site_dir / "chapters").glob("*/index.html")
        )
        pages = {target.path for target in registry.values() if not target.anchor}
        assert len(chapters) >= 8
        assert [chapter for chapter in chapters if chapter not in pages] == []

    def test_every_worksheet_has_a_permanent_link(self, registry: dict[str, Target]) -> None:
        anchors = {target.anchor for target in registry.values()}
        assert [s.id for s in all_worksheets() if f"worksheet-{s.id}" not in anchors] == []

    def test_no_published_slug_is_ever_removed(self, registry: dict[str, Target]) -> None:
        """The published list only grows; the registry keeps all of it, and records each new slug."""
        published = load_published(PUBLISHED)
        assert len(published) == len(set(published)), "a slug is listed twice"
        assert [slug for slug in published if slug not in registry] == []
        assert [slug for slug in registry if slug not in published] == []


class TestTheBuiltLinks:
    def test_redirect_pages_forward_relatively_without_script(
        self, registry: dict[str, Target], site_dir: Path
    ) -> None:
        for slug, target in registry.items():
            html = (site_dir / "go" / slug / "index.html").read_text(encoding="utf-8")
            assert f'<meta http-equiv="refresh" content="0; url=../../{target.href}">' in html, slug
            assert f'<a href="../../{target.href}">' in html, slug  # a plain link, for when refresh is off
            assert "<script" not in html, slug
            assert 'http-equiv="Content-Security-Policy"' in html, slug

    def test_the_index_for_the_pages_matches_the_registry(
        self, registry: dict[str, Target], site_dir: Path
    ) -> None:
        index = json.loads((site_dir / "go" / "index.json").read_text(encoding="utf-8"))
        assert index["format"] == 1
        links = {link["slug"]: link for link in index["links"]}
        assert set(links) == set(registry)
        assert links["checkin"]["kind"] == "worksheet" and links["checkin"]["worksheet"] == "checkin"
        assert links["checkin"]["page"] == "Understanding emotional intimacy"
        assert links["listening"] == {
            "slug": "listening",
            "path": "chapters/active-listening/",
            "anchor": "",
            "kind": "chapter",
            "title": "Active listening",
        }
        versions = {sheet.id: sheet.version for sheet in all_worksheets()}
        for link in index["links"]:
            if link["kind"] == "worksheet":
                assert link["version"] == versions[link["worksheet"]]

    def test_the_labels_for_shared_answers_come_from_the_declarations(self, site_dir: Path) -> None:
        data = json.loads((site_dir / "assets" / "data" / "worksheets.json").read_text(encoding="utf-8"))
        assert set(data["worksheets"]) == {sheet.id for sheet in all_worksheets()}
        checkin = data["worksheets"]["checkin"]
        fields = {f["id"]: f for section in checkin["sections"] for f in section["fields"]}
        assert fields["communication_calm"]["label"]
        assert set(fields["communication_calm"]["options"]) == {"1", "2", "3", "4", "5"}
        assert fields["today"] == {
            "id": "today",
            "label": "kept by the page",
            "kind": "hidden",
            "required": False,
            "fill": "today",
            "max_items": 10,  # the page keeps the whole list and gives Python the newest 10
        }

    def test_the_qr_library_is_served_from_the_site(self, site_dir: Path) -> None:
        pinned = json.loads((ROOT / "package.json").read_text())["dependencies"]["qrcode-generator"]
        assert pinned[0].isdigit(), "qrcode-generator must be pinned to an exact version"
        copied = site_dir / "assets" / "vendor" / "qrcode-generator" / "qrcode.mjs"
        assert copied.read_bytes() == (ROOT / "node_modules/qrcode-generator/dist/qrcode.mjs").read_bytes()


class TestTheChecks:
    def test_each_broken_link_is_named_with_its_fix(self, tmp_path: Path) -> None:
        page = tmp_path / "chapters" / "here"
        page.mkdir(parents=True)
        (page / "index.html").write_text('<form id="worksheet-real">', encoding="utf-8")
        registry = {
            "fine": Target("chapters/here/", "worksheet-real"),
            "moved": Target("chapters/gone/"),
            "anchor": Target("chapters/here/", "worksheet-gone"),
            "new": Target("chapters/here/"),
        }
        problems = check_registry(registry, ["fine", "moved", "anchor", "removed"], tmp_path)
        assert problems == [
            "removed: was published and is missing from docs/data/permalinks.yml; restore it and point "
            "it to the page's current place (a published link must never break)",
            "new: is not in docs/data/permalinks-published.txt; add it there (append only)",
            "moved: target page 'chapters/gone/' does not exist in the built site",
            "anchor: 'chapters/here/' has no element with id 'worksheet-gone'",
        ]

    def test_a_slug_given_twice_or_malformed_is_refused(self, tmp_path: Path) -> None:
        twice = tmp_path / "twice.yml"
        twice.write_text("a: chapters/x/\nb: chapters/y/\na: chapters/z/\n", encoding="utf-8")
        with pytest.raises(PermalinkError, match="slug\\(s\\) given twice: a"):
            load_registry(twice)
        bad = tmp_path / "bad.yml"
        bad.write_text("Bad Slug: chapters/x/\nok: /etc/passwd\n", encoding="utf-8")
        with pytest.raises(PermalinkError) as error:
            load_registry(bad)
        assert "'Bad Slug': a slug is 1-40 lowercase letters" in str(error.value)
        assert "ok: target '/etc/passwd' is not a site path" in str(error.value)

    def test_removing_a_published_slug_fails_the_build(self, tmp_path: Path) -> None:
        """Renaming or moving a chapter can never silently break a therapist's link."""
        shutil.copytree(ROOT / "docs", tmp_path / "docs")
        shutil.copytree(ROOT / "macros", tmp_path / "macros", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(ROOT / "locale", tmp_path / "locale")  # the pages' catalogs
        shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
        (tmp_path / "worksheets").symlink_to(ROOT / "worksheets")  # mkdocs.yml watches it
        registry = tmp_path / "docs" / "data" / "permalinks.yml"
        kept = [line for line in registry.read_text().splitlines() if not line.startswith("listening:")]
        registry.write_text("\n".join(kept) + "\n")
        built = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "out")],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert built.returncode != 0
        assert "listening: was published and is missing from docs/data/permalinks.yml" in built.stderr
