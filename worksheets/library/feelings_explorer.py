"""Feelings explorer: name a feeling from broad to precise, guess your partner's, then check.

The feeling families, words and questions are written for Closer. Partner mode compares each
person's guess with what the other said about themselves. It never calls a guess wrong: the
research the chapter cites found that people read others more accurately over time, and
faster when they learned what the other person really thought and felt, so a gap is something to
talk about ("guess, then check").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..fields import Choice, LongText, MultiChoice, Option, Scale, ShortText
from ..result import Block, Link, Result
from ..sheet import Answers, Section, Worksheet


@dataclass(frozen=True, slots=True)
class Family:
    key: str
    name: str
    words: tuple[str, ...]
    question: str  # an open question to ask someone who may feel this way


FAMILIES: tuple[Family, ...] = (
    Family(
        "glad",
        "Glad",
        ("cheerful", "proud", "relieved", "hopeful", "excited", "grateful", "delighted"),
        "What was the best part of it for you?",
    ),
    Family(
        "sad",
        "Sad",
        ("disappointed", "lonely", "low", "discouraged", "homesick", "grieving"),
        "What feels heaviest about it?",
    ),
    Family(
        "scared",
        "Scared",
        ("worried", "nervous", "anxious", "uneasy", "tense", "insecure", "panicky"),
        "What worries you most about it?",
    ),
    Family(
        "angry",
        "Angry",
        ("annoyed", "frustrated", "irritated", "fed up", "resentful", "furious"),
        "What felt most unfair to you?",
    ),
    Family(
        "hurt",
        "Hurt",
        ("let down", "left out", "misunderstood", "unappreciated", "embarrassed", "rejected", "ashamed"),
        "What part of it hurt the most?",
    ),
    Family(
        "tired",
        "Tired or overwhelmed",
        ("drained", "worn out", "stretched thin", "swamped", "numb", "scattered", "burnt out"),
        "What would take some of the weight off?",
    ),
    Family(
        "loving",
        "Loving",
        ("tender", "affectionate", "close", "appreciative", "caring", "fond"),
        "What made you feel close to me?",
    ),
    Family(
        "calm",
        "Calm",
        ("peaceful", "content", "settled", "safe", "relaxed", "steady", "at ease"),
        "What helped you feel settled?",
    ),
)
_FAMILIES = {f.key: f for f in FAMILIES}


def word_value(word: str) -> str:
    """The stored value of a precise word, e.g. "let down" -> "let-down"."""
    return word.replace(" ", "-")


# Every precise word, with its family; values are unique across the whole list.
WORDS: dict[str, tuple[str, Family]] = {word_value(w): (w, f) for f in FAMILIES for w in f.words}

STRENGTHS = ("A little", "Somewhat", "Clearly", "Strongly", "Very strongly")
MAX_WORDS = 3

GUESS_THEN_CHECK = (
    "Your guess is a starting point, not an answer. In a study the chapter describes, people "
    "got better at reading someone over time, and faster when they learned what that person "
    "really thought and felt. "
    "So guess, then check: your partner's answer is what teaches you."
)

GENERAL_QUESTIONS = (
    "What was that moment like for you?",
    "Is there a word that fits better than mine?",
    "Would you like to hear how it was for me?",
)


def family_options() -> tuple[Option, ...]:
    return tuple(Option(f.key, f.name) for f in FAMILIES)


def word_options() -> tuple[Option, ...]:
    return tuple(Option(word_value(w), f"{w} ({f.name.lower()})") for f in FAMILIES for w in f.words)


def join(items: list[str], last: str = "and") -> str:
    items = list(dict.fromkeys(items))
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def words_of(values: list[str]) -> list[str]:
    """The readable words for stored values, skipping any that are not in the list."""
    return [WORDS[v][0] for v in values if v in WORDS]


def in_family_first(family_key: str | None, values: list[str]) -> list[str]:
    """Known word values, those of the named family first, otherwise in the list's order."""
    known = [v for v in values if v in WORDS]
    return sorted(known, key=lambda v: WORDS[v][1].key != family_key)


def describe(family_key: str | None, values: list[str], strength: int | None) -> str:
    """E.g. "glad (proud and relieved), strongly (4 of 5)"."""
    if family_key not in _FAMILIES:
        return "no feeling named"
    text = _FAMILIES[family_key].name.lower()
    words = words_of(in_family_first(family_key, values))
    if words:
        text += f" ({join(words)})"
    if strength is not None:
        text += f", {STRENGTHS[strength - 1].lower()} ({strength} of 5)"
    return text


def evaluate(answers: Answers) -> Result:
    mine = _FAMILIES[answers["my_family"]]
    my_words = words_of(in_family_first(answers["my_family"], answers.get("my_words") or []))
    strength = answers["my_strength"]
    moment = answers.get("moment") or ""

    summary = f"You feel {describe(mine.key, answers.get('my_words') or [], strength)}."
    named = [f"Broad feeling: {mine.name.lower()}."]
    if my_words:
        named.append(f"Precise words: {join(my_words)}.")
    else:
        named.append("You did not pick precise words this time. The list below may help.")
    named.append(f"How strong: {STRENGTHS[strength - 1].lower()} ({strength} of 5).")
    others = [
        f"{WORDS[v][0]} ({WORDS[v][1].name.lower()})"
        for v in answers.get("my_words") or []
        if v in WORDS and WORDS[v][1].key != mine.key
    ]
    if others:
        named.append(
            f"Some of your words come from other families: {join(others)}. "
            "Mixed feelings are common, and naming each one helps."
        )

    blocks = []
    if moment:
        blocks.append(Block("The moment", (moment,), style="paragraphs"))
    blocks.append(Block("Your feelings", tuple(named)))
    spare = [w for w in mine.words if w not in my_words]
    if spare:
        blocks.append(
            Block(
                "More precise words to try",
                (
                    f"If “{mine.name.lower()}” is close but not exact, you might also be: "
                    f"{join(spare, 'or')}.",
                    "A precise word tells your partner more than a broad one. "
                    "“Left out” says more than “bad”.",
                ),
                style="paragraphs",
            )
        )
    why = answers.get("my_why") or ""
    if why:
        blocks.append(Block("What's behind it", (why,), style="paragraphs"))

    guess_family = answers.get("their_family")
    questions: list[str] = []
    if guess_family in _FAMILIES:
        guess = _FAMILIES[guess_family]
        guess_words = words_of(answers.get("their_words") or [])
        described = describe(guess.key, answers.get("their_words") or [], answers.get("their_strength"))
        summary += f" Your guess: your partner feels {described}."
        blocks.append(
            Block(
                "Your guess about your partner",
                (
                    f"You guessed your partner feels {described}.",
                    "Hold this guess lightly. Only your partner can tell you how close it is.",
                ),
                style="paragraphs",
            )
        )
        first = guess_words[0] if guess_words else guess.name.lower()
        questions += [f"“I'm guessing you felt {first}. Is that close?”", f"“{guess.question}”"]
    else:
        summary += " You did not guess your partner's feeling this time."
    questions += [f"“{q}”" for q in GENERAL_QUESTIONS]
    blocks.append(Block("Questions to ask", tuple(questions)))
    blocks.append(Block("Guess, then check", (GUESS_THEN_CHECK,), style="paragraphs"))
    return Result(
        summary=summary,
        blocks=tuple(blocks),
        links=(
            Link(
                "Empathy and compassion: how to practise", "chapters/empathy-and-compassion/#how-to-practise"
            ),
        ),
        links_heading="Read more",
    )


# --- partner mode ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Check:
    """One guess set against what the other person said about themselves."""

    guesser: str  # "you" or "your partner"
    about: str  # whose feeling was guessed
    guessed: bool
    same_family: bool
    guess_family: str | None
    real_family: str | None
    shared_words: list[str]
    unguessed_words: list[str]
    strength_gap: int | None  # said minus guessed; None when either is missing


def _check(guesser: str, about: str, guess: Answers, said: Answers) -> Check:
    guess_family = guess.get("their_family") if guess.get("their_family") in _FAMILIES else None
    real_family = said.get("my_family") if said.get("my_family") in _FAMILIES else None
    guessed_words = set(guess.get("their_words") or [])
    said_words = [v for v in said.get("my_words") or [] if v in WORDS]
    shared = [WORDS[v][0] for v in said_words if v in guessed_words]
    unguessed = [WORDS[v][0] for v in said_words if v not in guessed_words]
    guessed_strength, said_strength = guess.get("their_strength"), said.get("my_strength")
    gap = None
    if isinstance(guessed_strength, int) and isinstance(said_strength, int):
        gap = said_strength - guessed_strength
    return Check(
        guesser,
        about,
        guess_family is not None,
        guess_family is not None and guess_family == real_family,
        guess_family,
        real_family,
        shared,
        unguessed,
        gap,
    )


def _name(key: str | None) -> str:
    return _FAMILIES[key].name.lower() if key in _FAMILIES else "no feeling named"


def _lines(check: Check) -> tuple[list[str], list[str]]:
    """(where the guess met, where to talk) for one check, in kind, plain words."""
    met: list[str] = []
    talk: list[str] = []
    said_by = "your partner said" if check.about == "your partner" else "you said"
    whose = "your partner's" if check.about == "your partner" else "your"
    owner = "Your" if check.guesser == "you" else "Your partner's"
    if not check.guessed:
        talk.append(
            f"{owner} guess about {whose} feeling is missing this time. Next time, "
            "try a guess: even a rough one gives you something to check."
        )
        return met, talk
    real = _name(check.real_family)
    if check.same_family:
        met.append(f"{owner} guess about {whose} feeling was {real}, and {said_by} {real} too.")
    else:
        talk.append(
            f"{owner} guess about {whose} feeling was {_name(check.guess_family)}; {said_by} {real}. "
            f"A good question: “I guessed {_name(check.guess_family)}, and you felt {real}. "
            "What was it like for you?”"
        )
    if check.shared_words:
        met.append(f"The same precise words: {join(check.shared_words)}.")
    chooser = "your partner" if check.about == "your partner" else "you"
    if check.unguessed_words:
        talk.append(
            f"Words {chooser} chose that the guess did not include: {join(check.unguessed_words)}. "
            f"Ask: “Tell me more about feeling {check.unguessed_words[0]}.”"
        )
    if check.strength_gap is not None:
        if check.strength_gap == 0:
            met.append(f"{owner} guess about how strong it was matched exactly.")
        elif abs(check.strength_gap) == 1:
            met.append(f"{owner} guess about how strong it was came within one step.")
        elif check.strength_gap > 0:
            talk.append(
                f"It was stronger for {chooser} "
                f"than the guess ({check.strength_gap} steps). Ask: “It sounds bigger than I knew. "
                "Can you tell me more?”"
            )
        else:
            talk.append(
                f"It was milder for {chooser} "
                f"than the guess ({-check.strength_gap} steps). Ask: “What helped it stay small?”"
            )
    return met, talk


def compare(mine: Answers, theirs: Answers) -> Result:
    """Partner mode: my guess of them against what they said, and theirs of me against mine."""
    checks = (
        _check("you", "your partner", mine, theirs),
        _check("your partner", "you", theirs, mine),
    )
    met: list[str] = []
    talk: list[str] = []
    for check in checks:
        m, t = _lines(check)
        met += m
        talk += t
    families = sum(c.same_family for c in checks)
    guesses = sum(c.guessed for c in checks)
    if guesses == 0:
        summary = "Neither of you made a guess this time. Try a guess each, then compare again."
    elif guesses == 1:
        summary = (
            "One of you made a guess, and it landed in the same feeling family as the answer. "
            "Check the details together: the precise words and the strength."
            if families
            else "One of you made a guess, and it points to a different feeling than the answer. "
            "That is useful: it gives you something to talk about."
        )
    elif families == 2:
        summary = (
            "Both guesses landed in the same feeling family as what the other person said. "
            "Check the details together: the precise words and the strength."
        )
    elif families == 0:
        summary = (
            "Both guesses point to different feelings than the answers. That is useful: "
            "each gap is something to talk about, and every check makes the next guess better."
        )
    else:
        summary = (
            "One guess landed in the same feeling family, and one points somewhere else. "
            "Both give you something to talk about."
        )
    you_said = describe(mine.get("my_family"), mine.get("my_words") or [], mine.get("my_strength"))
    they_said = describe(theirs.get("my_family"), theirs.get("my_words") or [], theirs.get("my_strength"))
    questions = []
    for check in checks:
        if check.real_family in _FAMILIES:
            asker = "You" if check.guesser == "you" else "Your partner"
            questions.append(f"{asker} could ask: “{_FAMILIES[check.real_family].question}”")
    questions += [
        "Each of you: “What did I miss that you wish I had seen?”",
        "Each of you: “What would help, now that I know?”",
    ]
    blocks = [
        Block("What each of you said", (f"You: {you_said}.", f"Your partner: {they_said}.")),
        Block("Where your guesses met", tuple(met) or ("Not this time. That is fine: now you know more.",)),
        Block(
            "Where to talk",
            tuple(talk) or ("Nothing stood out. You can still ask each other about the details.",),
        ),
        Block("Questions to ask each other", tuple(questions)),
        Block(
            "Guess, then check",
            (
                GUESS_THEN_CHECK,
                "A guess that missed is not a failure. It is the feedback that helps you both learn.",
            ),
            style="paragraphs",
        ),
    ]
    return Result(
        summary=summary,
        blocks=tuple(blocks),
    )


WORKSHEET = Worksheet(
    id="feelings-explorer",
    version=1,
    title="Feelings explorer",
    chapter="empathy-and-compassion",
    introduction=(
        "Think of a moment you shared with your partner. Name what you felt, from a broad feeling "
        "to the precise words, then guess what your partner felt. It takes about five minutes."
    ),
    sections=(
        Section(
            "The moment",
            (
                ShortText(
                    id="moment",
                    label="What moment are you thinking of?",
                    help="A few words are enough, like “Sunday's phone call”.",
                    required=False,
                    max_length=200,
                ),
            ),
        ),
        Section(
            "What I felt",
            (
                Choice(id="my_family", label="My broad feeling", options=family_options()),
                MultiChoice(
                    id="my_words",
                    label="My precise feelings (pick up to three)",
                    help="Pick from any family. Mixed feelings are common.",
                    options=word_options(),
                    max_count=MAX_WORDS,
                    required=False,
                ),
                Scale(id="my_strength", label="How strong was it for me?", point_labels=STRENGTHS),
                LongText(
                    id="my_why",
                    label="What's behind it?",
                    required=False,
                    max_length=2000,
                    rows=3,
                ),
            ),
        ),
        Section(
            "My guess about my partner",
            (
                Choice(
                    id="their_family",
                    label="My guess of my partner's broad feeling",
                    options=family_options(),
                    required=False,
                ),
                MultiChoice(
                    id="their_words",
                    label="My guess of my partner's precise feelings (pick up to three)",
                    options=word_options(),
                    max_count=MAX_WORDS,
                    required=False,
                ),
                Scale(
                    id="their_strength",
                    label="How strong do I guess it was for my partner?",
                    point_labels=STRENGTHS,
                    required=False,
                ),
            ),
            intro="A guess is fine. You can check it with your partner later.",
        ),
    ),
    evaluate=evaluate,
    compare=compare,
    examples=(
        {
            "moment": "Sunday's phone call with his mum",
            "my_family": "hurt",
            "my_words": ["left-out", "let-down"],
            "my_strength": 4,
            "my_why": "They made plans without asking me.",
            "their_family": "tired",
            "their_words": ["drained"],
            "their_strength": "3",
        },
        {
            "my_family": "glad",
            "my_words": ["proud", "relieved", "close"],
            "my_strength": "5",
            "my_why": "Wir haben es geschafft — we finally finished the move 🎉\n\nAnd nobody cried. " * 20,
        },
        {
            "moment": '<script>alert(1)</script> """); import js',
            "my_family": "scared",
            "my_strength": 2,
            "my_why": "{{ 7*7 }}",
            "their_family": "calm",
            "their_strength": 1,
        },
    ),
)
