"""Errors: a mistake in a declaration (author's) versus a problem in answers (reader's)."""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from pathlib import Path

# Frames in these files are the engine checking a declaration, not the author writing it.
_ENGINE = {"errors.py", "fields.py", "sheet.py", "checks.py", "migrate.py", "dataclasses.py", "<string>"}
_PROJECT = Path(__file__).resolve().parents[1]


class DeclarationError(ValueError):
    """A worksheet is declared wrongly; raised at import so the build fails at once."""


def _declared_in() -> str:
    """The file of the first caller outside the engine: where the author wrote the declaration."""
    for frame in inspect.stack(context=0)[1:]:
        path = Path(frame.filename)
        if path.name not in _ENGINE:
            resolved = path.resolve()
            return (
                resolved.relative_to(_PROJECT).as_posix() if resolved.is_relative_to(_PROJECT) else path.name
            )
    return "a worksheet declaration"


def declaration_error(problem: str, fix: str, *, worksheet: str = "", field: str = "") -> DeclarationError:
    """A DeclarationError naming file, worksheet and field, what is wrong and how to fix it."""
    where = [_declared_in()]
    if worksheet:
        where.append(f"worksheet {worksheet!r}")
    if field:
        where.append(f"field {field!r}")
    return DeclarationError(f"{', '.join(where)}: {problem}. Fix: {fix}.")


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One problem with one answer, in two wordings.

    The technical one (expected, received, `message`) is for tests and logs; `text` is the
    sentence a person reads next to the question, in plain words, saying what to do. `label` is
    the question as a person reads it, or empty when the problem concerns no question (an
    unknown field, a button, answers that are not an object).
    """

    worksheet: str
    field: str
    label: str
    expected: str
    received: str
    text: str

    @property
    def message(self) -> str:
        return (
            f"Worksheet '{self.worksheet}', field '{self.field}': "
            f"expected {self.expected}, received {self.received}."
        )

    def to_json(self) -> dict[str, str]:
        return {
            "worksheet": self.worksheet,
            "field": self.field,
            "label": self.label,
            "expected": self.expected,
            "received": self.received,
            "message": self.message,
            "text": self.text,
        }


class AnswersInvalid(ValueError):
    """Answers that break the declaration; carries every problem found, not just the first."""

    def __init__(self, problems: tuple[FieldProblem, ...]) -> None:
        super().__init__("\n".join(p.message for p in problems))
        self.problems = problems


class UnknownWorksheet(KeyError):
    """No worksheet is declared under this id."""

    def __init__(self, worksheet_id: str, known: tuple[str, ...]) -> None:
        super().__init__(worksheet_id)
        self.worksheet_id = worksheet_id
        self.known = known

    def __str__(self) -> str:
        return f"no worksheet with id '{self.worksheet_id}'; known ids: {', '.join(self.known)}"
