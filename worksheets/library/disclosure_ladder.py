"""Disclosure ladder: things one might share, ordered from least to most exposing.

The reader lists up to six things and rates each for how exposed they would feel (risk) and how
ready they feel (readiness). The result orders them as a ladder, suggests a next step, plans
alternating turns with a check-in after each, and offers questions of gently rising depth.
Every question is written for Closer (not Aron et al.'s list). Nothing here scores or judges.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..checks import RequiredIf
from ..fields import Choice, Option, Scale, ShortText
from ..i18n import N_, _
from ..result import Block, Link, Result
from ..sheet import Answers, Section, Worksheet

WORKSHEET_ID = "disclosure-ladder"
MAX_ITEMS = 6

RISK_POINTS = ("Not at all exposed", "A little exposed", "Somewhat exposed", "Quite exposed", "Very exposed")
READY_POINTS = ("Not ready yet", "A little ready", "Somewhat ready", "Mostly ready", "Fully ready")

FIRST_OPTIONS = (
    Option("me", "Me"),
    Option("partner", "My partner"),
    Option("turns", "We take turns going first"),
)

LADDER_RULE = N_(
    "The things that would feel least exposing come first. "
    "When two feel the same, the one you feel more ready for comes first. "
    "If they still tie, they keep the order you wrote them in."
)

# Asked by the listener after each turn; they cycle from round to round.
CHECK_INS_AFTER_YOU = (
    N_("How do you feel now that you have said it?"),
    N_("Is there anything you need from me right now?"),
    N_("Do you want to say more, or shall we switch?"),
)
CHECK_INS_AFTER_PARTNER = (
    N_("What was that like to share?"),
    N_("Did I understand what you meant?"),
    N_("Do you want to keep going, slow down or stop here?"),
)

# Written for Closer. Three levels of gently rising depth, five questions each.
QUESTION_LEVELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        N_("light"),
        (
            N_("What is a song, smell or taste that always lifts your mood?"),
            N_("What did you love to do on a free afternoon as a kid?"),
            N_("What is something you are looking forward to this month?"),
            N_("Where do you like to go when you need a short break?"),
            N_("What is a skill you are quietly proud of?"),
        ),
    ),
    (
        N_("middle"),
        (
            N_("What part of your week takes more energy than people might guess?"),
            N_("When do you feel most at ease being yourself with me?"),
            N_("What is something you have changed your mind about in the last few years?"),
            N_("When you are stressed, what helps most: kind words, some space, practical help or company?"),
            N_("What is a hope for the next year that you have not said out loud much?"),
        ),
    ),
    (
        N_("deeper"),
        (
            N_("What is a worry about yourself that you rarely share with anyone?"),
            N_("What is something from your past that still shapes how you react today?"),
            N_("What do you need from me that you find hard to ask for?"),
            N_("When did you last feel unsure of your place with me, and what would have helped?"),
            N_("What is a fear about our future together that would feel good to say out loud?"),
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class Rung:
    """One thing the reader might share, with their two ratings and where they wrote it."""

    position: int  # 1-based place on the form
    text: str
    risk: int
    ready: int

    @property
    def feels_ready(self) -> bool:
        return self.ready >= self.risk


def _item_id(n: int) -> str:
    return f"item_{n}"


def _risk_id(n: int) -> str:
    return f"risk_{n}"


def _ready_id(n: int) -> str:
    return f"ready_{n}"


def collect(answers: Answers) -> list[Rung]:
    """The things the reader wrote, in form order (the checks made sure each has both ratings)."""
    return [
        Rung(n, answers[_item_id(n)], answers[_risk_id(n)], answers[_ready_id(n)])
        for n in range(1, MAX_ITEMS + 1)
        if answers.get(_item_id(n))  # ratings without words are ignored
    ]


def ladder(rungs: list[Rung]) -> list[Rung]:
    """Lowest risk first; then highest readiness; then the order the reader wrote them in."""
    return sorted(rungs, key=lambda r: (r.risk, -r.ready, r.position))


def next_step(ordered: list[Rung]) -> tuple[Rung, bool]:
    """The lowest rung the reader feels ready for (readiness ≥ risk), else the lowest rung.

    The flag says whether a ready rung was found.
    """
    for rung in ordered:
        if rung.feels_ready:
            return rung, True
    return ordered[0], False


def question_level(ordered: list[Rung]) -> int:
    """How many question levels to offer (1 to 3), matched to the biggest step the reader feels
    ready for: risk 1-2 gives level 1 only, risk 3 adds level 2, risk 4-5 adds level 3."""
    ready = [r.risk for r in ordered if r.feels_ready]
    reach = max(ready) if ready else 1
    if reach <= 2:
        return 1
    if reach == 3:
        return 2
    return 3


def plan_order(ordered: list[Rung]) -> tuple[list[Rung], list[Rung]]:
    """(now, later): the rungs the reader feels ready for, then the rest, each small to large.

    With no ready rung, the lowest rung is the one "now" step.
    """
    now = [r for r in ordered if r.feels_ready]
    if not now:
        return ordered[:1], ordered[1:]
    return now, [r for r in ordered if not r.feels_ready]


def _risk_words(rung: Rung) -> str:
    return _("{words} ({point} of 5)").format(words=_(RISK_POINTS[rung.risk - 1]).lower(), point=rung.risk)


def _ready_words(rung: Rung) -> str:
    return _("{words} ({point} of 5)").format(words=_(READY_POINTS[rung.ready - 1]).lower(), point=rung.ready)


PAUSE = N_(
    "Pause here. The rounds below are for when you feel ready, today or another day. It is fine to stop here."
)


def turn_plan(ordered: list[Rung], first: str) -> list[str]:
    """Alternating turns, one round per rung, a check-in after every turn.

    Rounds follow plan_order: the steps the reader feels ready for, small to large, then a
    pause, then the bigger steps for later.
    """
    now, later = plan_order(ordered)
    turns: list[str] = []
    for index, rung in enumerate([*now, *later]):
        if index == len(now):
            turns.append(_(PAUSE))
        me_first = first == "me" or (first == "turns" and index % 2 == 0)
        mine = _("(you): share “{thing}”. Then your partner asks: “{question}”").format(
            thing=rung.text, question=_(CHECK_INS_AFTER_YOU[index % len(CHECK_INS_AFTER_YOU)])
        )
        theirs = _(
            "(your partner): they share something about the same size as your step in this round. "
            "Then you ask: “{question}”"
        ).format(question=_(CHECK_INS_AFTER_PARTNER[index % len(CHECK_INS_AFTER_PARTNER)]))
        order = (mine, theirs) if me_first else (theirs, mine)
        for turn, text in enumerate(order, 1):
            turns.append(_("Round {round}, turn {turn} {text}").format(round=index + 1, turn=turn, text=text))
    return turns


def evaluate(answers: Answers) -> Result:
    ordered = ladder(collect(answers))
    step, found = next_step(ordered)
    first = answers["first"]

    rungs = tuple(
        _("Rung {number}: “{thing}”. You would feel {risk} and you feel {ready}.").format(
            number=i, thing=r.text, risk=_risk_words(r), ready=_ready_words(r)
        )
        for i, r in enumerate(ordered, 1)
    )
    if found:
        summary = _("Your next step could be “{thing}”. It is the lowest rung you feel ready for.").format(
            thing=step.text
        )
        about = [
            _(
                "You expect to feel {risk} sharing it, and you feel {ready}. "
                "Your readiness is at least as high as the risk, so this looks like a kind place to start."
            ).format(risk=_risk_words(step), ready=_ready_words(step))
        ]
        if step is not ordered[0]:
            about.append(
                _(
                    "The rungs below it feel less exposing, but you feel less ready for them right now. "
                    "That is worth trusting. You can come back to them later."
                )
            )
    else:
        summary = _(
            "Everything on your list feels a bit bigger than you feel ready for right now, and that "
            "is okay. The gentlest place to start is “{thing}”."
        ).format(thing=step.text)
        about = [
            _(
                "You do not have to share any of it yet. You could share a small piece of it first. "
                "Or you could start by telling your partner that opening up feels hard for you. "
                "Saying that is a brave step too."
            )
        ]
    all_risky = min(r.risk for r in ordered) >= 4
    if all_risky:
        about.append(
            _(
                "Everything on your list would feel quite exposing. That makes sense: these things matter "
                "to you. You could warm up with something lighter first, such as a small joy from this week."
            )
        )

    levels = question_level(ordered)
    question_blocks = [
        Block(
            _("Questions, level {number}: {name}").format(number=n, name=_(name)),
            tuple(_(q) for q in questions),
        )
        for n, (name, questions) in enumerate(QUESTION_LEVELS[:levels], 1)
    ]
    depth_note = _(
        "Take turns answering the same question. Start at level 1 and move up only when you both "
        "want to. Either of you can pass on any question."
    )
    if levels < len(QUESTION_LEVELS):
        depth_note += " " + _("The deeper levels will be here when you feel ready for bigger steps.")

    blocks = [
        Block(_("How your ladder is ordered"), (_(LADDER_RULE),), style="paragraphs"),
        Block(_("Your ladder"), rungs),
        Block(_("Your next step"), tuple(about), style="paragraphs"),
        Block(_("A plan for taking turns"), tuple(turn_plan(ordered, first))),
        Block(_("Questions to try together"), (depth_note,), style="paragraphs"),
        *question_blocks,
        Block(
            _("A reminder"),
            (
                _(
                    "You choose what to share and when. Either of you can pass or stop at any turn, "
                    "with no reason needed. What is shared stays between you and is never used in an "
                    "argument. If you are afraid of how your partner might react, please do not use this "
                    "plan with them. Read the safety page instead."
                ),
            ),
            style="paragraphs",
        ),
    ]
    return Result(
        summary=summary,
        blocks=tuple(blocks),
        links=(
            Link(_("Is this guide for you? (safety and support)"), "is-this-for-you/"),
            Link(_("Sustaining the flame: a conversation deck"), "chapters/sustaining-the-flame/"),
        ),
        links_heading=_("Read next"),
    )


def _section(n: int) -> Section:
    required = n == 1
    intro = (
        "A few words are enough to remind you. You do not need to write the thing itself." if required else ""
    )
    return Section(
        f"Thing {n}",
        (
            ShortText(
                id=_item_id(n),
                label=f"Thing {n}: what I might share",
                required=required,
                max_length=200,
                placeholder="For example: how nervous I get before work" if required else "",
            ),
            Scale(
                id=_risk_id(n),
                label=f"Thing {n}: how exposed would I feel?",
                required=required,
                point_labels=RISK_POINTS,
            ),
            Scale(
                id=_ready_id(n),
                label=f"Thing {n}: how ready am I?",
                required=required,
                point_labels=READY_POINTS,
            ),
        ),
        intro,
    )


SECTIONS = (
    *(_section(n) for n in range(1, MAX_ITEMS + 1)),
    Section(
        "Taking turns",
        (
            Choice(
                id="first",
                label="Who will go first?",
                options=FIRST_OPTIONS,
                help="Whoever goes first shares a small thing, so the other can see how it feels.",
            ),
        ),
    ),
)

# Thing 1's ratings are always required; later things need ratings once they have words.
CHECKS = tuple(
    RequiredIf(rating(n), _item_id(n), f"you wrote something for thing {n}")
    for n in range(2, MAX_ITEMS + 1)
    for rating in (_risk_id, _ready_id)
)

WORKSHEET = Worksheet(
    id=WORKSHEET_ID,
    version=1,
    title="Disclosure ladder",
    chapter="vulnerability",
    introduction=(
        "List up to six things you might like to share with your partner. Rate each one for how "
        "exposed you would feel and how ready you are. Only the first is needed."
    ),
    sections=SECTIONS,
    checks=CHECKS,
    evaluate=evaluate,
    submit_label="Build my ladder",
    examples=(
        {
            "item_1": "A film that always makes me cry",
            "risk_1": 1,
            "ready_1": 5,
            "item_2": "How nervous I get before big meetings",
            "risk_2": 2,
            "ready_2": 4,
            "item_3": "That I miss my old friends more than I say",
            "risk_3": 3,
            "ready_3": 3,
            "item_4": "My worries about money",
            "risk_4": 4,
            "ready_4": 2,
            "item_5": "A mistake from my last relationship",
            "risk_5": 5,
            "ready_5": 2,
            "item_6": "That I sometimes feel I'm not good enough",
            "risk_6": 5,
            "ready_6": 1,
            "first": "turns",
        },
        {
            "item_1": "Que j'ai peur de décevoir ma famille 🌧️",
            "risk_1": "4",
            "ready_1": "2",
            "item_2": "私の子どもの頃の夢",
            "risk_2": "4",
            "ready_2": "3",
            "first": "partner",
        },
        {
            "item_1": (
                "The long story of the year I moved cities alone, lost my job, slept on a friend's "
                "sofa for three months, and never told my family how hard it was, because I "
                "wanted them to think I was doing fine."
            ),
            "risk_1": 3,
            "ready_1": 4,
            "item_3": "<b>My</b> “quiet” fear & hope",
            "risk_3": 2,
            "ready_3": 2,
            "risk_5": 1,
            "first": "me",
        },
    ),
    examples_in={
        "es": (
            {
                "item_1": "Una película que siempre me hace llorar",
                "item_2": "Los nervios que me dan antes de las reuniones importantes",
                "item_3": "Que extraño a mis viejas amistades más de lo que digo",
                "item_4": "Mis preocupaciones por el dinero",
                "item_5": "Un error de mi relación anterior",
                "item_6": "Que a veces siento que no soy suficiente",
            },
            {"item_1": "Que tengo miedo de decepcionar a mi familia 🌧️"},
        )
    },
)
