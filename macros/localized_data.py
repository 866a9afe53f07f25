"""Data files in the page's language: docs/data/<lang>/<name>.yml over docs/data/<name>.yml.

A translation mirrors the English file: the same keys, with only the texts a person reads
translated. Everything else (links, citations, triggers) comes from the English file, so it is
kept in one place. An entry or a field the translation lacks is shown in English, and the build
says so, once per file and language (a gap, not a failure).
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import Any

import yaml

log = logging.getLogger("mkdocs.plugins.closer.data")


class LocalizedDataError(ValueError):
    """A translated data file names a key the English file lacks, or is not a mapping."""


def overlay(english: Any, translated: Any, where: str, missing: list[str]) -> Any:
    """`translated` laid over `english`; records in `missing` each English key it does not have."""
    if isinstance(english, dict):
        if translated is None:
            missing.append(where)
            return english
        if not isinstance(translated, dict):
            raise LocalizedDataError(f"{where}: should be a mapping like the English file's")
        unknown = sorted(set(translated) - set(english))
        if unknown:
            raise LocalizedDataError(f"{where}: key(s) {unknown} are not in the English file (typo?)")
        return {
            key: overlay(value, translated.get(key), f"{where}.{key}" if where else str(key), missing)
            for key, value in english.items()
        }
    return english if translated is None else translated


@cache
def _read(path: Path, mtime: float) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def read_yaml(path: Path) -> Any:
    return _read(path, path.stat().st_mtime)


def localized_path(docs: Path, name: str, language: str) -> Path:
    return docs / "data" / language / f"{name}.yml"


_reported: set[tuple[Path, str]] = set()


def load_localized(docs: Path, name: str, language: str, default: str = "en") -> Any:
    """docs/data/<name>.yml in `language` (fields it does not translate stay English)."""
    english = read_yaml(docs / "data" / f"{name}.yml") or {}
    if language == default:
        return english
    path = localized_path(docs, name, language)
    if not path.is_file():
        if (path, language) not in _reported:
            _reported.add((path, language))
            log.info("not yet translated to '%s': docs/data/%s.yml (add %s)", language, name, path)
        return english
    translated = read_yaml(path) or {}
    missing: list[str] = []
    try:
        # Only texts are translated: a key that is data in English (see_also, cite, when…) is
        # taken from English even if the translation omits it, and is not reported.
        data = overlay(english, translated, "", missing)
    except LocalizedDataError as error:
        raise LocalizedDataError(f"{path}: {error}") from None
    gaps = [key for key in missing if "." not in key]
    if gaps and (path, language) not in _reported:
        _reported.add((path, language))
        log.info(
            "%s: %d entr(ies) not translated yet, shown in English: %s", path, len(gaps), ", ".join(gaps)
        )
    return data
