"""Closer's worksheets: each declared once, rendered at build time, evaluated in the browser."""

from __future__ import annotations

from .errors import AnswersInvalid, DeclarationError, FieldProblem, UnknownWorksheet
from .registry import all_worksheets, get
from .result import Result
from .sheet import Worksheet

__all__ = [
    "AnswersInvalid",
    "DeclarationError",
    "FieldProblem",
    "Result",
    "UnknownWorksheet",
    "Worksheet",
    "all_worksheets",
    "get",
]
