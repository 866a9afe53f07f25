"""Plain, explainable analysis of a reply to a partner: what it did well and what to try.

Every rule is a phrase list kept here as data. A finding says what it noticed (the words as
matched), why it matters, and offers a rewrite or a question. The rules only see words; they
cannot tell whether a partner felt understood, and the wording says so.

Text is normalised before matching: Unicode NFKC, curly apostrophes and quotes made straight,
case folded, runs of spaces joined, so "Don’t worry" and "DON'T  worry" match alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# --- word lists (data) -------------------------------------------------------------------

# Feeling words a listener might name. Multi-word phrases are matched as phrases.
FEELING_WORDS: tuple[str, ...] = (
    "afraid",
    "alone",
    "angry",
    "annoyed",
    "anxious",
    "ashamed",
    "betrayed",
    "bitter",
    "burnt out",
    "burned out",
    "confused",
    "crushed",
    "disappointed",
    "discouraged",
    "drained",
    "embarrassed",
    "excited",
    "exhausted",
    "fed up",
    "frightened",
    "frustrated",
    "furious",
    "glad",
    "grateful",
    "grieving",
    "guilty",
    "happy",
    "heartbroken",
    "helpless",
    "homesick",
    "hopeful",
    "hopeless",
    "humiliated",
    "hurt",
    "insecure",
    "invisible",
    "irritated",
    "jealous",
    "left out",
    "let down",
    "lonely",
    "mad",
    "gutted",
    "devastated",
    "miserable",
    "shattered",
    "isolated",
    "ignored",
    "rejected",
    "overlooked",
    "torn",
    "under pressure",
    "hurting",
    "nervous",
    "on edge",
    "overwhelmed",
    "panicked",
    "powerless",
    "proud",
    "relieved",
    "resentful",
    "sad",
    "scared",
    "shaken",
    "stressed",
    "stuck",
    "tense",
    "terrified",
    "thrilled",
    "tired",
    "trapped",
    "unappreciated",
    "uneasy",
    "unsettled",
    "upset",
    "worn out",
    "worried",
    "worry",
    "worrying",
    "worries",
    "fear",
    "frustration",
    "stress",
    "loneliness",
    "sadness",
    "anger",
    "frustrating",
    "scary",
    "frightening",
    "heavy",
    "painful",
    "exhausting",
    "overwhelming",
)

# Words just before a feeling word that tell the partner not to feel it. Such a feeling word
# is not counted as naming a feeling; it is reported as brushing the feeling aside.
NOT_TO_FEEL: tuple[str, ...] = (
    "don't be",
    "do not be",
    "don't feel",
    "do not feel",
    "no need to be",
    "no need to feel",
    "stop being",
    "stop feeling",
    "shouldn't be",
    "shouldn't feel",
    "don't",
    "do not",
    "no need to",
)

# Phrases that check understanding or invite the partner to correct a guess.
CHECK_PHRASES: tuple[str, ...] = (
    "it sounds like",
    "sounds like",
    "it seems like",
    "it sounds as if",
    "are you saying",
    "did i get that right",
    "did i get it right",
    "have i got that right",
    "have i got it right",
    "is that right",
    "is that it",
    "am i right",
    "is that close",
    "am i close",
    "is that how it felt",
    "do you mean",
    "did you mean",
    "if i understand",
    "if i'm hearing you",
    "what i'm hearing",
    "i'm guessing",
    "i wonder if",
    "so you feel",
    "so you felt",
    "correct me if",
    "tell me if i'm wrong",
)

# Phrases that ask what kind of support the partner wants (the chapter's "ask before you fix").
ASK_WHAT_HELPS: tuple[str, ...] = (
    "do you want to vent",
    "do you want to talk",
    "do you want ideas",
    "do you want advice",
    "would ideas help",
    "would it help",
    "what would help",
    "how can i help",
    "what do you need",
    "what can i do",
    "want to talk about it",
    "tell me more",
    "what was that like",
    "what was it like",
    "what's it like",
)

# Advice: fixing before asking.
ADVICE_PHRASES: tuple[str, ...] = (
    "you should",
    "you shouldn't",
    "you really should",
    "you need to",
    "you just need to",
    "you have to",
    "you just have to",
    "you ought to",
    "you could try",
    "you could just",
    "you must",
    "why don't you",
    "why not just",
    "have you tried",
    "did you try",
    "have you thought about",
    "have you considered",
    "if i were you",
    "my advice",
    "what you need is",
    "what you should do",
    "the best thing to do",
    "the trick is",
    "maybe try",
)

# "just" + an instruction, e.g. "just ignore her". Not counted after "I" ("I just want...").
JUST_VERBS: tuple[str, ...] = (
    "ignore",
    "tell",
    "let",
    "forget",
    "say",
    "talk",
    "ask",
    "relax",
    "move",
    "get",
    "go",
    "stop",
    "quit",
    "leave",
    "call",
    "text",
    "email",
    "try",
    "do",
    "breathe",
    "accept",
    "sleep",
    "take",
    "focus",
    "push",
    "put",
    "walk",
    "drop",
    "book",
    "find",
    "sign",
    "smile",
    "stay",
    "make",
)

# Silver linings: "at least..." and the bright side, offered before the feeling is heard.
SILVER_LINING: tuple[str, ...] = (
    "at least",
    "look on the bright side",
    "on the bright side",
    "silver lining",
    "on the plus side",
    "look at it this way",
    "everything happens for a reason",
    "it's a blessing",
    "blessing in disguise",
    "be grateful",
    "be thankful",
    "think of the positives",
    "count your blessings",
)

# Minimising: telling a partner their feeling is too big or should stop.
MINIMISING: tuple[str, ...] = (
    "it's not a big deal",
    "not a big deal",
    "no big deal",
    "not that big a deal",
    "don't worry",
    "do not worry",
    "calm down",
    "could be worse",
    "could have been worse",
    "you're overreacting",
    "you are overreacting",
    "overreacting",
    "you'll be fine",
    "it'll be fine",
    "it'll be okay",
    "it's nothing",
    "it's probably nothing",
    "get over it",
    "don't be so sensitive",
    "too sensitive",
    "it's not that bad",
    "not the end of the world",
    "cheer up",
    "happens to everyone",
    "everyone forgets",
    "everyone feels",
    "don't take it personally",
    "don't stress",
    "don't let it get to you",
    "it's just a",
    "it's only a",
    "chill out",
    "relax",
    "move on",
)

# Turning the talk toward oneself.
SELF_STORIES: tuple[str, ...] = (
    "that happened to me",
    "same thing happened to me",
    "the same thing happened",
    "that reminds me",
    "i remember when",
    "when i was",
    "i had the same",
    "me too",
    "same here",
    "that's like when i",
    "that's nothing",
    "you think that's bad",
    "try being me",
    "i once",
    "my day was",
)

# A self-story phrase right after one of these words is not a self-story ("a bit by me too").
NOT_AFTER: dict[str, frozenset[str]] = {
    "me too": frozenset({"by", "for", "to", "with", "at", "from", "about", "like", "and", "of", "on"}),
}

# Claiming to know already, instead of asking.
ASSUMING: tuple[str, ...] = (
    "i know exactly how you feel",
    "i know how you feel",
    "i know exactly what you mean",
    "i totally get it",
    "i know what that's like",
)

SELF_WORDS: frozenset[str] = frozenset(
    {"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "im", "ive"}
)
YOU_WORDS: frozenset[str] = frozenset(
    {"you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll", "youre", "u"}
)
# Self-focus is noticed when self-words reach this count and outnumber you-words.
SELF_FOCUS_MIN = 5

_APOSTROPHES = "’‘ʼʻ`´′‛＇"
_QUOTES = "“”„‟«»″"
_CAPITAL_I = re.compile(r"(?<![\w'])i(?![\w])")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]?")


def normalise(text: str) -> str:
    """Text ready for matching: NFKC, straight apostrophes, case folded, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate({ord(c): "'" for c in _APOSTROPHES} | {ord(c): '"' for c in _QUOTES})
    text = text.casefold()
    return " ".join(text.split())


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex for a phrase list; longest first; an apostrophe may be left out ("dont")."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        parts.append(re.escape(normalise(phrase)).replace("'", "'?").replace(r"\ ", " "))
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])")


_FEELINGS = phrase_pattern(FEELING_WORDS)
_CHECKS = phrase_pattern(CHECK_PHRASES)
_ASKS = phrase_pattern(ASK_WHAT_HELPS)
_ADVICE = phrase_pattern(ADVICE_PHRASES)
_JUST = re.compile(r"(?<![\w'])(i |i'm |we )?just (" + "|".join(JUST_VERBS) + r")(?![\w'])")
_SILVER = phrase_pattern(SILVER_LINING)
_MINIMISING = phrase_pattern(MINIMISING)
_SELF_STORIES = phrase_pattern(SELF_STORIES)
_ASSUMING = phrase_pattern(ASSUMING)
_NOT_TO_FEEL = tuple(sorted((normalise(p) for p in NOT_TO_FEEL), key=len, reverse=True))


def find(pattern: re.Pattern[str], text: str) -> list[str]:
    """The distinct phrases a pattern matched in normalised text, in order of first use."""
    return list(dict.fromkeys(m.group(0) for m in pattern.finditer(text)))


def _blocker_before(text: str, start: int) -> str:
    before = text[:start].replace("'", "")
    for blocker in _NOT_TO_FEEL:
        if before.endswith(" " + blocker.replace("'", "") + " ") or before == blocker.replace("'", "") + " ":
            return blocker
    return ""


def feelings_in(text: str) -> tuple[list[str], list[str]]:
    """(feeling words named, phrases that told the partner not to feel) in normalised text."""
    named: list[str] = []
    brushed: list[str] = []
    for match in _FEELINGS.finditer(text):
        blocker = _blocker_before(text, match.start())
        if blocker:
            brushed.append(f"{blocker} {match.group(0)}")
        else:
            named.append(match.group(0))
    return list(dict.fromkeys(named)), list(dict.fromkeys(brushed))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def questions(text: str) -> list[str]:
    return [s for s in sentences(text) if s.endswith("?")]


def word_counts(text: str) -> tuple[int, int, int]:
    """(all words, self-words I/me/my..., you-words) in normalised text."""
    words = _WORD.findall(text)
    return (
        len(words),
        sum(1 for w in words if w in SELF_WORDS),
        sum(1 for w in words if w in YOU_WORDS),
    )


def _distinct(phrases: Iterable[str]) -> list[str]:
    """Phrases without repeats, where "dont worry" and "don't worry" count as one."""
    seen: dict[str, str] = {}
    for phrase in phrases:
        seen.setdefault(phrase.replace("'", ""), phrase)
    return list(seen.values())


def quote(phrases: Iterable[str]) -> str:
    """“a”, “b” and “c”."""
    shown = [f"“{_CAPITAL_I.sub('I', p)}”" for p in phrases]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " and " + shown[-1]


# --- findings ----------------------------------------------------------------------------

STRENGTH = "strength"
TRY = "try"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the rules noticed (or did not find), why it matters, and what to try."""

    key: str
    kind: str  # STRENGTH or TRY
    title: str
    noticed: tuple[str, ...]
    explanation: str
    alternative: str

    @property
    def text(self) -> str:
        """One plain sentence group for the page: what, why, and an alternative."""
        return f"{self.title}. {self.explanation} {self.alternative}"


@dataclass(frozen=True, slots=True)
class Analysis:
    findings: tuple[Finding, ...]
    words: int
    self_words: int
    you_words: int

    @property
    def strengths(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind == STRENGTH)

    @property
    def suggestions(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind == TRY)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.findings)


# Titles for the findings, also used when comparing two tries.
TITLES: dict[str, str] = {
    "named_feeling": "You named a feeling",
    "checked": "You checked your understanding",
    "asked_what_helps": "You asked what would help or invited more",
    "no_feeling": "Try naming a feeling",
    "no_check": "Try checking your guess",
    "advice": "You offered advice",
    "silver_lining": "You looked for a bright side",
    "minimising": "You made the feeling smaller",
    "self_story": "You turned to your own story",
    "self_focus": "Much of the reply is about you",
    "assuming": "You said you already know",
}


def analyse(text: str, *, feeling_hint: str = "upset") -> Analysis:
    """Analyse a reply. `feeling_hint` is used in suggested rewrites ("You sound {hint}.")."""
    norm = normalise(text)
    hint = feeling_hint or "upset"
    named, brushed = feelings_in(norm)
    checks = find(_CHECKS, norm)
    asks = find(_ASKS, norm)
    advice = find(_ADVICE, norm) + [m.group(0) for m in _JUST.finditer(norm) if not m.group(1)]
    advice = _distinct(advice)
    advice_questions = [q for q in questions(norm) if _ADVICE.search(q) or _JUST.search(q)]
    open_questions = [q for q in questions(norm) if q not in advice_questions]
    silver = find(_SILVER, norm)
    minimising = _distinct(find(_MINIMISING, norm) + brushed)
    stories = _distinct(
        m.group(0)
        for m in _SELF_STORIES.finditer(norm)
        if norm[: m.start()].rsplit(None, 1)[-1:] not in ([w] for w in NOT_AFTER.get(m.group(0), ()))
    )
    assuming = find(_ASSUMING, norm)
    words, self_words, you_words = word_counts(norm)

    findings: list[Finding] = []
    if named:
        findings.append(
            Finding(
                "named_feeling",
                STRENGTH,
                f"{TITLES['named_feeling']} ({quote(named)})",
                tuple(named),
                "Naming the feeling under the words shows you heard more than the facts.",
                "Keep it short, and hold your guess lightly.",
            )
        )
    if checks or open_questions:
        shown = checks if checks else ["a question"]
        findings.append(
            Finding(
                "checked",
                STRENGTH,
                f"{TITLES['checked']} ({quote(checks) if checks else 'you asked a question'})",
                tuple(shown),
                "A check lets your partner correct you, and a correction helps you understand.",
                "If they say “not quite”, thank them and try again.",
            )
        )
    if asks:
        findings.append(
            Finding(
                "asked_what_helps",
                STRENGTH,
                f"{TITLES['asked_what_helps']} ({quote(asks)})",
                tuple(asks),
                "This lets your partner lead, so you give the kind of support they want.",
                "Follow their answer, even if it is “just listen”.",
            )
        )
    if not named:
        findings.append(
            Finding(
                "no_feeling",
                TRY,
                TITLES["no_feeling"],
                (),
                "We did not spot a feeling word. Under most stories is a feeling, "
                "and naming it helps your partner feel understood.",
                f"You might add: “You sound {hint}.”",
            )
        )
    if not checks and not open_questions:
        findings.append(
            Finding(
                "no_check",
                TRY,
                TITLES["no_check"],
                (),
                "We did not spot a question or a check. You can't read minds, so ask.",
                "You might end with: “Is that close?” or “Did I get that right?”",
            )
        )
    if advice:
        findings.append(
            Finding(
                "advice",
                TRY,
                f"{TITLES['advice']} ({quote(advice)})",
                tuple(advice),
                "Advice that comes too soon can sound like “please stop feeling this”.",
                "Try asking first: “Do you want to talk it through, or would ideas help?”",
            )
        )
    if silver:
        findings.append(
            Finding(
                "silver_lining",
                TRY,
                f"{TITLES['silver_lining']} ({quote(silver)})",
                tuple(silver),
                "A bright side offered early can make your partner feel their worry is not welcome.",
                f"Stay with the hard part first: “That sounds really hard. You seem {hint}.”",
            )
        )
    if minimising:
        findings.append(
            Finding(
                "minimising",
                TRY,
                f"{TITLES['minimising']} ({quote(minimising)})",
                tuple(minimising),
                "Words like these are often meant kindly, but they can tell your partner "
                "the feeling is too big.",
                "Try letting it be as big as it is: “It makes sense that you feel this way.”",
            )
        )
    if stories:
        findings.append(
            Finding(
                "self_story",
                TRY,
                f"{TITLES['self_story']} ({quote(stories)})",
                tuple(stories),
                "Your story can show you relate, but it can also take the floor from your partner.",
                "Keep it short, then hand it back: “But tell me more about yours.”",
            )
        )
    if self_words >= SELF_FOCUS_MIN and self_words > you_words:
        findings.append(
            Finding(
                "self_focus",
                TRY,
                f"{TITLES['self_focus']} (I, me or my {self_words} times; you or your {you_words} times)",
                (f"I/me/my ×{self_words}",),
                "That is not wrong, but your partner may feel the talk moved to you.",
                "Try starting with them: “How are you doing with it?”",
            )
        )
    if assuming:
        findings.append(
            Finding(
                "assuming",
                TRY,
                f"{TITLES['assuming']} ({quote(assuming)})",
                tuple(assuming),
                "You might be right, but saying so can close the talk down.",
                "Try asking instead: “What is it like for you?”",
            )
        )
    return Analysis(tuple(findings), words, self_words, you_words)
