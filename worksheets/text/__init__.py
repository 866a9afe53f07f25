"""One text engine for every worksheet that reads what a person wrote.

`rules` is the engine (rule tables, phrase matching with context, findings); the word lists
are data in `worksheets.lexicon`, one module per language. `message` reads a message to a
partner, `listening` a reply to a partner, `sentence` fits a person's words into a sentence
and checks a request, `feedback` holds what every feedback shares.
"""

from __future__ import annotations

from .feedback import Warned, in_words, quote, quoted
from .fold import fold, normalise, same_key
from .rules import Finding, Match, Rule, RuleTable, check, matches, scan

__all__ = [
    "Finding",
    "Match",
    "Rule",
    "RuleTable",
    "Warned",
    "check",
    "fold",
    "in_words",
    "matches",
    "normalise",
    "quote",
    "quoted",
    "same_key",
    "scan",
]
