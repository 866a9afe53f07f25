"""The source audit as data: every checked claim, where it sits, and what the source says."""

from __future__ import annotations

import datetime
import gettext
import re
from collections import Counter
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import yaml


def N_(message: str) -> str:
    """Marks a constant for the pages catalog (macros/page_catalog.py); translated where shown."""
    return message


ENGLISH = gettext.NullTranslations()
VERDICTS = {
    "confirmed": N_("Confirmed"),
    "corrected": N_("Corrected"),
    "secondary": N_("Secondary only"),
    "rule-of-thumb": N_("Rule of thumb"),
}
CLAIM_FIELDS = ("page", "anchor", "claim", "where", "verdict", "checked")
REMOVED_FIELDS = ("page", "claim", "reason", "checked")
RULES_OF_THUMB = "rules-of-thumb"


class AuditError(ValueError):
    """An audit row is malformed or names a source the bibliography lacks."""


@dataclass(frozen=True)
class Row:
    """One checked claim: the page and the sentence's opening words locate it in the text."""

    page: str
    anchor: str
    claim: str
    sources: tuple[str, ...]
    where: str
    verdict: str
    checked: datetime.date
    change: str = ""


@dataclass(frozen=True)
class Removed:
    """A claim taken out of the guide because its source could not be confirmed.

    `source` is free text: a removed source may no longer be in the bibliography.
    """

    page: str
    claim: str
    source: str
    reason: str
    checked: datetime.date


@dataclass(frozen=True)
class Audit:
    claims: tuple[Row, ...]
    removed: tuple[Removed, ...]


def _sources(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _date(value: Any) -> datetime.date:
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


def load_audit(path: Path, bibliography: set[str]) -> Audit:
    """Read the audit, collecting every problem so one build names them all."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    problems: list[str] = []
    claims: list[Row] = []
    removed: list[Removed] = []
    for number, raw in enumerate(data.get("claims", []), 1):
        missing = [name for name in CLAIM_FIELDS if not raw.get(name)]
        where = f"claims #{number} ({raw.get('anchor', '?')!r})"
        if missing:
            problems.append(f"{where}: missing {', '.join(missing)}")
            continue
        if raw["verdict"] not in VERDICTS:
            problems.append(f"{where}: verdict must be one of {sorted(VERDICTS)}, got {raw['verdict']!r}")
            continue
        keys = _sources(raw.get("source"))
        if raw["verdict"] != "rule-of-thumb" and not keys:
            problems.append(f"{where}: needs a source key (only a rule of thumb has none)")
        problems += [f"{where}: unknown source key {k!r}" for k in keys if k not in bibliography]
        claims.append(
            Row(
                page=raw["page"],
                anchor=raw["anchor"],
                claim=raw["claim"],
                sources=keys,
                where=raw["where"],
                verdict=raw["verdict"],
                checked=_date(raw["checked"]),
                change=raw.get("change", ""),
            )
        )
    for number, raw in enumerate(data.get("removed", []), 1):
        missing = [name for name in REMOVED_FIELDS if not raw.get(name)]
        if missing:
            problems.append(f"removed #{number}: missing {', '.join(missing)}")
            continue
        source = str(raw.get("source") or "none")
        removed.append(Removed(raw["page"], raw["claim"], source, raw["reason"], _date(raw["checked"])))
    if problems:
        hint = "See docs/contributing.md, 'Record the claim in the audit'."
        raise AuditError(f"{path}: " + "; ".join(problems) + ". " + hint)
    return Audit(tuple(claims), tuple(removed))


def rule_of_thumb_html(text: str, root: str) -> str:  # text: the page's own words (its language)
    """The marker for advice without a checked source: the phrase links to what it means."""
    return f'<a class="rule-of-thumb" href="{root}sources-checked/#{RULES_OF_THUMB}">{escape(text)}</a>'


_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MACRO = re.compile(r"\{\{\s*(\w+)\(([^)]*)\)\s*\}\}")
_QUOTED = re.compile(r'"([^"]*)"')


def readable_anchor(anchor: str, words: gettext.NullTranslations = ENGLISH) -> str:
    """An anchor (the page's source words, so the build can find them) as a reader reads them on
    the page: a link's text without its address, a macro's words, no table pipe, and no full stop
    before the ellipsis the table adds."""

    def macro(found: re.Match[str]) -> str:
        name, arguments = found[1], [str(value) for value in _QUOTED.findall(found[2])]
        if name == "rule_of_thumb":
            return arguments[0] if arguments else words.gettext("rule of thumb")
        if name == "term" and arguments:
            return arguments[-1]
        return ""

    text = _MACRO.sub(macro, _LINK.sub(r"\1", anchor))
    return re.sub(r"\s+", " ", text.strip().lstrip("|").strip()).rstrip(".")


def _page_link(page: str, root: str) -> str:
    """docs/chapters/x.md -> a link to the built page; other files are named as they are."""
    if page.startswith("docs/") and page.endswith(".md"):
        slug = page.removeprefix("docs/").removesuffix(".md")
        slug = "" if slug == "index" else slug.removesuffix("/index") + "/"
        label = page.removeprefix("docs/").removeprefix("chapters/").removesuffix(".md")
        return f'<a href="{root}{slug}">{escape(label)}</a>'
    return f"<code>{escape(page)}</code>"


def _source_links(keys: tuple[str, ...], label: Any, root: str, words: gettext.NullTranslations) -> str:
    if not keys:
        return words.gettext("none")
    return ", ".join(f'<a href="{root}references/#ref-{k}">{escape(label(k))}</a>' for k in keys)


def _verdict_count(verdict: str, n: int, words: gettext.NullTranslations) -> str:
    ngettext = words.ngettext
    counted = {
        "confirmed": ngettext("{n} confirmed", "{n} confirmed", n),
        "corrected": ngettext("{n} corrected", "{n} corrected", n),
        "secondary": ngettext("{n} secondary only", "{n} secondary only", n),
        "rule-of-thumb": ngettext("{n} rule of thumb", "{n} rules of thumb", n),
    }
    return counted[verdict].format(n=n)


def audit_summary(audit: Audit, words: gettext.NullTranslations = ENGLISH) -> str:
    counts = Counter(row.verdict for row in audit.claims)
    parts = [_verdict_count(v, counts.get(v, 0), words) for v in VERDICTS]
    return words.gettext("{checked} claims checked: {verdicts}. {removed} claims removed.").format(
        checked=len(audit.claims), verdicts=", ".join(parts), removed=len(audit.removed)
    )


def _head(names: tuple[str, ...]) -> str:
    return "<thead><tr>" + "".join(f"<th scope='col'>{escape(n)}</th>" for n in names) + "</tr></thead>"


def claims_html(audit: Audit, label: Any, root: str, words: gettext.NullTranslations = ENGLISH) -> str:
    """The claims that stand, as a table a reader can scan (it scrolls sideways on a phone).

    The claims are the audit's, one row per claim in the English text a translation follows.
    """
    _ = words.gettext
    head = _head(
        (
            _("Where in the guide"),
            _("Claim"),
            _("Verdict"),
            _("Source"),
            _("Where in the source"),
            _("Checked"),
        )
    )
    rows = []
    for row in audit.claims:
        change = f"<br><span class='audit__change'>{escape(row.change)}</span>" if row.change else ""
        quoted = _("“{words}…”").format(words=readable_anchor(row.anchor, words))
        rows.append(
            f"<tr data-verdict='{row.verdict}'><td>{_page_link(row.page, root)}: "
            f"{escape(quoted)}</td><td>{escape(row.claim)}</td>"
            f"<td>{escape(_(VERDICTS[row.verdict]))}{change}</td>"
            f"<td>{_source_links(row.sources, label, root, words)}</td>"
            f"<td>{escape(row.where)}</td><td>{row.checked.isoformat()}</td></tr>"
        )
    return (
        f'<div class="audit" role="region" aria-label="{escape(_("Checked claims"))}" tabindex="0">'
        f"<table class='audit__table'>{head}<tbody>{''.join(rows)}</tbody></table></div>"
    )


def removed_html(audit: Audit, root: str, words: gettext.NullTranslations = ENGLISH) -> str:
    """What was taken out, and why, so a reader who remembers it can see where it went."""
    _ = words.gettext
    gone = "".join(
        f"<tr><td>{_page_link(r.page, root)}</td><td>{escape(r.claim)}</td><td>{escape(r.source)}</td>"
        f"<td>{escape(r.reason)}</td><td>{r.checked.isoformat()}</td></tr>"
        for r in audit.removed
    )
    return (
        f'<div class="audit" role="region" aria-label="{escape(_("Removed claims"))}" tabindex="0">'
        "<table class='audit__table'>"
        + _head((_("Page"), _("Claim"), _("Source"), _("Why it was removed"), _("Checked")))
        + f"<tbody>{gone}</tbody></table></div>"
    )
