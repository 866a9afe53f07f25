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
from ..i18n import N_, _
from ..result import Block, Link, Result
from ..sheet import Answers, Section, Worksheet
from ..text import quoted


@dataclass(frozen=True, slots=True)
class Family:
    key: str
    name: str
    words: tuple[str, ...]
    question: str  # an open question to ask someone who may feel this way


FAMILIES: tuple[Family, ...] = (
    Family(
        N_("glad"),
        N_("Glad"),
        (
            N_("cheerful"),
            N_("proud"),
            N_("relieved"),
            N_("hopeful"),
            N_("excited"),
            N_("grateful"),
            N_("delighted"),
        ),
        N_("What was the best part of it for you?"),
    ),
    Family(
        N_("sad"),
        N_("Sad"),
        (N_("disappointed"), N_("lonely"), N_("low"), N_("discouraged"), N_("homesick"), N_("grieving")),
        N_("What feels heaviest about it?"),
    ),
    Family(
        N_("scared"),
        N_("Scared"),
        (
            N_("worried"),
            N_("nervous"),
            N_("anxious"),
            N_("uneasy"),
            N_("tense"),
            N_("insecure"),
            N_("panicky"),
        ),
        N_("What worries you most about it?"),
    ),
    Family(
        N_("angry"),
        N_("Angry"),
        (N_("annoyed"), N_("frustrated"), N_("irritated"), N_("fed up"), N_("resentful"), N_("furious")),
        N_("What felt most unfair to you?"),
    ),
    Family(
        N_("hurt"),
        N_("Hurt"),
        (
            N_("let down"),
            N_("left out"),
            N_("misunderstood"),
            N_("unappreciated"),
            N_("embarrassed"),
            N_("rejected"),
            N_("ashamed"),
        ),
        N_("What part of it hurt the most?"),
    ),
    Family(
        N_("tired"),
        N_("Tired or overwhelmed"),
        (
            N_("drained"),
            N_("worn out"),
            N_("stretched thin"),
            N_("swamped"),
            N_("numb"),
            N_("scattered"),
            N_("burnt out"),
        ),
        N_("What would take some of the weight off?"),
    ),
    Family(
        N_("loving"),
        N_("Loving"),
        (N_("tender"), N_("affectionate"), N_("close"), N_("appreciative"), N_("caring"), N_("fond")),
        N_("What made you feel close to me?"),
    ),
    Family(
        N_("calm"),
        N_("Calm"),
        (
            N_("peaceful"),
            N_("content"),
            N_("settled"),
            N_("safe"),
            N_("relaxed"),
            N_("steady"),
            N_("at ease"),
        ),
        N_("What helped you feel settled?"),
    ),
)
_FAMILIES = {f.key: f for f in FAMILIES}


def word_value(word: str) -> str:
    """The stored value of a precise word, e.g. "let down" -> "let-down"."""
    return word.replace(" ", "-")


# Every precise word, with its family; values are unique across the whole list.
WORDS: dict[str, tuple[str, Family]] = {word_value(w): (w, f) for f in FAMILIES for w in f.words}

# What a person felt, said back to them in a sentence (“I'm guessing you felt proud”), by family
# key and precise word. A sentence said to a partner cannot carry a list's “orgulloso/a”: a
# language says each one in words that fit any person (Spanish «sentiste orgullo»).
FELT: dict[str, str] = {
    "glad": N_("felt glad"),
    "cheerful": N_("felt cheerful"),
    "proud": N_("felt proud"),
    "relieved": N_("felt relieved"),
    "hopeful": N_("felt hopeful"),
    "excited": N_("felt excited"),
    "grateful": N_("felt grateful"),
    "delighted": N_("felt delighted"),
    "sad": N_("felt sad"),
    "disappointed": N_("felt disappointed"),
    "lonely": N_("felt lonely"),
    "low": N_("felt low"),
    "discouraged": N_("felt discouraged"),
    "homesick": N_("felt homesick"),
    "grieving": N_("felt grieving"),
    "scared": N_("felt scared"),
    "worried": N_("felt worried"),
    "nervous": N_("felt nervous"),
    "anxious": N_("felt anxious"),
    "uneasy": N_("felt uneasy"),
    "tense": N_("felt tense"),
    "insecure": N_("felt insecure"),
    "panicky": N_("felt panicky"),
    "angry": N_("felt angry"),
    "annoyed": N_("felt annoyed"),
    "frustrated": N_("felt frustrated"),
    "irritated": N_("felt irritated"),
    "fed up": N_("felt fed up"),
    "resentful": N_("felt resentful"),
    "furious": N_("felt furious"),
    "hurt": N_("felt hurt"),
    "let down": N_("felt let down"),
    "left out": N_("felt left out"),
    "misunderstood": N_("felt misunderstood"),
    "unappreciated": N_("felt unappreciated"),
    "embarrassed": N_("felt embarrassed"),
    "rejected": N_("felt rejected"),
    "ashamed": N_("felt ashamed"),
    "tired": N_("felt tired or overwhelmed"),
    "drained": N_("felt drained"),
    "worn out": N_("felt worn out"),
    "stretched thin": N_("felt stretched thin"),
    "swamped": N_("felt swamped"),
    "numb": N_("felt numb"),
    "scattered": N_("felt scattered"),
    "burnt out": N_("felt burnt out"),
    "loving": N_("felt loving"),
    "tender": N_("felt tender"),
    "affectionate": N_("felt affectionate"),
    "close": N_("felt close"),
    "appreciative": N_("felt appreciative"),
    "caring": N_("felt caring"),
    "fond": N_("felt fond"),
    "calm": N_("felt calm"),
    "peaceful": N_("felt peaceful"),
    "content": N_("felt content"),
    "settled": N_("felt settled"),
    "safe": N_("felt safe"),
    "relaxed": N_("felt relaxed"),
    "steady": N_("felt steady"),
    "at ease": N_("felt at ease"),
}


def felt(key: str) -> str:
    """ "felt proud", for a family key or a precise word, in the reader's language."""
    return _(FELT[key])


STRENGTHS = ("A little", "Somewhat", "Clearly", "Strongly", "Very strongly")
MAX_WORDS = 3

GUESS_THEN_CHECK = N_(
    "Your guess is a starting point, not an answer. In a study the chapter describes, people "
    "got better at reading someone over time, and faster when they learned what that person "
    "really thought and felt. "
    "So guess, then check: your partner's answer is what teaches you."
)

GENERAL_QUESTIONS = (
    N_("What was that moment like for you?"),
    N_("Is there a word that fits better than mine?"),
    N_("Would you like to hear how it was for me?"),
)


def family_options() -> tuple[Option, ...]:
    return tuple(Option(f.key, f.name) for f in FAMILIES)


def word_options() -> tuple[Option, ...]:
    return tuple(Option(word_value(w), f"{w} ({f.name.lower()})") for f in FAMILIES for w in f.words)


def join(items: list[str], last: str = "and") -> str:
    """ "a, b and c" (or "a, b or c" with last="or"), in the reader's language."""
    items = list(dict.fromkeys(items))
    if len(items) <= 1:
        return "".join(items)
    joined = _("{items} or {last}") if last == "or" else _("{items} and {last}")
    return joined.format(items=", ".join(items[:-1]), last=items[-1])


def words_of(values: list[str]) -> list[str]:
    """The readable words for stored values, skipping any that are not in the list."""
    return [_(WORDS[v][0]) for v in values if v in WORDS]


def family_name(family: Family) -> str:
    """A family's name inside a sentence ("hurt"), in the reader's language."""
    return _(family.name).lower()


def in_family_first(family_key: str | None, values: list[str]) -> list[str]:
    """Known word values, those of the named family first, otherwise in the list's order."""
    known = [v for v in values if v in WORDS]
    return sorted(known, key=lambda v: WORDS[v][1].key != family_key)


def describe(family_key: str | None, values: list[str], strength: int | None) -> str:
    """E.g. "glad (proud and relieved), strongly (4 of 5)"."""
    if family_key not in _FAMILIES:
        return _("no feeling named")
    text = family_name(_FAMILIES[family_key])
    words = words_of(in_family_first(family_key, values))
    if words:
        text += f" ({join(words)})"
    if strength is not None:
        text += ", " + _strength(strength)
    return text


def _strength(strength: int) -> str:
    return _("{words} ({point} of 5)").format(words=_(STRENGTHS[strength - 1]).lower(), point=strength)


def evaluate(answers: Answers) -> Result:
    mine = _FAMILIES[answers["my_family"]]
    my_words = words_of(in_family_first(answers["my_family"], answers.get("my_words") or []))
    strength = answers["my_strength"]
    moment = answers.get("moment") or ""

    summary = _("You feel {feeling}.").format(
        feeling=describe(mine.key, answers.get("my_words") or [], strength)
    )
    named = [_("Broad feeling: {family}.").format(family=family_name(mine))]
    if my_words:
        named.append(_("Precise words: {words}.").format(words=join(my_words)))
    else:
        named.append(_("You did not pick precise words this time. The list below may help."))
    named.append(_("How strong: {strength}.").format(strength=_strength(strength)))
    others = [
        f"{_(WORDS[v][0])} ({family_name(WORDS[v][1])})"
        for v in answers.get("my_words") or []
        if v in WORDS and WORDS[v][1].key != mine.key
    ]
    if others:
        named.append(
            _(
                "Some of your words come from other families: {words}. "
                "Mixed feelings are common, and naming each one helps."
            ).format(words=join(others))
        )

    blocks = []
    if moment:
        blocks.append(Block(_("The moment"), (moment,), style="paragraphs"))
    blocks.append(Block(_("Your feelings"), tuple(named)))
    spare = [_(w) for w in mine.words if _(w) not in my_words]
    if spare:
        blocks.append(
            Block(
                _("More precise words to try"),
                (
                    _("If “{family}” is close but not exact, you might also be: {words}.").format(
                        family=family_name(mine), words=join(spare, "or")
                    ),
                    _(
                        "A precise word tells your partner more than a broad one. "
                        "“Left out” says more than “bad”."
                    ),
                ),
                style="paragraphs",
            )
        )
    why = answers.get("my_why") or ""
    if why:
        blocks.append(Block(_("What's behind it"), (why,), style="paragraphs"))

    guess_family = answers.get("their_family")
    questions: list[str] = []
    if guess_family in _FAMILIES:
        guess = _FAMILIES[guess_family]
        described = describe(guess.key, answers.get("their_words") or [], answers.get("their_strength"))
        summary += " " + _("Your guess: your partner feels {feeling}.").format(feeling=described)
        blocks.append(
            Block(
                _("Your guess about your partner"),
                (
                    _("You guessed your partner feels {feeling}.").format(feeling=described),
                    _("Hold this guess lightly. Only your partner can tell you how close it is."),
                ),
                style="paragraphs",
            )
        )
        guessed = [WORDS[v][0] for v in answers.get("their_words") or [] if v in WORDS]
        questions += [
            _("“I'm guessing you {felt}. Is that close?”").format(
                felt=felt(guessed[0] if guessed else guess.key)
            ),
            quoted(_(guess.question)),
        ]
    else:
        summary += " " + _("You did not guess your partner's feeling this time.")
    questions += [quoted(_(q)) for q in GENERAL_QUESTIONS]
    blocks.append(Block(_("Questions to ask"), tuple(questions)))
    blocks.append(Block(_("Guess, then check"), (_(GUESS_THEN_CHECK),), style="paragraphs"))
    return Result(
        summary=summary,
        blocks=tuple(blocks),
        links=(
            Link(
                _("Empathy and compassion: how to practise"),
                "chapters/empathy-and-compassion/#how-to-practise",
            ),
        ),
        links_heading=_("Read more"),
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
    return family_name(_FAMILIES[key]) if key in _FAMILIES else _("no feeling named")


# Each sentence of the partner comparison, whole, from each side: "you" guessed your partner's
# feeling, or "your partner" guessed yours (a translation needs whole sentences, not pieces).
_SIDES: dict[str, dict[str, str]] = {
    "you": {
        "missing": N_(
            "Your guess about your partner's feeling is missing this time. Next time, "
            "try a guess: even a rough one gives you something to check."
        ),
        "same": N_("Your guess about your partner's feeling was {real}, and your partner said {real} too."),
        "differ": N_(
            "Your guess about your partner's feeling was {guess}; your partner said {real}. "
            "A good question: “I guessed you {guessed_felt}, and you {real_felt}. What was it like for you?”"
        ),
        "unguessed": N_(
            "Words your partner chose that the guess did not include: {words}. "
            "Ask: “Tell me more about when you {first}.”"
        ),
        "exact": N_("Your guess about how strong it was matched exactly."),
        "near": N_("Your guess about how strong it was came within one step."),
        "stronger": N_(
            "It was stronger for your partner than the guess ({steps} steps). Ask: “It sounds "
            "bigger than I knew. Can you tell me more?”"
        ),
        "milder": N_(
            "It was milder for your partner than the guess ({steps} steps). Ask: “What helped it stay small?”"
        ),
        "ask": N_("You could ask: “{question}”"),
    },
    "your partner": {
        "missing": N_(
            "Your partner's guess about your feeling is missing this time. Next time, "
            "try a guess: even a rough one gives you something to check."
        ),
        "same": N_("Your partner's guess about your feeling was {real}, and you said {real} too."),
        "differ": N_(
            "Your partner's guess about your feeling was {guess}; you said {real}. "
            "A good question: “I guessed you {guessed_felt}, and you {real_felt}. What was it like for you?”"
        ),
        "unguessed": N_(
            "Words you chose that the guess did not include: {words}. "
            "Ask: “Tell me more about when you {first}.”"
        ),
        "exact": N_("Your partner's guess about how strong it was matched exactly."),
        "near": N_("Your partner's guess about how strong it was came within one step."),
        "stronger": N_(
            "It was stronger for you than the guess ({steps} steps). Ask: “It sounds "
            "bigger than I knew. Can you tell me more?”"
        ),
        "milder": N_(
            "It was milder for you than the guess ({steps} steps). Ask: “What helped it stay small?”"
        ),
        "ask": N_("Your partner could ask: “{question}”"),
    },
}


def _said(side: dict[str, str], key: str) -> str:
    """One of a side's sentences, translated (kept apart so Babel sees no key as a message)."""
    sentence = side[key]
    return _(sentence)


def _lines(check: Check) -> tuple[list[str], list[str]]:
    """(where the guess met, where to talk) for one check, in kind, plain words."""
    met: list[str] = []
    talk: list[str] = []
    side = _SIDES[check.guesser]
    if not check.guessed:
        talk.append(_said(side, "missing"))
        return met, talk
    real = _name(check.real_family)
    if check.same_family:
        met.append(_said(side, "same").format(real=real))
    else:
        talk.append(
            _said(side, "differ").format(
                guess=_name(check.guess_family),
                real=real,
                guessed_felt=felt(check.guess_family or ""),
                real_felt=felt(check.real_family or ""),
            )
        )
    if check.shared_words:
        met.append(
            _("The same precise words: {words}.").format(words=join([_(w) for w in check.shared_words]))
        )
    if check.unguessed_words:
        unguessed = [_(w) for w in check.unguessed_words]
        talk.append(
            _said(side, "unguessed").format(words=join(unguessed), first=felt(check.unguessed_words[0]))
        )
    if check.strength_gap is not None:
        if check.strength_gap == 0:
            met.append(_said(side, "exact"))
        elif abs(check.strength_gap) == 1:
            met.append(_said(side, "near"))
        elif check.strength_gap > 0:
            talk.append(_said(side, "stronger").format(steps=check.strength_gap))
        else:
            talk.append(_said(side, "milder").format(steps=-check.strength_gap))
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
        summary = _("Neither of you made a guess this time. Try a guess each, then compare again.")
    elif guesses == 1:
        summary = (
            _(
                "One of you made a guess, and it landed in the same feeling family as the answer. "
                "Check the details together: the precise words and the strength."
            )
            if families
            else _(
                "One of you made a guess, and it points to a different feeling than the answer. "
                "That is useful: it gives you something to talk about."
            )
        )
    elif families == 2:
        summary = _(
            "Both guesses landed in the same feeling family as what the other person said. "
            "Check the details together: the precise words and the strength."
        )
    elif families == 0:
        summary = _(
            "Both guesses point to different feelings than the answers. That is useful: "
            "each gap is something to talk about, and every check makes the next guess better."
        )
    else:
        summary = _(
            "One guess landed in the same feeling family, and one points somewhere else. "
            "Both give you something to talk about."
        )
    you_said = describe(mine.get("my_family"), mine.get("my_words") or [], mine.get("my_strength"))
    they_said = describe(theirs.get("my_family"), theirs.get("my_words") or [], theirs.get("my_strength"))
    questions = []
    for check in checks:
        if check.real_family in _FAMILIES:
            question = _(_FAMILIES[check.real_family].question)
            questions.append(_said(_SIDES[check.guesser], "ask").format(question=question))
    questions += [
        _("Each of you: “What did I miss that you wish I had seen?”"),
        _("Each of you: “What would help, now that I know?”"),
    ]
    blocks = [
        Block(
            _("What each of you said"),
            (
                _("You: {feeling}.").format(feeling=you_said),
                _("Your partner: {feeling}.").format(feeling=they_said),
            ),
        ),
        Block(
            _("Where your guesses met"), tuple(met) or (_("Not this time. That is fine: now you know more."),)
        ),
        Block(
            _("Where to talk"),
            tuple(talk) or (_("Nothing stood out. You can still ask each other about the details."),),
        ),
        Block(_("Questions to ask each other"), tuple(questions)),
        Block(
            _("Guess, then check"),
            (
                _(GUESS_THEN_CHECK),
                _("A guess that missed is not a failure. It is the feedback that helps you both learn."),
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
    examples_in={
        "es": (
            {"moment": "La llamada del domingo con su mamá", "my_why": "Hicieron planes sin preguntarme."},
            {"my_why": "¡Lo logramos! Por fin terminamos la mudanza 🎉\n\nY nadie lloró."},
        )
    },
)
