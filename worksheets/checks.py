"""Cross-field checks: declared beside the fields, run as a phase after per-field validation.

A check reads clean answers and names the one field each problem concerns, so a person sees
every problem (per field and across fields) in one round, next to the question it is about.
A check is skipped when a field it reads already has a problem of its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from . import messages
from .errors import declaration_error
from .fields import Field, Options, is_blank


@dataclass(frozen=True, slots=True)
class Finding:
    """What a check found: the field it concerns, in two wordings (technical and for a person)."""

    field: str
    expected: str
    text: str


class Check(Protocol):
    def reads(self) -> tuple[str, ...]:
        """Every field the check reads; the first is the field its problems concern."""
        ...

    def declare(self, worksheet: str, fields: Mapping[str, Field]) -> None:
        """Raise a DeclarationError when the check does not fit the worksheet's fields."""
        ...

    def find(self, answers: Mapping[str, Any], fields: Mapping[str, Field]) -> Iterator[Finding]: ...


def _known(worksheet: str, fields: Mapping[str, Field], check: Check) -> None:
    for field_id in check.reads():
        if field_id not in fields:
            raise declaration_error(
                f"{type(check).__name__} reads field {field_id!r}, which the worksheet does not have",
                "use the id of one of the worksheet's fields",
                worksheet=worksheet,
            )
    target = fields[check.reads()[0]]
    if target.required:
        raise declaration_error(
            f"{type(check).__name__} checks a field that is always required",
            "declare the field with required=False, or drop the check",
            worksheet=worksheet,
            field=target.id,
        )


@dataclass(frozen=True, slots=True)
class RequiredIf:
    """`field` needs an answer when `other` has one, or, with `equals`, when `other` is that
    option (for a multi-choice: when that option is among those ticked).

    `because` is the reason in a person's words, e.g. "you chose to include the weekly date".
    """

    field: str
    other: str
    because: str
    equals: str | None = None

    def reads(self) -> tuple[str, ...]:
        return (self.field, self.other)

    def declare(self, worksheet: str, fields: Mapping[str, Field]) -> None:
        _known(worksheet, fields, self)
        other = fields[self.other]
        if self.equals is not None and not (
            isinstance(other, Options) and self.equals in {o.value for o in other.options}
        ):
            raise declaration_error(
                f"RequiredIf waits for value {self.equals!r}, which field {self.other!r} never gives",
                f"use one of the option values of {self.other!r}",
                worksheet=worksheet,
                field=self.field,
            )
        if not self.because.strip():
            raise declaration_error(
                "RequiredIf has no reason", "say why in `because`", worksheet=worksheet, field=self.field
            )

    def find(self, answers: Mapping[str, Any], fields: Mapping[str, Field]) -> Iterator[Finding]:
        value = answers.get(self.other)
        if self.equals is None:
            triggered = not is_blank(value)
        else:
            triggered = value == self.equals or (isinstance(value, list) and self.equals in value)
        if triggered and is_blank(answers.get(self.field)):
            condition = (
                f"{self.other!r} is answered" if self.equals is None else f"{self.other!r} is {self.equals!r}"
            )
            yield Finding(
                self.field, f"an answer, because {condition}", messages.required_because(self.because)
            )


@dataclass(frozen=True, slots=True)
class AnswerOne:
    """At least one of `fields` needs an answer, e.g. a feeling from a list or in one's own words.

    The problem concerns the first field; its words name the second by its label.
    """

    fields: tuple[str, str]

    def reads(self) -> tuple[str, ...]:
        return self.fields

    def declare(self, worksheet: str, fields: Mapping[str, Field]) -> None:
        _known(worksheet, fields, self)

    def find(self, answers: Mapping[str, Any], fields: Mapping[str, Field]) -> Iterator[Finding]:
        if all(is_blank(answers.get(f)) for f in self.fields):
            first, other = self.fields
            yield Finding(first, f"an answer here or in {other!r}", messages.answer_one(fields[other].label))
