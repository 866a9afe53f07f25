"""Plain, explainable notes on a sentence someone plans to say to a partner.

Every rule is a word list or a short regular expression kept here as data, so anyone can read
why a phrase was noticed. Matching is case-insensitive, on word boundaries, and treats curly
apostrophes (’) like straight ones. Nothing here judges the person: each finding says what it
noticed, why it can land hard, and offers a rewrite or a question.

The ideas behind the lists (harsh start-up, criticism versus complaint, contempt) come from
the chapters' sources; the lists themselves are written for Closer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------
# Word lists (data). Phrases are plain text: a space matches any run of spaces, a straight
# apostrophe may be missing or curly ("it's", "its", "it’s"), and a comma may be left out.

ABSOLUTES: tuple[str, ...] = (
    "always",
    "never",
    "every time",
    "every single time",
    "all the time",
    "constantly",
    "not once",
    "nothing",
    "everything",
    "nobody",
    "no one",
)

BLAME_OPENERS: tuple[str, ...] = (
    "you make me feel",
    "you made me feel",
    "you make me",
    "you made me",
    "you always",
    "you never",
    "you don't even",
    "you can't even",
    "you just don't",
    "because of you",
    "it's your fault",
    "it is your fault",
    "this is your fault",
    "that's your fault",
    "it's all your fault",
    "all your fault",
    "your fault",
    "you're the reason",
    "you are the reason",
    "look what you did",
    "why do you always",
    "why can't you",
    "why don't you ever",
)

# "I feel that you …": a thought about the partner dressed as a feeling.
FEEL_THAT: tuple[str, ...] = (
    "i feel that you",
    "i feel like you",
    "i feel as if you",
    "i feel as though you",
    "i felt that you",
    "i felt like you",
    "i felt as if you",
    "i feel that your",
    "i feel like your",
    "i felt like your",
)

# Words that sound like feelings but say what someone did to us; with a gentler feeling to try.
JUDGEMENT_FEELINGS: dict[str, str] = {
    "ignored": "lonely or hurt",
    "rejected": "hurt or sad",
    "abandoned": "lonely or scared",
    "betrayed": "hurt or shocked",
    "manipulated": "uneasy or confused",
    "disrespected": "hurt or angry",
    "unappreciated": "tired or sad",
    "taken for granted": "worn out or sad",
    "used": "hurt or resentful",
    "criticised": "hurt or embarrassed",
    "criticized": "hurt or embarrassed",
    "attacked": "scared or upset",
    "judged": "embarrassed or hurt",
    "neglected": "lonely or sad",
    "unheard": "lonely or frustrated",
    "misunderstood": "frustrated or lonely",
    "controlled": "uneasy or angry",
    "pressured": "anxious or stuck",
}
# Only after "I feel", "I felt", "I'm feeling" (and a softener such as "so" or "really").
FEELING_VERBS: tuple[str, ...] = ("i feel", "i felt", "i'm feeling", "i am feeling", "feeling")
SOFTENERS: tuple[str, ...] = ("so", "really", "very", "totally", "completely", "a bit", "kind of")

LABELS: tuple[str, ...] = (
    "lazy",
    "selfish",
    "crazy",
    "typical",
    "useless",
    "hopeless",
    "stupid",
    "idiot",
    "childish",
    "immature",
    "irresponsible",
    "inconsiderate",
    "thoughtless",
    "careless",
    "clueless",
    "rude",
    "ungrateful",
    "spoiled",
    "clingy",
    "needy",
    "controlling",
    "dramatic",
    "hysterical",
    "too sensitive",
    "oversensitive",
    "ridiculous",
    "liar",
    "loser",
    "jerk",
    "slob",
    "nag",
    "control freak",
    "drama queen",
    "narcissist",
    "psycho",
)

SARCASM: tuple[str, ...] = (
    "oh great",
    "great, just great",
    "just great",
    "thanks a lot",
    "thanks for nothing",
    "yeah right",
    "oh sure",
    "sure, because",
    "oh really",
    "big surprise",
    "what a surprise",
    "nice going",
    "how nice of you",
    "seriously?",
)
# Patterns that a plain phrase cannot say: "whatever" as a brush-off (before punctuation or at
# the end), and the "?!" of exasperation.
SARCASM_PATTERNS: tuple[str, ...] = (
    r"(?<!\w)whatever(?=\s*(?:[.!?,…]|$))",
    r"(?<![!?])[!?]*(?:!\?|\?!)[!?]*",
)

CONTEMPT: tuple[str, ...] = (
    "pathetic",
    "disgusting",
    "what's wrong with you",
    "what is wrong with you",
    "grow up",
    "get a grip",
    "give me a break",
    "are you kidding me",
    "who does that",
    "ugh",
    "pfft",
)
CONTEMPT_PATTERNS: tuple[str, ...] = (
    r"(?<!\w)roll(?:s|ed|ing)?\s+(?:my\s+|your\s+|his\s+|her\s+|their\s+)?eyes(?!\w)",
    r"(?<!\w)eye[\s-]?roll(?:s|ed|ing)?(?!\w)",
    "\U0001f644",  # face with rolling eyes
    "\U0001f612",  # unamused face
)

COMMANDS: tuple[str, ...] = (
    "you need to",
    "you should",
    "you have to",
    "you must",
    "you'd better",
    "you better",
    "you ought to",
    "you've got to",
    "you gotta",
)

# What each kind is called, why it can land hard, and what to try. "{w}" is the matched words.
KINDS: dict[str, tuple[str, str, str]] = {
    "absolute": (
        "An all-or-nothing word",
        "“{w}” can turn one moment into a verdict, and invites a debate about the times it didn't happen.",
        "Try talking about this time, or recent times: for example “last night” or “twice this week”.",
    ),
    "blame": (
        "A blame opener",
        "“{w}” puts your partner at the centre and can sound like blame, so they may defend "
        "instead of listen.",
        "Try starting with “I” and what you felt: “I felt … when …”.",
    ),
    "feel-that": (
        "A thought dressed as a feeling",
        "“{w}” starts like a feeling, but what follows is a thought about your partner. "
        "A feeling is usually one or two words: hurt, lonely, worried.",
        "Which feeling is under the thought? Try “I feel … when …”.",
    ),
    "judgement-feeling": (
        "A judgement dressed as a feeling",
        "“{w}” says what you think your partner did to you, more than how you feel.",
        "Under it there may be a feeling such as {alt}. Does one of those fit?",
    ),
    "label": (
        "A label",
        "“{w}” can sound like a label for who your partner is, not what they did. Labels tend to "
        "make people defend themselves.",
        "Try describing the action instead, as a camera would see it: what happened, and when?",
    ),
    "sarcasm": (
        "Sarcasm",
        "“{w}” can sound sarcastic or fed up, even if you don't mean it that way. Sarcasm is hard "
        "to hear past.",
        "Try saying plainly what you feel: “I'm disappointed that …”.",
    ),
    "contempt": (
        "Contempt",
        "“{w}” can come across as looking down on your partner. Mocking and contempt tend to make "
        "conflict worse.",
        "Under contempt there is often a hurt or a need. What do you wish were different?",
    ),
    "command": (
        "A command",
        "“{w}” sounds like an order. People often push back against orders, even fair ones.",
        "Try turning it into a request: “Would you be willing to …?”",
    ),
}

# Request checks: words that ask to stop rather than to do, and words that say when.
STOP_STARTS: tuple[str, ...] = ("don't", "do not", "not", "never", "no longer", "avoid")
STOP_PATTERNS: tuple[str, ...] = (
    r"(?<!\w)(?:stop|quit)\s+(?:\w+ing|it|that|this|being)(?!\w)",
    r"(?<!\w)(?:no\s+longer|no\s+more|any\s?more|leave\s+me\s+alone)(?!\w)",
)
TIME_WORDS: tuple[str, ...] = (
    "today",
    "tonight",
    "tomorrow",
    "right now",
    "this morning",
    "this afternoon",
    "this evening",
    "this week",
    "this weekend",
    "next week",
    "next time",
    "once a week",
    "twice a week",
    "daily",
    "weekly",
    "after dinner",
    "after work",
    "after lunch",
    "after breakfast",
    "before bed",
    "before dinner",
    "before work",
    "first thing",
    "at night",
    "in the morning",
    "in the evening",
    "morning",
    "mornings",
    "evening",
    "evenings",
    "night",
    "nights",
    "weekend",
    "weekends",
    "weekday",
    "weekdays",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
)
TIME_PATTERNS: tuple[str, ...] = (
    r"(?<!\w)\d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)(?!\w)",
    r"(?<!\w)at\s+\d{1,2}(?::\d\d)?(?!\w)",
    r"(?<!\w)(?:\d+|a|an|one|two|three|five|ten|fifteen|twenty|thirty)\s+(?:minutes?|hours?|days?)(?!\w)",
    r"(?<!\w)(?:when|whenever|if|before|after)\s+(?:you|i|we)(?:'\w+)?(?!\w)[^.,;!?\n]*",
)
# After "you should", these verbs make a poor request ("Would you be willing to know better?").
NOT_ACTIONS: tuple[str, ...] = (
    "be",
    "know",
    "understand",
    "realise",
    "realize",
    "see",
    "get",
    "learn",
    "accept",
    "grow",
)
# Requests that start with one of these verbs name something a camera could see.
ACTION_VERBS: tuple[str, ...] = (
    "ask",
    "book",
    "bring",
    "call",
    "check",
    "clean",
    "clear",
    "come",
    "cook",
    "do",
    "drive",
    "empty",
    "give",
    "go",
    "hold",
    "hug",
    "join",
    "leave",
    "let",
    "look",
    "make",
    "meet",
    "pay",
    "phone",
    "pick",
    "plan",
    "put",
    "read",
    "ring",
    "save",
    "say",
    "set",
    "share",
    "sit",
    "sort",
    "spend",
    "split",
    "start",
    "take",
    "talk",
    "tell",
    "text",
    "tidy",
    "try",
    "turn",
    "walk",
    "wash",
    "write",
)
VAGUE: tuple[str, ...] = (
    "be more",
    "be less",
    "be nicer",
    "be kinder",
    "be better",
    "be there",
    "do better",
    "try harder",
    "make an effort",
    "more effort",
    "care more",
    "care about",
    "respect me",
    "appreciate me",
    "understand me",
    "support me",
    "show me you care",
    "pay more attention",
    "open up",
    "change",
    "improve",
    "grow up",
)

# Words a request or a "when" may start with that a sentence lowercases ("The bins" → "the bins").
LOWERCASE_STARTS: frozenset[str] = frozenset(
    (
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "there",
        "it",
        "its",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "we",
        "you",
        "they",
        "he",
        "she",
        "after",
        "before",
        "during",
        "on",
        "at",
        "in",
        "last",
        "yesterday",
        "today",
        "tonight",
        "most",
        "some",
        "every",
        "each",
        "nobody",
        "someone",
        "something",
    )
)

# ---------------------------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'", "`": "'"})


def normalise(text: str) -> str:
    """Same length as `text`: curly and other apostrophes become "'" so spans stay valid."""
    return text.translate(_APOSTROPHES)


def _phrase(phrase: str, bounded: bool = True) -> str:
    """A plain phrase as a regex: word boundaries, flexible spaces, optional commas and "'"."""
    words = [re.escape(word.strip(",")).replace("'", "'?") for word in phrase.split()]
    body = r",?\s+".join(words)
    if not bounded:
        return body
    head = r"(?<!\w)" if phrase[:1].isalnum() else ""
    tail = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return head + body + tail


def _compile(phrases: Iterable[str], patterns: Iterable[str] = ()) -> re.Pattern[str]:
    """One pattern for a list; phrases that start a word share one look-behind (much faster)."""
    ordered = sorted(phrases, key=len, reverse=True)  # longest first: "every single time" wins
    words = [
        _phrase(p, bounded=False) + (r"(?!\w)" if p[-1:].isalnum() else "")
        for p in ordered
        if p[:1].isalnum()
    ]
    others = [_phrase(p) for p in ordered if not p[:1].isalnum()]
    parts = ([r"(?<!\w)(?:" + "|".join(words) + ")"] if words else []) + others + list(patterns)
    return re.compile("|".join(parts), re.IGNORECASE)


_JUDGEMENT = re.compile(
    r"(?<!\w)(?:"
    + "|".join(_phrase(v, bounded=False) for v in FEELING_VERBS)
    + r")\s+(?:(?:"
    + "|".join(_phrase(s, bounded=False) for s in SOFTENERS)
    + r")\s+)?(?P<word>"
    + "|".join(_phrase(w) for w in sorted(JUDGEMENT_FEELINGS, key=len, reverse=True))
    + ")",
    re.IGNORECASE,
)

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("blame", _compile(BLAME_OPENERS)),
    ("feel-that", _compile(FEEL_THAT)),
    ("command", _compile(COMMANDS)),
    ("contempt", _compile(CONTEMPT, CONTEMPT_PATTERNS)),
    ("sarcasm", _compile(SARCASM, SARCASM_PATTERNS)),
    ("label", _compile(LABELS)),
    ("absolute", _compile(ABSOLUTES)),
)
_PRIORITY = {kind: index for index, (kind, _) in enumerate(_RULES)}
_PRIORITY["judgement-feeling"] = len(_RULES)
_ABSOLUTE = _RULES[-1][1]

_STOP_START = re.compile("^(?:" + "|".join(_phrase(p) for p in STOP_STARTS) + ")", re.IGNORECASE)
_STOP_ANYWHERE = re.compile("|".join(STOP_PATTERNS), re.IGNORECASE)
_TIME = _compile(TIME_WORDS, TIME_PATTERNS)
_VAGUE = _compile(VAGUE)
_CLAUSE_END = re.compile(r"[.!?;:\n]|,\s|\s(?:when|because|but|and so)\s", re.IGNORECASE)
_FIRST_WORD = re.compile(r"^[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing noticed: what kind, the words as written, where, why, and what to try."""

    kind: str
    words: str
    start: int
    end: int
    explanation: str
    suggestion: str

    @property
    def title(self) -> str:
        return KINDS[self.kind][0]

    def key(self) -> tuple[str, str]:
        """Findings with the same key say the same thing (e.g. "never" twice)."""
        return self.kind, " ".join(normalise(self.words).casefold().split())


def _rest_of_clause(text: str, end: int, max_words: int = 8) -> str:
    """The words right after a match, up to the end of its clause (for a rewrite)."""
    tail = text[end : end + 300]
    stop = _CLAUSE_END.search(tail)
    words = (tail[: stop.start()] if stop else tail).split()
    return " ".join(words[:max_words]) if len(words) <= max_words else ""


def _make(kind: str, text: str, match: re.Match[str], words: str) -> Finding:
    _, explanation, suggestion = KINDS[kind]
    explanation = explanation.format(w=words)
    folded = " ".join(normalise(words).casefold().split())
    if kind == "judgement-feeling":
        suggestion = suggestion.format(alt=JUDGEMENT_FEELINGS.get(folded, "hurt or sad"))
    elif kind == "blame":
        absolute = _ABSOLUTE.search(normalise(words))
        if absolute:
            explanation += f" It also uses “{absolute.group(0)}”, which can turn one moment into a verdict."
        rest = _rest_of_clause(text, match.end())
        if folded.endswith("feel") and rest:
            suggestion = f"Try “I feel {rest} when …”. It names the same feeling, without blame."
    elif kind == "command":
        rest = _rest_of_clause(text, match.end())
        first = _FIRST_WORD.match(normalise(rest))
        if rest and first and first.group(0).casefold() not in NOT_ACTIONS:
            suggestion = f"Try turning it into a request: “Would you be willing to {rest}?”"
    return Finding(kind, words, match.start(), match.end(), explanation, suggestion)


def analyse(text: str) -> list[Finding]:
    """Every finding in `text`, in reading order; a finding inside a larger one is left out."""
    if not isinstance(text, str) or not text.strip():
        return []
    plain = normalise(text)
    found: list[Finding] = []
    for kind, pattern in _RULES:
        for match in pattern.finditer(plain):
            if match.end() > match.start():
                found.append(_make(kind, text, match, text[match.start() : match.end()]))
    for match in _JUDGEMENT.finditer(plain):
        start, end = match.span("word")
        found.append(_make("judgement-feeling", text, match, text[start:end]))
    # Longer spans first, then by priority, so a span inside one already kept is dropped.
    found.sort(key=lambda f: (f.start, -(f.end - f.start), _PRIORITY[f.kind]))
    kept: list[Finding] = []
    reach = -1  # the furthest end of a kept finding; every kept one starts at or before this one
    for finding in found:
        if finding.end <= reach:
            continue
        kept.append(finding)
        reach = max(reach, finding.end)
    return kept


def distinct(findings: Iterable[Finding]) -> list[tuple[Finding, int]]:
    """Each different finding once (its first occurrence), with how many times it appeared."""
    first: dict[tuple[str, str], Finding] = {}
    counts: dict[tuple[str, str], int] = {}
    for finding in findings:
        key = finding.key()
        first.setdefault(key, finding)
        counts[key] = counts.get(key, 0) + 1
    return [(finding, counts[key]) for key, finding in first.items()]


def describe(finding: Finding, count: int = 1, where: str = "") -> str:
    """One line for a reader: where, the words, why, and what to try."""
    times = f" ({count} times)" if count > 1 else ""
    prefix = f"{where}: " if where else ""
    return f"{prefix}{finding.title}{times}. {finding.explanation} {finding.suggestion}"


# ---------------------------------------------------------------------------------------------
# Helpers for building sentences out of a person's words, and checking a request.


def strip_prefixes(text: str, prefixes: Iterable[str]) -> str:
    """Remove leading phrases the sentence already supplies ("When", "Could you", "I feel")."""
    ordered = sorted(prefixes, key=len, reverse=True)
    pattern = re.compile(r"^\s*(?:" + "|".join(_phrase(p) for p in ordered) + r")[\s,:]*", re.IGNORECASE)
    current = normalise(text)
    original = text
    while True:
        match = pattern.match(current)
        if not match or match.end() == 0 or match.end() >= len(current.rstrip()):
            break
        current, original = current[match.end() :], original[match.end() :]
    return original.strip()


def clause(text: str, prefixes: Iterable[str] = (), lower: str = "common") -> str:
    """A person's words ready to sit inside a sentence: no leading prefix or trailing stop.

    lower: "common" lowercases a first word found in LOWERCASE_STARTS ("The bins" → "the bins",
    but "Ben" stays); "any" lowercases any capitalised first word except "I" (for a request,
    which starts with a verb); "none" leaves it.
    """
    words = strip_prefixes(text, prefixes) if prefixes else text.strip()
    words = " ".join(words.split()).rstrip(" .!?,;:…")
    first = _FIRST_WORD.match(words)
    if first and lower != "none":
        word = first.group(0)
        plain = normalise(word)
        is_i = plain == "I" or plain.startswith("I'")
        shouted = len(word) > 1 and word.isupper()
        if (
            not is_i
            and not shouted
            and word[:1].isupper()
            and (lower == "any" or plain.casefold() in LOWERCASE_STARTS)
        ):
            words = word[:1].lower() + words[1:]
    return words


@dataclass(frozen=True, slots=True)
class RequestCheck:
    """What a request asks for: to do or to stop, when, and what a camera would see."""

    asks_to_stop: str  # the words that ask to stop ("" when none)
    time_words: tuple[str, ...]  # the words that say when, in order (empty when none)
    action_word: str  # a concrete first verb ("" when none)
    vague_words: str  # words that are hard to picture ("" when none)

    @property
    def positive(self) -> bool:
        return not self.asks_to_stop

    @property
    def specific(self) -> bool:
        return bool(self.time_words or self.action_word) and not self.vague_words


def check_request(request: str) -> RequestCheck:
    """Check a request already stripped of "Would you be willing to" (see `clause`)."""
    text = request.strip()
    plain = normalise(text)
    stop = _STOP_START.match(plain) or _STOP_ANYWHERE.search(plain)
    times: list[str] = []
    for match in _TIME.finditer(plain):
        words = text[match.start() : match.end()]
        if not any(words.casefold() in kept.casefold() for kept in times):  # "night" after "nights"
            times.append(words)
    first = _FIRST_WORD.match(plain)
    verb = first.group(0) if first and first.group(0).casefold() in ACTION_VERBS else ""
    vague = _VAGUE.search(plain)
    return RequestCheck(
        asks_to_stop=text[stop.start() : stop.end()] if stop else "",
        time_words=tuple(times[:3]),
        action_word=verb,
        vague_words=text[vague.start() : vague.end()] if vague else "",
    )
