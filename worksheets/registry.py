"""The registry of worksheets, in the guide's order; ids are unique across the guide.

It is the one place that knows every worksheet, so it also hands my-path the others: no
worksheet module imports another.
"""

from __future__ import annotations

from .errors import DeclarationError, UnknownWorksheet
from .library import (
    checkin,
    conversation_deck,
    disclosure_ladder,
    feelings_explorer,
    good_news,
    i_statement,
    my_path,
    reflective_listening,
    repair_plan,
    rituals_planner,
)
from .sheet import Worksheet

_GUIDE: tuple[Worksheet, ...] = (
    checkin.WORKSHEET,
    i_statement.WORKSHEET,
    disclosure_ladder.WORKSHEET,
    reflective_listening.WORKSHEET,
    good_news.WORKSHEET,
    feelings_explorer.WORKSHEET,
    repair_plan.WORKSHEET,
    rituals_planner.WORKSHEET,
    conversation_deck.WORKSHEET,
)
_DECLARED: tuple[Worksheet, ...] = (*_GUIDE, my_path.declare(_GUIDE))


def _index(sheets: tuple[Worksheet, ...]) -> dict[str, Worksheet]:
    index: dict[str, Worksheet] = {}
    for sheet in sheets:
        if sheet.id in index:
            raise DeclarationError(
                f"worksheets/registry.py: worksheet id {sheet.id!r} is declared twice. "
                "Fix: give one of them another id."
            )
        index[sheet.id] = sheet
    return index


_BY_ID = _index(_DECLARED)


def all_worksheets() -> tuple[Worksheet, ...]:
    return _DECLARED


def get(worksheet_id: str) -> Worksheet:
    try:
        return _BY_ID[worksheet_id]
    except KeyError:
        raise UnknownWorksheet(worksheet_id, tuple(_BY_ID)) from None
