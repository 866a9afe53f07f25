"""A worksheet declaration: identity, sections of fields, cross-field checks, and evaluate.

Answers pass two phases before `evaluate` sees them: each field cleans its own answer, then
the declared checks look across fields. Every problem from both phases is reported at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import messages
from .checks import Check
from .errors import AnswersInvalid, FieldProblem, declaration_error
from .fields import Field, Invalid, Option, describe, is_blank
from .i18n import _
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
    # Run after every field is clean; see checks.py.
    checks: tuple[Check, ...] = ()
    # Realistic answers, used by the Pyodide parity tests and the benchmark.
    examples: tuple[Answers, ...] = ()
    # The same examples as a reader of another language writes them, for that language's
    # screenshots (bench/screens.py): language -> one dict per example, each holding only the
    # answers written in words (the rest is the English example's).
    examples_in: Mapping[str, tuple[Answers, ...]] = field(default_factory=dict)
    # Several submit buttons (e.g. draw / keep / start over); the pressed one arrives as
    # answers["action"]. Empty: one button with `submit_label`.
    actions: tuple[Option, ...] = ()
    # Partner mode: compare two people's clean answers (mine, theirs) without judging either.
    compare: Callable[[Answers, Answers], Result] | None = None
    # How answers saved under earlier versions reach this one (one step per version).
    migrations: tuple[Migration, ...] = ()
    # What this worksheet's saved answers (raw, untrusted) add to the reader's path, if anything.
    progress: Callable[[Mapping[str, Any]], Result] | None = None

    def __post_init__(self) -> None:
        def fail(problem: str, fix: str, field: str = "") -> None:
            raise declaration_error(problem, fix, worksheet=self.id, field=field)

        if not _ID.match(self.id):
            fail("id must be lowercase letters, digits and '-'", "rename the worksheet")
        if self.version < 1:
            fail(f"version must be 1 or more, got {self.version}", "start at version 1")
        if not self.title.strip():
            fail("the title is empty", "give the worksheet a title")
        ids = [f.id for f in self.fields]
        if not ids:
            fail("it has no fields", "declare at least one field in a Section")
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            fail(f"duplicate field id(s) {repeated}", "give every field its own id")
        if "action" in ids:
            fail("'action' is reserved for the pressed button", "rename the field", "action")
        check_migrations(self)
        by_id = {f.id: f for f in self.fields}
        for check in self.checks:
            check.declare(self.id, by_id)
        for number, example in enumerate(self.examples, 1):
            try:
                self.validate(example)
            except AnswersInvalid as invalid:
                fail(f"example {number} is invalid: {invalid}", "correct the example's answers")
        for language, written in self.examples_in.items():
            if len(written) > len(self.examples):
                fail(
                    f"{len(written)} {language} examples for {len(self.examples)} examples", "drop the extra"
                )
            for number, example in enumerate(self.examples_for(language), 1):
                try:
                    self.validate(example)
                except AnswersInvalid as invalid:
                    fail(f"{language} example {number} is invalid: {invalid}", "correct its answers")

    def examples_for(self, language: str) -> tuple[Answers, ...]:
        """The examples as a reader of `language` writes them (English where none is declared)."""
        written = self.examples_in.get(language, ())
        return tuple(
            {**example, **(written[number] if number < len(written) else {})}
            for number, example in enumerate(self.examples)
        )

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(f for section in self.sections for f in section.fields)

    def field(self, field_id: str) -> Field:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def _problem(self, field: str, label: str, expected: str, raw: Any, text: str) -> FieldProblem:
        # The label as the reader sees it, in the page's language (declarations are English).
        return FieldProblem(self.id, field, _(label) if label else "", expected, describe(raw), text)

    def validate(self, answers: Any) -> Answers:
        """Return clean answers, or raise AnswersInvalid listing every problem at once."""
        if not isinstance(answers, Mapping):
            raise AnswersInvalid(
                (self._problem("*", "", "an object of answers", answers, messages.unreadable_answers()),)
            )
        problems: list[FieldProblem] = []
        clean: Answers = {}
        known = {f.id for f in self.fields}
        if self.actions:
            known.add("action")
            action = answers.get("action", self.actions[0].value)
            if not isinstance(action, str) or action not in {a.value for a in self.actions}:
                expected = "one of " + ", ".join(repr(a.value) for a in self.actions)
                problems.append(self._problem("action", "", expected, action, messages.unknown_button()))
            clean["action"] = action
        for key in answers:
            if key not in known:
                problems.append(
                    FieldProblem(
                        self.id,
                        str(key),
                        "",
                        "one of this worksheet's fields",
                        "an unknown field",
                        messages.unknown_question(),
                    )
                )
        for f in self.fields:
            raw = answers.get(f.id)
            if is_blank(raw):
                if f.required:
                    problems.append(self._problem(f.id, f.label, "an answer", raw, messages.required()))
                clean[f.id] = f.blank()
                continue
            try:
                clean[f.id] = f.clean(raw)
            except Invalid as error:
                problems.append(self._problem(f.id, f.label, error.expected, raw, error.text))
        problems += self._cross_field(clean, {p.field for p in problems})
        if problems:
            # In the form's order, so the summary at the top reads like the form.
            place = {f.id: n for n, f in enumerate(self.fields)}
            raise AnswersInvalid(tuple(sorted(problems, key=lambda p: place.get(p.field, -1))))
        return clean

    def _cross_field(self, clean: Answers, troubled: set[str]) -> list[FieldProblem]:
        """The checks' phase: a check whose fields already have a problem waits for the fix."""
        by_id = {f.id: f for f in self.fields}
        found: list[FieldProblem] = []
        for check in self.checks:
            if troubled & set(check.reads()):
                continue
            for finding in check.find(clean, by_id):
                label = by_id[finding.field].label
                found.append(
                    self._problem(
                        finding.field, label, finding.expected, clean.get(finding.field), finding.text
                    )
                )
                troubled.add(finding.field)
        return found

    def run(self, answers: Any) -> Result:
        """Validate, then evaluate: the one entry point used at build time and in the browser."""
        return self.evaluate(self.validate(answers))
