"""A worksheet declaration: identity, ordered sections of fields, and its evaluate function."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import AnswersInvalid, DeclarationError, FieldProblem
from .fields import Field, Invalid, Option, describe, is_blank
from .migrate import Migration, check_migrations
from .result import Result

_ID = re.compile(r"^[a-z][a-z0-9-]*$")

Answers = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Section:
    """A group of fields shown under one legend; `title` may be empty for a plain group."""

    title: str
    fields: tuple[Field, ...]
    intro: str = ""


@dataclass(frozen=True, slots=True)
class Worksheet:
    """Declared once; rendered to HTML at build time and evaluated in the browser."""

    id: str
    version: int
    title: str
    chapter: str
    introduction: str
    sections: tuple[Section, ...]
    evaluate: Callable[[Answers], Result]
    submit_label: str = "Show my reflection"
    # Realistic answers, used by the Pyodide parity tests and the benchmark.
    examples: tuple[Answers, ...] = ()
    # Several submit buttons (e.g. draw / keep / start over); the pressed one arrives as
    # answers["action"]. Empty: one button with `submit_label`.
    actions: tuple[Option, ...] = ()
    # Partner mode: compare two people's clean answers (mine, theirs) without judging either.
    compare: Callable[[Answers, Answers], Result] | None = None
    # How answers saved under earlier versions reach this one (one step per version).
    migrations: tuple[Migration, ...] = ()

    def __post_init__(self) -> None:
        where = f"worksheet {self.id!r}"
        if not _ID.match(self.id):
            raise DeclarationError(f"{where}: id must be lowercase letters, digits and '-'")
        if self.version < 1:
            raise DeclarationError(f"{where}: version must be 1 or more, got {self.version}")
        if not self.title.strip():
            raise DeclarationError(f"{where}: the title is empty")
        ids = [f.id for f in self.fields]
        if not ids:
            raise DeclarationError(f"{where}: it has no fields")
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise DeclarationError(f"{where}: duplicate field id(s) {repeated}")
        check_migrations(self)
        if "action" in ids:
            raise DeclarationError(f"{where}: 'action' is reserved for the pressed button")
        for number, example in enumerate(self.examples, 1):
            try:
                self.validate(example)
            except AnswersInvalid as invalid:
                raise DeclarationError(f"{where}: example {number} is invalid: {invalid}") from None

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(f for section in self.sections for f in section.fields)

    def field(self, field_id: str) -> Field:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def validate(self, answers: Any) -> Answers:
        """Return clean answers, or raise AnswersInvalid listing every problem at once."""
        if not isinstance(answers, Mapping):
            raise AnswersInvalid(
                (FieldProblem(self.id, "*", "answers", "an object of answers", describe(answers)),)
            )
        problems: list[FieldProblem] = []
        clean: Answers = {}
        known = {f.id for f in self.fields}
        if self.actions:
            known.add("action")
            action = answers.get("action", self.actions[0].value)
            if not isinstance(action, str) or action not in {a.value for a in self.actions}:
                expected = "one of " + ", ".join(repr(a.value) for a in self.actions)
                problems.append(FieldProblem(self.id, "action", "button", expected, describe(action)))
            clean["action"] = action
        for key in answers:
            if key not in known:
                problems.append(
                    FieldProblem(
                        self.id, str(key), str(key), "one of this worksheet's fields", "an unknown field"
                    )
                )
        for f in self.fields:
            raw = answers.get(f.id)
            if is_blank(raw):
                if f.required:
                    problems.append(FieldProblem(self.id, f.id, f.label, "an answer", describe(raw)))
                clean[f.id] = f.blank()
                continue
            try:
                clean[f.id] = f.clean(raw)
            except Invalid as error:
                problems.append(FieldProblem(self.id, f.id, f.label, error.expected, describe(raw)))
        if problems:
            raise AnswersInvalid(tuple(problems))
        return clean

    def run(self, answers: Any) -> Result:
        """Validate, then evaluate: the one entry point used at build time and in the browser."""
        return self.evaluate(self.validate(answers))
