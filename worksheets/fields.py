"""Field kinds: each declares what it accepts and turns a raw JSON answer into a clean value."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from .errors import DeclarationError

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class Invalid(Exception):
    """Raised by a field's `clean` with what it expected; the worksheet adds where and what."""

    def __init__(self, expected: str) -> None:
        super().__init__(expected)
        self.expected = expected


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
            raise DeclarationError(
                f"field id {self.id!r}: expected lowercase letters, digits and '_', starting with a letter"
            )
        if not self.label.strip():
            raise DeclarationError(f"field {self.id!r}: the label is empty")

    def clean(self, raw: Any) -> Any:
        """Return the clean value of a non-blank answer or raise Invalid."""
        raise NotImplementedError

    def expected(self) -> str:
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
            raise DeclarationError(f"field {self.id!r}: low ({self.low}) must be below high")
        points = self.high - self.low + 1
        if self.point_labels and len(self.point_labels) != points:
            raise DeclarationError(
                f"field {self.id!r}: {len(self.point_labels)} point labels for {points} points"
            )

    def expected(self) -> str:
        return f"a whole number from {self.low} to {self.high}"

    def clean(self, raw: Any) -> int:
        number = _as_int(raw)
        if number is None or not self.low <= number <= self.high:
            raise Invalid(self.expected())
        return number


@dataclass(frozen=True, kw_only=True)
class OverlapPicture(Scale):
    """A single pictorial item: pairs of circles that overlap more and more (1 = apart)."""

    kind: ClassVar[str] = "picture"
    high: int = 7


def _check_options(field_id: str, options: tuple[Option, ...]) -> None:
    if not options:
        raise DeclarationError(f"field {field_id!r}: the choices are empty")
    values = [o.value for o in options]
    repeated = sorted({v for v in values if values.count(v) > 1})
    if repeated:
        raise DeclarationError(f"field {field_id!r}: repeated choice value(s) {repeated}")


@dataclass(frozen=True, kw_only=True)
class Choice(Field):
    """Exactly one of a fixed list of options."""

    kind: ClassVar[str] = "choice"
    options: tuple[Option, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        Field.__post_init__(self)
        _check_options(self.id, self.options)

    def expected(self) -> str:
        return "one of " + ", ".join(repr(o.value) for o in self.options)

    def clean(self, raw: Any) -> str:
        if not isinstance(raw, str) or raw not in {o.value for o in self.options}:
            raise Invalid(self.expected())
        return raw

    def label_of(self, value: str) -> str:
        return next((o.label for o in self.options if o.value == value), value)


@dataclass(frozen=True, kw_only=True)
class MultiChoice(Choice):
    """Any number of a fixed list of options, within optional bounds."""

    kind: ClassVar[str] = "multi"
    min_count: int = 0
    max_count: int | None = None

    def expected(self) -> str:
        bounds = f"at most {self.max_count} of " if self.max_count else "a list of "
        return bounds + ", ".join(repr(o.value) for o in self.options)

    def blank(self) -> list[str]:
        return []

    def clean(self, raw: Any) -> list[str]:
        items = [raw] if isinstance(raw, str) else raw
        allowed = {o.value for o in self.options}
        if not isinstance(items, list) or not all(isinstance(i, str) and i in allowed for i in items):
            raise Invalid(self.expected())
        chosen = list(dict.fromkeys(items))
        if len(chosen) < self.min_count:
            raise Invalid(f"at least {self.min_count} choices")
        if self.max_count is not None and len(chosen) > self.max_count:
            raise Invalid(self.expected())
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

    def clean(self, raw: Any) -> str:
        if not isinstance(raw, str) or len(raw) > self.max_length:
            raise Invalid(self.expected())
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
            raise DeclarationError(f"field {self.id!r}: minimum is above maximum")

    def expected(self) -> str:
        whole = "a whole number" if float(self.step).is_integer() else "a number"
        return f"{whole} from {self.minimum:g} to {self.maximum:g}"

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
            raise Invalid(self.expected())
        if float(self.step).is_integer():
            if not value.is_integer():
                raise Invalid(self.expected())
            return int(value)
        return value


@dataclass(frozen=True, kw_only=True)
class Time(Field):
    """A time of day as HH:MM (24-hour)."""

    kind: ClassVar[str] = "time"

    def expected(self) -> str:
        return "a time of day as HH:MM"

    def clean(self, raw: Any) -> str:
        if not isinstance(raw, str) or not _TIME.match(raw.strip()):
            raise Invalid(self.expected())
        return raw.strip()


@dataclass(frozen=True, kw_only=True)
class Date(Field):
    """A calendar date as YYYY-MM-DD."""

    kind: ClassVar[str] = "date"

    def expected(self) -> str:
        return "a date as YYYY-MM-DD"

    def clean(self, raw: Any) -> str:
        try:
            return date.fromisoformat(raw.strip()).isoformat()
        except (AttributeError, TypeError, ValueError):
            raise Invalid(self.expected()) from None


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
            raise DeclarationError(f"field {self.id!r}: shape must be one of {sorted(_HIDDEN_SHAPES)}")
        if self.fill not in _HIDDEN_FILLS:
            raise DeclarationError(f"field {self.id!r}: fill must be one of {_HIDDEN_FILLS}")

    def expected(self) -> str:
        noun = {"list": "a list", "dict": "an object", "text": "text"}[self.shape]
        return f"{noun} kept by the page (at most {self.max_items} items)"

    def blank(self) -> Any:
        return _HIDDEN_SHAPES[self.shape]()

    def clean(self, raw: Any) -> Any:
        if not isinstance(raw, _HIDDEN_SHAPES[self.shape]) or len(raw) > self.max_items:
            raise Invalid(self.expected())
        return raw


def is_blank(value: Any) -> bool:
    """True for an answer the reader left empty."""
    return _is_blank(value)
