"""Migrations: carry saved answers from an earlier version of a worksheet to the current one.

A worksheet declares one `Migration` per version step. Each step may rename fields, map old
choice values to new ones, and drop fields (keeping the old question's wording so the reader
can still see what they wrote). Nothing is silently lost: whatever cannot be carried over is
returned as `earlier` (question and answer as text) for the page to show.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from .errors import declaration_error
from .fields import Field, Invalid, is_blank
from .i18n import _


@dataclass(frozen=True, slots=True)
class Migration:
    """From `version` to `version + 1`."""

    version: int
    rename: Mapping[str, str] = field(default_factory=dict)
    map_choices: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    drop: Mapping[str, str] = field(default_factory=dict)  # old field id -> old question text


class Migrating(Protocol):
    """What migrating needs of a worksheet (sheet.py's Worksheet), without importing it."""

    @property
    def id(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def migrations(self) -> tuple[Migration, ...]: ...
    @property
    def fields(self) -> tuple[Field, ...]: ...
    def field(self, field_id: str) -> Field: ...


@dataclass(frozen=True, slots=True)
class Earlier:
    """An answer that could not be carried over, kept as text with its question."""

    question: str
    answer: str

    def to_json(self) -> dict[str, str]:
        return {"question": self.question, "answer": self.answer}


@dataclass(frozen=True, slots=True)
class Migrated:
    answers: dict[str, Any]
    earlier: tuple[Earlier, ...]
    from_version: int
    to_version: int

    def to_json(self) -> dict[str, Any]:
        return {
            "answers": self.answers,
            "earlier": [e.to_json() for e in self.earlier],
            "from_version": self.from_version,
            "to_version": self.to_version,
        }


def check_migrations(sheet: Migrating) -> None:
    """Declaration checks, run at import: steps in order, below the current version."""
    versions = [m.version for m in sheet.migrations]
    if versions != sorted(set(versions)) or any(not 1 <= v < sheet.version for v in versions):
        raise declaration_error(
            f"migrations must be distinct steps from versions below {sheet.version}, in order; "
            f"got {versions}",
            "declare one Migration per version step, oldest first",
            worksheet=sheet.id,
        )
    last = sheet.migrations[-1] if sheet.migrations else None
    if last is not None:
        known = {f.id for f in sheet.fields}
        unknown = sorted(set(last.rename.values()) - known)
        if unknown:
            raise declaration_error(
                f"migration from v{last.version} renames to unknown field(s) {unknown}",
                "rename to ids of the current fields",
                worksheet=sheet.id,
            )


def _as_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return "" if value is None else str(value)


def _step(answers: dict[str, Any], step: Migration, earlier: list[Earlier]) -> dict[str, Any]:
    moved: dict[str, Any] = {}
    for key, value in answers.items():
        if key in step.drop:
            if _as_text(value).strip():
                earlier.append(Earlier(step.drop[key], _as_text(value)))
            continue
        new_key = step.rename.get(key, key)
        mapping = step.map_choices.get(key) or step.map_choices.get(new_key)
        if mapping is not None:
            if isinstance(value, list):
                value = [mapping.get(v, v) for v in value if isinstance(v, str)]
            elif isinstance(value, str):
                value = mapping.get(value, value)
        moved[new_key] = value
    return moved


def migrate(sheet: Migrating, from_version: int, answers: Any) -> Migrated:
    """Carry answers from `from_version` to the current version, keeping what cannot move."""
    earlier: list[Earlier] = []
    data = dict(answers) if isinstance(answers, Mapping) else {}
    steps = {m.version: m for m in sheet.migrations}
    version = from_version
    while version < sheet.version and version in steps:
        data = _step(data, steps[version], earlier)
        version += 1
    if version != sheet.version:
        # No declared path: keep everything as text rather than guess.
        earlier += [Earlier(k, _as_text(v)) for k, v in data.items() if _as_text(v).strip()]
        return Migrated({}, tuple(earlier), from_version, sheet.version)
    kept = {f.id: data[f.id] for f in sheet.fields if f.id in data}
    valid, rejected = _split_valid(sheet, kept)
    earlier += [
        Earlier(_(sheet.field(k).label), _as_text(v)) for k, v in rejected.items() if _as_text(v).strip()
    ]
    unknown = {k: v for k, v in data.items() if k not in {f.id for f in sheet.fields}}
    earlier += [Earlier(k, _as_text(v)) for k, v in unknown.items() if _as_text(v).strip()]
    return Migrated(valid, tuple(earlier), from_version, sheet.version)


def _split_valid(sheet: Migrating, answers: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Values the current fields accept, and those they reject (kept as earlier answers)."""
    valid: dict[str, Any] = {}
    rejected: dict[str, Any] = {}
    for key, value in answers.items():
        f = sheet.field(key)
        if is_blank(value):
            valid[key] = value
            continue
        try:
            f.clean(value)
        except Invalid:
            rejected[key] = value
        else:
            valid[key] = value
    return valid, rejected
