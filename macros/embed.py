"""The `worksheet()` macro: a worksheet's form, rendered from its one declaration."""

from __future__ import annotations

from worksheets import UnknownWorksheet, get
from worksheets.render import render_form


class WorksheetMacroError(ValueError):
    """A page asks for a worksheet that does not exist; the message names page and id."""


def worksheet_html(worksheet_id: str, page: str, heading_level: int = 3, lang: str = "en") -> str:
    """The form in the page's language `lang`; its names and values are ids, the same in all."""
    try:
        sheet = get(worksheet_id)
    except UnknownWorksheet as error:
        raise WorksheetMacroError(
            f"{page}: {{{{ worksheet({worksheet_id!r}) }}}}: {error}. "
            "Fix the id in the page, or declare the worksheet in worksheets/library/ and add it "
            "to worksheets/registry.py."
        ) from None
    return render_form(sheet, heading_level, lang)
