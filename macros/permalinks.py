"""Permanent short links: /go/<slug>/ redirects to a chapter or a worksheet, wherever it lives now.

The registry (docs/data/permalinks.yml) maps each slug to a built page path, plus
"#worksheet-<id>" for a worksheet. A slug once published (docs/data/permalinks-published.txt)
may never be removed: therapists have handed it out. After the build, every target is checked
against the built site; then one redirect page per slug is written (a relative meta refresh and
a plain link, no script, because of the CSP), and go/index.json, which the pages' scripts read
to offer "Copy link" buttons and the homework builder's choices.

Every language has its own: /es/go/<slug>/ leads to the Spanish page (the same slugs and
anchors: a translation keeps the English page's heading ids), and es/go/index.json carries the
Spanish titles. Each index also lists the site's languages, for the homework builder's choice.
"""

from __future__ import annotations

import gettext
import json
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

import yaml

from worksheets import all_worksheets

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_TARGET = re.compile(r"^(?P<path>(?:[a-z0-9][a-z0-9._-]*/)*)(?:#(?P<anchor>[A-Za-z][\w-]*))?$")
REGISTRY = Path("data/permalinks.yml")
PUBLISHED = Path("data/permalinks-published.txt")
GO_DIR = "go"
ENGLISH = gettext.NullTranslations()


def N_(message: str) -> str:
    """Marks a constant for the pages catalog (macros/page_catalog.py); translated where shown."""
    return message


KINDS = {"chapter": N_("Chapter"), "worksheet": N_("Worksheet"), "page": N_("Page")}


class PermalinkError(ValueError):
    """The registry is malformed, a published slug disappeared or a target does not exist."""


@dataclass(frozen=True, slots=True)
class Target:
    """Where a slug leads: a page path as built (directory URL) and an optional anchor."""

    path: str
    anchor: str = ""

    @property
    def href(self) -> str:
        return self.path + (f"#{self.anchor}" if self.anchor else "")


class _UniqueKeys(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice (PyYAML would keep the last silently)."""


def _mapping(loader: _UniqueKeys, node: yaml.MappingNode) -> dict[object, object]:
    keys = [loader.construct_object(key) for key, _ in node.value]
    repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
    if repeated:
        raise PermalinkError(f"slug(s) given twice: {', '.join(repeated)}")
    return loader.construct_mapping(node)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_registry(path: Path) -> dict[str, Target]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeys) or {}
    except PermalinkError as error:
        raise PermalinkError(f"{path}: {error}") from None
    problems = []
    registry: dict[str, Target] = {}
    for slug, target in data.items():
        match = _TARGET.match(target) if isinstance(target, str) else None
        if not isinstance(slug, str) or not SLUG.match(slug):
            problems.append(f"{slug!r}: a slug is 1-40 lowercase letters, digits and '-'")
        elif match is None:
            problems.append(f"{slug}: target {target!r} is not a site path like 'chapters/x/#anchor'")
        else:
            registry[slug] = Target(match["path"], match["anchor"] or "")
    if problems:
        raise PermalinkError(f"{path}: " + "; ".join(problems))
    return registry


def load_published(path: Path) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def check_registry(registry: dict[str, Target], published: list[str], site: Path) -> list[str]:
    """Every problem that would break a link someone was given, each naming the slug and the fix."""
    problems = [
        f"{slug}: was published and is missing from docs/data/permalinks.yml; restore it and point it "
        "to the page's current place (a published link must never break)"
        for slug in published
        if slug not in registry
    ]
    problems += [
        f"{slug}: is not in docs/data/permalinks-published.txt; add it there (append only)"
        for slug in registry
        if slug not in published
    ]
    for slug, target in registry.items():
        page = site / target.path / "index.html"
        if not page.is_file():
            problems.append(f"{slug}: target page '{target.path}' does not exist in the built site")
        elif target.anchor and f'id="{target.anchor}"' not in page.read_text(encoding="utf-8"):
            problems.append(f"{slug}: '{target.path}' has no element with id '{target.anchor}'")
    return problems


def _source_title(docs: Path, path: str, language: str = "") -> str:
    """A page's title from its Markdown source (its translation first, when `language` has one):
    front matter `title`, else the first H1."""
    stem = path.rstrip("/") or "index"
    suffixes = [f".{language}.md", ".md"] if language else [".md"]
    candidates = [docs / f"{stem}{suffix}" for suffix in suffixes]
    candidates += [docs / stem / f"index{suffix}" for suffix in suffixes]
    for source in candidates:
        if source.is_file():
            text = source.read_text(encoding="utf-8")
            front = re.match(r"^---\n(.*?)\n---\n", text, re.S)
            meta = yaml.safe_load(front.group(1)) if front else None
            if isinstance(meta, dict) and meta.get("title"):
                return str(meta["title"])
            heading = re.search(r"^# (.+?)(?:\s*\{[^}]*\})?$", text, re.M)
            return heading.group(1).strip() if heading else stem
    return stem


def worksheet_title(title: str, language: str) -> str:
    """A worksheet's title in `language`, from the worksheets' own catalog where it has one."""
    try:
        from worksheets.i18n import translations  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return title
    return str(translations(language).gettext(title))


def describe(registry: dict[str, Target], docs: Path, language: str = "") -> list[dict[str, object]]:
    """The links as data for the pages: kind, title and place; worksheets carry id and version."""
    sheets = {f"worksheet-{sheet.id}": sheet for sheet in all_worksheets()}
    links: list[dict[str, object]] = []
    for slug, target in registry.items():
        page_title = _source_title(docs, target.path, language)
        entry: dict[str, object] = {"slug": slug, "path": target.path, "anchor": target.anchor}
        sheet = sheets.get(target.anchor)
        if sheet is not None:
            title = worksheet_title(sheet.title, language) if language else sheet.title
            entry |= {"kind": "worksheet", "title": title, "worksheet": sheet.id}
            entry |= {"version": sheet.version, "page": page_title}
        else:
            kind = "chapter" if target.path.startswith("chapters/") and not target.anchor else "page"
            entry |= {"kind": kind, "title": page_title}
        links.append(entry)
    return links


def redirect_html(
    title: str, target: Target, language: str = "en", words: gettext.NullTranslations = ENGLISH
) -> str:
    """A page that forwards at once, relative to go/<slug>/, with a plain link as a fallback."""
    href = escape("../../" + target.href)
    link = f'<a href="{href}">{escape(title)}</a>'
    return (
        f'<!doctype html>\n<html lang="{escape(language)}"><head><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0; url={href}">'
        '<meta name="robots" content="noindex">'
        f'<link rel="canonical" href="{escape("../../" + target.path)}">'
        f"<title>{escape(title)} · Closer</title></head>\n"
        f"<body><p>{words.gettext('This link leads to {link}.').format(link=link)}</p></body></html>\n"
    )


@dataclass(frozen=True, slots=True)
class Edition:
    """One language's part of the site: its code, its name, its folder ("" or "es/"), its words."""

    code: str
    name: str
    prefix: str
    words: gettext.NullTranslations = ENGLISH


def write_permalinks(docs: Path, site: Path, editions: list[Edition] | None = None) -> int:
    """Check the registry against each language's built pages, then write the redirects and
    go/index.json under each language's folder. Returns the number of links per language."""
    registry = load_registry(docs / REGISTRY)
    published = load_published(docs / PUBLISHED)
    editions = editions or [Edition("en", "English", "")]
    languages = [{"code": e.code, "name": e.name, "root": e.prefix} for e in editions]
    problems = []
    for edition in editions:
        found = check_registry(registry, published, site / edition.prefix)
        problems += [f"/{edition.prefix}go/{p}" if edition.prefix else p for p in found]
    if problems:
        raise PermalinkError("permanent links would break:\n  " + "\n  ".join(problems))
    links: list[dict[str, object]] = []
    for edition in editions:
        links = describe(registry, docs, "" if not edition.prefix else edition.code)
        go = site / edition.prefix / GO_DIR
        for entry in links:
            folder = go / str(entry["slug"])
            folder.mkdir(parents=True, exist_ok=True)
            target = registry[str(entry["slug"])]
            html = redirect_html(str(entry["title"]), target, edition.code, edition.words)
            (folder / "index.html").write_text(html, encoding="utf-8")
        index = {"format": 1, "language": edition.code, "languages": languages, "links": links}
        (go / "index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    return len(links)


def permalink_table(
    docs: Path, root: str, language: str = "", words: gettext.NullTranslations = ENGLISH
) -> str:
    """The "For therapists" page's table of every permanent link (rendered at build time).

    `root` is the way to the page's language's root, so a Spanish page lists /es/go/ links.
    """
    _ = words.gettext
    rows = []
    prefix = f"{language}/" if language else ""
    for entry in describe(load_registry(docs / REGISTRY), docs, language):
        what = _(KINDS[str(entry["kind"])])
        where = ""
        if entry["kind"] == "worksheet":
            where = " " + _("(in {page})").format(page=escape(str(entry["page"])))
        link = f"{GO_DIR}/{entry['slug']}/"
        rows.append(
            f"<tr><td>{escape(what)}</td><td>{escape(str(entry['title']))}{where}</td>"
            f'<td><a href="{root}{link}"><code>/{prefix}{link}</code></a></td></tr>'
        )
    head = "".join(f'<th scope="col">{escape(n)}</th>' for n in (_("Kind"), _("Title"), _("Permanent link")))
    return f'<table class="permalinks"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
