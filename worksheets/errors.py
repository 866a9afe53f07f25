"""Errors: a mistake in a declaration (author's) versus a problem in answers (reader's)."""

from __future__ import annotations

from dataclasses import dataclass


class DeclarationError(ValueError):
    """A worksheet is declared wrongly; raised at import so the build fails at once."""


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One problem with one answer: where, what was expected, what was received."""

    worksheet: str
    field: str
    label: str
    expected: str
    received: str

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
