"""Field kinds: each declares what it accepts and turns a raw JSON answer into a clean value."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from . import messages
from .errors import declaration_error

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class Invalid(Exception):
    """Raised by a field's `clean`: what it expected (technical) and what to do (for a person)."""

    def __init__(self, expected: str, text: str) -> None:
        super().__init__(expected)
        self.expected = expected
        self.text = text


def describe(value: Any) -> str:
    """Name a received value for a message, short enough to read, never the whole text."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{'true' if value else 'false'} (a yes/no value)"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        if not value.strip():
            return "an empty answer"
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}" + (f" ({len(value)} characters)" if len(value) > 40 else "")
    if isinstance(value, list):
        return f"a list of {len(value)} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return "an object"
    return f"a value of type {type(value).__name__}"


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,9}\s*", value):
        return int(value)
    return None


@dataclass(frozen=True, slots=True)
class Option:
    """One choice: the stored value and the words a reader sees."""

    value: str
    label: str


@dataclass(frozen=True, kw_only=True)
class Field:
    """Common to every field: a stable id (the form's `name`), a label, optional help."""

    kind: ClassVar[str] = "field"
    id: str
    label: str
    help: str = ""
    required: bool = True

    def __post_init__(self) -> None:
        if not _ID.match(self.id):
            raise declaration_error(
                f"field id {self.id!r} is not lowercase letters, digits and '_', starting with a letter",
                "rename the field (its id is the form's `name` and the key of saved answers)",
            )
        if not self.label.strip():
            raise declaration_error("the label is empty", "write the question", field=self.id)

    def clean(self, raw: Any) -> Any:
        """Return the clean value of a non-blank answer or raise Invalid."""
        raise NotImplementedError

    def expected(self) -> str:
        raise NotImplementedError

    def invalid(self) -> Invalid:
        """The usual Invalid for this field; `clean` raises a more precise one where it can."""
        raise NotImplementedError

    def blank(self) -> Any:
        return None


@dataclass(frozen=True, kw_only=True)
class Scale(Field):
    """A whole number on a labelled scale, e.g. 1 (not at all like us) to 5 (very like us)."""

    kind: ClassVar[str] = "scale"
    low: int = 1
    high: int = 5
    low_label: str = ""
    high_label: str = ""
    point_labels: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        Field.__post_init__(self)
        if self.low >= self.high:
            raise declaration_error(
                f"low ({self.low}) must be below high", "give the scale at least two points", field=self.id
            )
        points = self.high - self.low + 1
        if self.point_labels and len(self.point_labels) != points:
            raise declaration_error(
                f"{len(self.point_labels)} point labels for {points} points",
                "give one label per point, or none",
                field=self.id,
            )

    def points(self) -> range:
        return range(self.low, self.high + 1)

    def point_word(self, point: int) -> str:
        """The words for one point: its own label, else the end label, else nothing."""
        if self.point_labels:
            return self.point_labels[point - self.low]
        return {self.low: self.low_label, self.high: self.high_label}.get(point, "")

    def expected(self) -> str:
        return f"a whole number from {self.low} to {self.high}"

    def invalid(self) -> Invalid:
        return Invalid(self.expected(), messages.scale_point(self.low, self.high))

    def clean(self, raw: Any) -> int:
        number = _as_int(raw)
        if number is None or not self.low <= number <= self.high:
            raise self.invalid()
        return number


@dataclass(frozen=True, kw_only=True)
class OverlapPicture(Scale):
    """A single pictorial item: pairs of circles that overlap more and more (1 = apart)."""

    kind: ClassVar[str] = "picture"
    high: int = 7


@dataclass(frozen=True, kw_only=True)
class Options(Field):
    """Common to fields that offer a fixed list of options (one, or several)."""

    kind: ClassVar[str] = "options"
    options: tuple[Option, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        Field.__post_init__(self)
        if not self.options:
            raise declaration_error("the choices are empty", "declare at least one Option", field=self.id)
        values = [o.value for o in self.options]
        repeated = sorted({v for v in values if values.count(v) > 1})
        if repeated:
            raise declaration_error(
                f"repeated choice value(s) {repeated}", "give every option its own value", field=self.id
            )

    def label_of(self, value: str) -> str:
        return next((o.label for o in self.options if o.value == value), value)


@dataclass(frozen=True, kw_only=True)
class Choice(Options):
    """Exactly one of a fixed list of options."""

    kind: ClassVar[str] = "choice"

    def expected(self) -> str:
        return "one of " + ", ".join(repr(o.value) for o in self.options)

    def invalid(self) -> Invalid:
        return Invalid(self.expected(), messages.choose_shown())

    def clean(self, raw: Any) -> str:
        if not isinstance(raw, str) or raw not in {o.value for o in self.options}:
            raise self.invalid()
        return raw


@dataclass(frozen=True, kw_only=True)
class MultiChoice(Options):
    """Any number of a fixed list of options, within optional bounds."""

    kind: ClassVar[str] = "multi"
    min_count: int = 0
    max_count: int | None = None

    def __post_init__(self) -> None:
        Options.__post_init__(self)
        most = len(self.options) if self.max_count is None else self.max_count
        if not 0 <= self.min_count <= most <= len(self.options) or most == 0:
            raise declaration_error(
                f"min_count {self.min_count} and max_count {self.max_count} do not fit "
                f"{len(self.options)} options",
                "keep 0 <= min_count <= max_count <= the number of options, and max_count above 0",
                field=self.id,
            )

    def expected(self) -> str:
        bounds = f"at most {self.max_count} of " if self.max_count else "a list of "
        return bounds + ", ".join(repr(o.value) for o in self.options)

    def invalid(self) -> Invalid:
        return Invalid(self.expected(), messages.choose_only_shown())

    def blank(self) -> list[str]:
        return []

    def clean(self, raw: Any) -> list[str]:
        items = [raw] if isinstance(raw, str) else raw
        allowed = {o.value for o in self.options}
        if not isinstance(items, list) or not all(isinstance(i, str) and i in allowed for i in items):
            raise self.invalid()
        chosen = list(dict.fromkeys(items))
        if len(chosen) < self.min_count:
            raise Invalid(f"at least {self.min_count} choices", messages.too_few(self.min_count, len(chosen)))
        if self.max_count is not None and len(chosen) > self.max_count:
            raise Invalid(self.expected(), messages.too_many(self.max_count, len(chosen)))
        # Keep the declared order so results do not depend on the order of clicks.
        return [o.value for o in self.options if o.value in chosen]


@dataclass(frozen=True, kw_only=True)
class ShortText(Field):
    """One line of the reader's own words."""

    kind: ClassVar[str] = "short"
    max_length: int = 200
    placeholder: str = ""

    def expected(self) -> str:
        return f"text of at most {self.max_length} characters"

    def invalid(self) -> Invalid:
        return Invalid(self.expected(), messages.text_needed())

    def clean(self, raw: Any) -> str:
        if not isinstance(raw, str):
            raise self.invalid()
        if len(raw) > self.max_length:
            raise Invalid(self.expected(), messages.too_long(self.max_length, len(raw) - self.max_length))
        return raw.strip()


@dataclass(frozen=True, kw_only=True)
class LongText(ShortText):
    """Several lines of the reader's own words."""

    kind: ClassVar[str] = "long"
    max_length: int = 4000
    rows: int = 4


@dataclass(frozen=True, kw_only=True)
class Number(Field):
    """A number within bounds, whole unless the step says otherwise."""

    kind: ClassVar[str] = "number"
    minimum: float = 0
    maximum: float = 100
    step: float = 1
    unit: str = ""

    def __post_init__(self) -> None:
        Field.__post_init__(self)
        if self.minimum > self.maximum:
            raise declaration_error("minimum is above maximum", "swap them", field=self.id)

    def expected(self) -> str:
        whole = "a whole number" if float(self.step).is_integer() else "a number"
        return f"{whole} from {self.minimum:g} to {self.maximum:g}"

    def invalid(self) -> Invalid:
        whole = float(self.step).is_integer()
        return Invalid(self.expected(), messages.number_between(self.minimum, self.maximum, whole))

    def clean(self, raw: Any) -> float | int:
        value: float | None = None
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            value = float(raw)
        elif isinstance(raw, str):
            try:
                value = float(raw.strip())
            except ValueError:
                value = None
        if value is None or value != value or not self.minimum <= value <= self.maximum:
            raise self.invalid()
        if float(self.step).is_integer():
            if not value.is_integer():
                raise self.invalid()
            return int(value)
        return value


@dataclass(frozen=True, kw_only=True)
class Time(Field):
    """A time of day as HH:MM (24-hour)."""

    kind: ClassVar[str] = "time"

    def expected(self) -> str:
        return "a time of day as HH:MM"

    def invalid(self) -> Invalid:
        return Invalid(self.expected(), messages.time_of_day())

    def clean(self, raw: Any) -> str:
        if not isinstance(raw, str) or not _TIME.match(raw.strip()):
            raise self.invalid()
        return raw.strip()


@dataclass(frozen=True, kw_only=True)
class Date(Field):
    """A calendar date as YYYY-MM-DD, optionally within bounds (also YYYY-MM-DD)."""

    kind: ClassVar[str] = "date"
    earliest: str = ""
    latest: str = ""

    def __post_init__(self) -> None:
        Field.__post_init__(self)
        for bound in (self.earliest, self.latest):
            try:
                if bound:
                    date.fromisoformat(bound)
            except ValueError:
                raise declaration_error(
                    f"bound {bound!r} is not a date", "write it as YYYY-MM-DD", field=self.id
                ) from None

    def expected(self) -> str:
        return "a date as YYYY-MM-DD"

    def invalid(self) -> Invalid:
        return Invalid(self.expected(), messages.real_date())

    def clean(self, raw: Any) -> str:
        try:
            day = date.fromisoformat(raw.strip()).isoformat()
        except (AttributeError, TypeError, ValueError):
            raise self.invalid() from None
        if (self.earliest and day < self.earliest) or (self.latest and day > self.latest):
            bounds = f"a date from {self.earliest or 'any day'} to {self.latest or 'any day'}"
            raise Invalid(bounds, messages.date_between(self.earliest, self.latest))
        return day


_HIDDEN_SHAPES = {"list": list, "dict": dict, "text": str}
_HIDDEN_FILLS = ("", "today", "seed", "records")


@dataclass(frozen=True, kw_only=True)
class Hidden(Field):
    """State the page keeps for Python between uses (a history, a deck's drawn cards).

    The reader never types it. `fill` asks the page to supply it: "today" (the local date at
    submit), "seed" (a random seed made once), "records" (every saved worksheet record, at
    submit). Its contents are still untrusted data: evaluate must check each item it uses.
    """

    kind: ClassVar[str] = "hidden"
    label: str = "kept by the page"
    required: bool = False
    shape: str = "list"
    fill: str = ""
    max_items: int = 500

    def __post_init__(self) -> None:
        Field.__post_init__(self)
        if self.shape not in _HIDDEN_SHAPES:
            raise declaration_error(
                f"shape {self.shape!r} is unknown", f"use one of {sorted(_HIDDEN_SHAPES)}", field=self.id
            )
        if self.fill not in _HIDDEN_FILLS:
            raise declaration_error(
                f"fill {self.fill!r} is unknown", f"use one of {_HIDDEN_FILLS}", field=self.id
            )

    def expected(self) -> str:
        noun = {"list": "a list", "dict": "an object", "text": "text"}[self.shape]
        return f"{noun} kept by the page (at most {self.max_items} items)"

    def invalid(self) -> Invalid:
        return Invalid(self.expected(), messages.kept_by_page())

    def blank(self) -> Any:
        return _HIDDEN_SHAPES[self.shape]()

    def clean(self, raw: Any) -> Any:
        if not isinstance(raw, _HIDDEN_SHAPES[self.shape]) or len(raw) > self.max_items:
            raise self.invalid()
        return raw


def is_blank(value: Any) -> bool:
    """True for an answer the reader left empty."""
    return _is_blank(value)
