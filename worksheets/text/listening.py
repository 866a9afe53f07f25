"""Reading a reply to a partner (reflective listening): what it did well and what to try.

The rules only see words; they cannot tell whether a partner felt understood, and the
worksheet says so. Each note names the words it noticed, why they matter, and an alternative.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..i18n import _
from ..lexicon import Lexicon, get
from .feedback import Warned, capitalise, quote
from .fold import fold, normalise
from .rules import Finding, Rule, RuleTable, matches

REPLY = RuleTable(
    "reply",
    (
        # "sad" names a feeling; "don't be sad" tells the partner not to feel it.
        Rule("named_feeling", "feelings", not_after=("not_to_feel",)),
        Rule("minimising", "feelings", after=("not_to_feel",), take_context=True),
        Rule("minimising", "minimising"),
        Rule("checked", "checks"),
        Rule("asked_what_helps", "asks_what_helps"),
        # "you must try yoga" is advice; "you must feel so alone" is a guess at a feeling.
        Rule("advice", "advice", not_before=("guessed_feeling",)),
        # "just tell him" is advice; "I just want you to know" is not.
        Rule("advice", "just_advice", not_after=("speaker",)),
        Rule("silver_lining", "silver_linings"),
        Rule("self_story", "self_stories"),
        # "me too" is a story of one's own, but not in "let down by me too".
        Rule("self_story", "me_too", not_after=("prepositions",)),
        Rule("assuming", "assuming"),
    ),
    swallow=False,  # "just relax" is advice and makes the feeling smaller
)

STRENGTH = "strength"
TRY = "try"
# Self-focus is noticed when self-words reach this count and outnumber you-words.
SELF_FOCUS_MIN = 5

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]?")


def title(key: str) -> str:
    """What each note is called (also used when comparing two tries)."""
    titles = {
        "named_feeling": _("You named a feeling"),
        "checked": _("You checked your understanding"),
        "asked_what_helps": _("You asked what would help or invited more"),
        "no_feeling": _("Try naming a feeling"),
        "no_check": _("Try checking your guess"),
        "advice": _("You offered advice"),
        "silver_lining": _("You looked for a bright side"),
        "minimising": _("You made the feeling smaller"),
        "self_story": _("You turned to your own story"),
        "self_focus": _("Much of the reply is about you"),
        "assuming": _("You said you already know"),
    }
    return titles[key]


@dataclass(frozen=True, slots=True)
class ReplyNote:
    """One thing the rules noticed (or did not find), why it matters, and what to try."""

    key: str
    kind: str  # STRENGTH or TRY
    title: str
    noticed: tuple[str, ...]
    explanation: str
    alternative: str

    @property
    def text(self) -> str:
        """One plain paragraph for the page: what, why, and an alternative."""
        return _("{title}. {explanation} {alternative}").format(
            title=self.title, explanation=self.explanation, alternative=self.alternative
        )


@dataclass(frozen=True, slots=True)
class Analysis:
    findings: tuple[ReplyNote, ...]
    words: int
    self_words: int
    you_words: int

    @property
    def strengths(self) -> tuple[ReplyNote, ...]:
        return tuple(f for f in self.findings if f.kind == STRENGTH)

    @property
    def suggestions(self) -> tuple[ReplyNote, ...]:
        return tuple(f for f in self.findings if f.kind == TRY)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.findings)


def sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences in a text, without their surrounding spaces."""
    spans = []
    for match in _SENTENCE.finditer(text):
        chunk = match.group(0)
        if chunk.strip():
            start = match.start() + len(chunk) - len(chunk.lstrip())
            spans.append((start, match.start() + len(chunk.rstrip())))
    return spans


def questions(text: str) -> list[str]:
    """The questions in a text, normalised."""
    return [normalise(text[s:e]) for s, e in sentences(text) if text[s:e].endswith("?")]


def word_counts(text: str, lexicon: Lexicon | None = None) -> tuple[int, int, int]:
    """(all words, self-words such as I/me/my, you-words)."""
    lexicon = lexicon or get()
    words = _WORD.findall(fold(text))
    mine = {fold(w) for w in lexicon.words("self_words")}
    yours = {fold(w) for w in lexicon.words("you_words")}
    return len(words), sum(w in mine for w in words), sum(w in yours for w in words)


def shown(phrases: tuple[str, ...], lexicon: Lexicon) -> str:
    """Phrases as the notes quote them: folded, with "I" capitalised."""
    return quote(capitalise(p, lexicon.words("capitalised")) for p in phrases)


def analyse(text: str, *, feeling_hint: str = "", lexicon: Lexicon | None = None) -> Analysis:
    """Read a reply. `feeling_hint` goes into suggested rewrites ("You sound {hint}.")."""
    lexicon = lexicon or get()
    text = text if isinstance(text, str) else ""
    hint = feeling_hint or _("upset")
    found = matches(text, REPLY, lexicon)
    by_key: dict[str, Finding] = {}
    for match in found:
        prior = by_key.get(match.kind)
        by_key[match.kind] = Finding(match.kind, (*(prior.matches if prior else ()), match))
    noticed = {key: tuple(normalise(w) for w in f.words) for key, f in by_key.items()}
    advice = [m.start for m in found if m.kind == "advice"]  # in reading order
    open_questions = [
        (s, e)
        for s, e in sentences(text)
        if text[s:e].endswith("?") and bisect_left(advice, e) == bisect_left(advice, s)  # no advice in it
    ]
    words, self_words, you_words = word_counts(text, lexicon)
    warned = Warned(p for key in noticed if key in _TRIES for p in noticed[key])

    def note(key: str, kind: str, heading: str, explanation: str, *alternatives: str) -> ReplyNote:
        alternative = warned.safe(*alternatives) or alternatives[-1]
        return ReplyNote(key, kind, heading, noticed.get(key, ()), explanation, alternative)

    def titled(key: str) -> str:
        return _("{title} ({words})").format(title=title(key), words=shown(noticed[key], lexicon))

    notes: list[ReplyNote] = []
    if "named_feeling" in noticed:
        notes.append(
            note(
                "named_feeling",
                STRENGTH,
                titled("named_feeling"),
                _("Naming the feeling under the words shows you heard more than the facts."),
                _("Keep it short, and hold your guess lightly."),
            )
        )
    if "checked" in noticed or open_questions:
        if "checked" in noticed:
            heading = titled("checked")
        else:
            noticed["checked"] = (_("a question"),)
            heading = _("{title} ({words})").format(title=title("checked"), words=_("you asked a question"))
        notes.append(
            note(
                "checked",
                STRENGTH,
                heading,
                _("A check lets your partner correct you, and a correction helps you understand."),
                _("If they say “not quite”, thank them and try again."),
            )
        )
    if "asked_what_helps" in noticed:
        notes.append(
            note(
                "asked_what_helps",
                STRENGTH,
                titled("asked_what_helps"),
                _("This lets your partner lead, so you give the kind of support they want."),
                _("Follow their answer, even if it is “just listen”."),
            )
        )
    if "named_feeling" not in noticed:
        notes.append(
            note(
                "no_feeling",
                TRY,
                title("no_feeling"),
                _(
                    "We did not spot a feeling word. Under most stories is a feeling, "
                    "and naming it helps your partner feel understood."
                ),
                _("You might add: “You sound {hint}.”").format(hint=hint),
                _("You might add how you guess they feel, in a word or two."),
            )
        )
    if "checked" not in noticed:
        notes.append(
            note(
                "no_check",
                TRY,
                title("no_check"),
                _("We did not spot a question or a check. You can't read minds, so ask."),
                _("You might end with: “Is that close?” or “Did I get that right?”"),
            )
        )
    for key, explanation, alternatives in _tries(hint):
        if key in noticed:
            notes.append(note(key, TRY, titled(key), explanation, *alternatives))
    if self_words >= SELF_FOCUS_MIN and self_words > you_words:
        heading = _("{title} (I, me or my {mine} times; you or your {yours} times)").format(
            title=title("self_focus"), mine=self_words, yours=you_words
        )
        noticed["self_focus"] = (f"I/me/my ×{self_words}",)
        notes.append(
            note(
                "self_focus",
                TRY,
                heading,
                _("That is not wrong, but your partner may feel the talk moved to you."),
                _("Try starting with them: “How are you doing with it?”"),
            )
        )
    notes.sort(key=lambda n: _ORDER.index(n.key))
    return Analysis(tuple(notes), words, self_words, you_words)


_ORDER = (
    "named_feeling",
    "checked",
    "asked_what_helps",
    "no_feeling",
    "no_check",
    "advice",
    "silver_lining",
    "minimising",
    "self_story",
    "self_focus",
    "assuming",
)
_TRIES = frozenset({"advice", "silver_lining", "minimising", "self_story", "assuming"})


def _tries(hint: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(key, why, alternatives: the first that uses no warned phrase is shown)."""
    return (
        (
            "advice",
            _("Advice that comes too soon can sound like “please stop feeling this”."),
            (_("Try asking first: “Do you want to talk it through, or would ideas help?”"),),
        ),
        (
            "silver_lining",
            _("A bright side offered early can make your partner feel their worry is not welcome."),
            (
                _("Stay with the hard part first: “That sounds really hard. You seem {hint}.”").format(
                    hint=hint
                ),
                _("Stay with the hard part first, before any bright side."),
            ),
        ),
        (
            "minimising",
            _(
                "Words like these are often meant kindly, but they can tell your partner "
                "the feeling is too big."
            ),
            (_("Try letting it be as big as it is: “It makes sense that you feel this way.”"),),
        ),
        (
            "self_story",
            _("Your story can show you relate, but it can also take the floor from your partner."),
            (_("Keep it short, then hand it back: “But tell me more about yours.”"),),
        ),
        (
            "assuming",
            _("You might be right, but saying so can close the talk down."),
            (_("Try asking instead: “What is it like for you?”"),),
        ),
    )
