"""The guide's built pages as parts of one printed document.

Each page's article is taken from the built site (so the book says whatever the chapters say),
without what only a screen needs: heading anchors, reading time, tooltips, the per-chapter
notice (the book prints it once), and the interactive worksheets, which the book replaces with
blank handouts at the end of their chapter. Ids get the page's key as a prefix, so pages cannot
clash inside one document, and every link is rewritten: to a place inside the book, to the
page's permanent /go/ link, or left alone when it leads to another website.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from urllib.parse import urljoin, urlsplit

from .permalinks import Target

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*)</article>', re.S)
_H1 = re.compile(r'<h1 id="[^"]*">(.*?)</h1>', re.S)
_HEADERLINK = re.compile(r'<a class="headerlink" href="[^"]*" title="Permanent link">[^<]*</a>')
_READING = re.compile(r'<p class="reading-time">.*?</p>', re.S)
_NOTICE = re.compile(r'<div class="admonition info chapter-notice">.*?</div>', re.S)
_TIP = re.compile(r'<span class="term__tip"[^>]*>[^<]*</span>')
_DOWNLOAD = re.compile(r'<p class="print-links[^"]*">.*?</p>', re.S)
_H2 = re.compile(r"(?=<h2[ >])")
_FORM = re.compile(r'<form class="worksheet" data-worksheet="([a-z0-9-]+)".*?</form>', re.S)
_H2_ID = re.compile(r'<h2 id="([^"]+)"')
_ID = re.compile(r'\bid="([^"]+)"')
_HREF = re.compile(r'\bhref="([^"]*)"')
_LINK = re.compile(r'<a\b[^>]*\bhref="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


class BookLinkError(ValueError):
    """A page links to a part of the site that has no permanent link, which paper cannot follow."""


@dataclass(frozen=True, slots=True)
class BookPage:
    """One page of the guide, ready to be placed in the book."""

    path: str  # "chapters/vulnerability/"
    key: str  # "chapters-vulnerability": the prefix of its ids, and its own id
    title: str
    body: str  # the article without its H1, links not yet rewritten
    worksheets: tuple[str, ...]  # the worksheets it embedded, in order
    aliases: dict[str, str]  # dropped ids (a worksheet's form or heading) -> the handout's id


def page_key(path: str) -> str:
    return path.strip("/").replace("/", "-") or "home"


def handout_id(worksheet_id: str) -> str:
    return f"handout-{worksheet_id}"


def text_of(html: str) -> str:
    return " ".join(unescape(_TAG.sub("", html)).split())


def extract(path: str, html: str) -> BookPage:
    """The printable part of a built page (site/<path>index.html)."""
    found = _ARTICLE.search(html)
    if not found:
        raise ValueError(f'site/{path}index.html: no <article class="md-content__inner md-typeset">')
    article = found.group(1)
    for pattern in (_HEADERLINK, _READING, _NOTICE, _TIP, _DOWNLOAD):
        article = pattern.sub("", article)
    heading = _H1.search(article)
    title = text_of(heading.group(1)) if heading else path
    if heading:
        article = article[: heading.start()] + article[heading.end() :]
    worksheets: list[str] = []
    aliases: dict[str, str] = {}
    kept = []
    for section in _H2.split(article):
        sheets = _FORM.findall(section)
        if not sheets:
            kept.append(section)
            continue
        # A "Worksheet: ..." section: on paper, its handout at the end of the chapter.
        worksheets += sheets
        named = _H2_ID.match(section)
        if named:
            aliases[named.group(1)] = handout_id(sheets[0])
        for sheet in sheets:
            aliases[f"worksheet-{sheet}"] = handout_id(sheet)
    return BookPage(path, page_key(path), title, "".join(kept).strip(), tuple(worksheets), aliases)


@dataclass(frozen=True, slots=True)
class LinkMap:
    """Where each link of the book leads: inside the book, or to a permanent link."""

    pages: dict[str, BookPage]  # by path
    permalinks: dict[str, Target]  # the registry: slug -> target
    root: str  # the site's public address, ending in "/"

    def permanent(self, path: str, anchor: str = "") -> str | None:
        for slug, target in self.permalinks.items():
            if target.path == path and target.anchor == anchor:
                return f"{self.root}go/{slug}/"
        return None

    def resolve(self, page: BookPage, href: str) -> str:
        """The href a link of `page` gets in the book."""
        if _EXTERNAL.match(href):
            return href
        absolute = urlsplit(urljoin(f"https://site.invalid/{page.path}", unescape(href)))
        path, anchor = absolute.path.lstrip("/"), absolute.fragment
        inside = self.pages.get(path)
        if inside is not None:
            if not anchor:
                return f"#{inside.key}"
            return f"#{inside.aliases.get(anchor, f'{inside.key}-{anchor}')}"
        link = self.permanent(path, anchor) or self.permanent(path)
        if link is None:
            raise BookLinkError(
                f"site/{page.path}index.html links to '{path}{'#' + anchor if anchor else ''}', which is "
                "neither in the book nor in docs/data/permalinks.yml. A printed link must never break: "
                "give that page a permanent link (docs/data/permalinks.yml and permalinks-published.txt)."
            )
        return link

    def rewrite(self, page: BookPage) -> str:
        """The page's body with ids prefixed and every link resolved."""
        body = _ID.sub(lambda m: f'id="{page.key}-{m.group(1)}"', page.body)
        return _HREF.sub(lambda m: f'href="{self.resolve(page, m.group(1))}"', body)


def links_in(html: str) -> list[str]:
    return _LINK.findall(html)
