"""Conversation deck: question cards in three levels of depth, drawn one at a time.

Every card is written for Closer (not Aron et al.'s 36 questions). The page keeps the deck's
state in hidden fields (a seed, the cards drawn, the favourites, the card on the table), so a
reader can close the page and carry on later. A draw is random but repeatable: it comes from
random.Random(f"{seed}:{number of cards drawn}"). The hidden state is untrusted: ids that are
not cards are ignored.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import Any

from ..fields import Choice, Hidden, Option
from ..i18n import N_, _, ngettext
from ..result import Block, Link, Result
from ..sheet import Answers, Section, Worksheet


@dataclass(frozen=True, slots=True)
class Card:
    id: str
    level: str
    text: str


LEVELS = (
    Option("light", "Light"),
    Option("deeper", "Deeper"),
    Option("deepest", "Deepest"),
)
LEVEL_CHOICES = (*LEVELS, Option("mix", "A mix of all three"))
LEVEL_NAMES = {o.value: o.label.lower() for o in LEVELS}

QUESTIONS: dict[str, tuple[str, ...]] = {
    "light": (
        N_("What is a small thing that made today a little better?"),
        N_("Which meal would you happily eat every week for a year?"),
        N_("What is a place you would love to show me one day?"),
        N_("What is the best thing you have read, watched or heard lately?"),
        N_("What is a simple outing you would like us to take this month?"),
        N_("What is a silly habit of yours that you secretly enjoy?"),
        N_("What is a sound or smell that takes you back to being young?"),
        N_("What is something new you would like us to try together this year?"),
        N_("Which season feels most like you, and why?"),
        N_("What is a kind thing someone said to you that stayed with you?"),
        N_("What is a small treat that always feels like a luxury?"),
        N_("What is a game, sport or hobby you loved as a kid?"),
        N_("What is a word or saying you use a lot, and where did it come from?"),
        N_("What is something you learned recently that surprised you?"),
        N_("Which friend makes you laugh the most, and how do they do it?"),
        N_("What is your favourite way to unwind after a long day?"),
    ),
    "deeper": (
        N_("When do you feel most like yourself these days?"),
        N_("What is something you are proud of that you rarely talk about?"),
        N_("What is a family saying or habit that you still carry with you?"),
        N_("What part of your day takes the most energy, even if it does not show?"),
        N_("When did you last feel really cared for by me? What did I do?"),
        N_("What is a dream from when you were younger that still matters to you?"),
        N_("What are you learning about yourself at this stage of life?"),
        N_("How do you like to be comforted when you feel low?"),
        N_("What is a worry that has been sitting at the back of your mind lately?"),
        N_("What is something about us that you would like to protect, whatever happens?"),
        N_("What is a change in you that you think I might not have noticed?"),
        N_("Who has shaped the way you love, and how?"),
        N_("When did you feel brave, even if no one else saw it?"),
        N_("What helps you feel at home, wherever you are?"),
        N_("What is something you wish people asked you about more often?"),
        N_("What is a small tradition you would like us to start?"),
    ),
    "deepest": (
        N_("What is an old hurt that still shows up in how you react today?"),
        N_("What is something you find hard to ask me for?"),
        N_("When have you felt most alone, and what helped you through?"),
        N_("What is a fear about our future that you have not said out loud yet?"),
        N_("What part of yourself do you find hardest to accept?"),
        N_("When did you feel truly understood by me?"),
        N_("What do you need more of from me right now, and what would it look like?"),
        N_("What is a belief about yourself that you are working to change?"),
        N_("What is something you have forgiven, or are still trying to forgive?"),
        N_("When you picture us in ten years, what do you hope is still true?"),
        N_("What is a feeling you were taught to hide, and how do you show it now?"),
        N_("What do you wish someone had told you when you were younger?"),
        N_("When did you let yourself down, and what did you learn from it?"),
        N_("How can I tell when you need closeness but are not asking for it?"),
        N_("What is a loss that still matters to you, and how can I honour it?"),
        N_("What would help you feel even safer sharing hard things with me?"),
    ),
}

CARDS: tuple[Card, ...] = tuple(
    Card(f"{level}-{n:02d}", level, text)
    for level, texts in QUESTIONS.items()
    for n, text in enumerate(texts, 1)
)
BY_ID: dict[str, Card] = {c.id: c for c in CARDS}

LEVEL_NOTES = {
    "light": N_("A light card. Take turns answering, and have fun with it."),
    "deeper": N_("A deeper card. Take your time, and listen without fixing."),
    "deepest": N_("One of the deepest cards. Go slowly, and thank each other for sharing."),
}
PASS_NOTE = N_("Either of you can pass on any card, with no reason needed.")
# The level's name inside a sentence, in the reader's language.
LEVEL_PHRASES = {
    "light": N_("at the light level"),
    "deeper": N_("at the deeper level"),
    "deepest": N_("at the deepest level"),
    "mix": N_("in the deck"),
}
LEVEL_DRAWN = {
    "light": N_("{drawn} of {total} light cards drawn."),
    "deeper": N_("{drawn} of {total} deeper cards drawn."),
    "deepest": N_("{drawn} of {total} deepest cards drawn."),
}


def _ids(raw: Any) -> list[str]:
    """Known card ids from untrusted page state, in order, without repeats."""
    if not isinstance(raw, list):
        return []
    return list(dict.fromkeys(item for item in raw if isinstance(item, str) and item in BY_ID))


def _pool(level: str) -> list[Card]:
    return list(CARDS) if level == "mix" else [c for c in CARDS if c.level == level]


# A mix warms up: its first card is light, and no deepest card comes before a deeper one was drawn.
_MIX_STEPS = (("light",), ("light", "deeper"))


def draw(seed: str, drawn: list[str], level: str) -> Card | None:
    """A card at `level` not drawn yet, from random.Random(f"{seed}:{len(drawn)}"); None if none left."""
    taken = set(drawn)
    left = [c for c in _pool(level) if c.id not in taken]
    if level == "mix":
        step = 0 if not drawn else 1 if not any(BY_ID[c].level == "deeper" for c in drawn) else 2
        if step < len(_MIX_STEPS):
            warm = [c for c in left if c.level in _MIX_STEPS[step]]
            left = warm or left
    if not left:
        return None
    return random.Random(f"{seed}:{len(drawn)}").choice(left)


def reshuffled(seed: str) -> str:
    """A new seed after a reset, so the next round of draws comes in a new order."""
    return hashlib.sha256(f"{seed}:shuffle".encode()).hexdigest()[:16]


def _level_phrase(level: str) -> str:
    return _(LEVEL_PHRASES[level])


def evaluate(answers: Answers) -> Result:
    action = answers.get("action", "draw")
    chosen = answers.get("level")
    level = chosen if chosen in LEVEL_NAMES or chosen == "mix" else "light"
    raw_seed = answers.get("seed")
    seed = raw_seed if isinstance(raw_seed, str) else ""
    drawn = _ids(answers.get("drawn"))
    favourites = _ids(answers.get("favourites"))
    current_raw = answers.get("current")
    current = current_raw if isinstance(current_raw, str) and current_raw in BY_ID else ""
    state: dict[str, Any] = {}
    shown: Card | None = None
    notes: list[str] = []

    if action == "draw":
        card = draw(seed, drawn, level)
        if card is None:
            summary = _(
                "You have drawn every card {where}. Press “Shuffle the deck again” "
                "to start over, or choose another level."
            ).format(where=_level_phrase(level))
        else:
            drawn.append(card.id)
            current = card.id
            shown = card
            summary = _(card.text)
            notes = [_(LEVEL_NOTES[card.level]), _(PASS_NOTE)]
            if chosen is None:
                notes.insert(0, _("You did not choose a level, so this card is a light one."))
    elif action == "keep":
        if not current:
            summary = _("There is no card on the table yet. Draw a card first, then keep it if you like it.")
        else:
            shown = BY_ID[current]
            if current in favourites:
                summary = _("This card is already one of your favourites: “{card}”").format(
                    card=_(shown.text)
                )
            else:
                favourites.append(current)
                summary = _("Kept as a favourite: “{card}”").format(card=_(shown.text))
    else:  # reset
        drawn = []
        current = ""
        seed = reshuffled(seed)
        state["seed"] = seed
        summary = _("The deck is shuffled. All {count} cards are back, and your favourites are kept.").format(
            count=len(CARDS)
        )

    state.update({"drawn": drawn, "favourites": favourites, "current": current})
    blocks: list[Block] = []
    if shown is not None and action == "draw":
        blocks.append(Block(_("About this card"), tuple(notes), style="paragraphs"))
    progress = [
        ngettext("{drawn} of {total} card drawn.", "{drawn} of {total} cards drawn.", len(CARDS)).format(
            drawn=len(drawn), total=len(CARDS)
        )
    ]
    if level != "mix":
        at_level = sum(1 for c in drawn if BY_ID[c].level == level)
        total = len(QUESTIONS[level])
        progress.append(_(LEVEL_DRAWN[level]).format(drawn=at_level, total=total))
    blocks.append(Block(_("Your deck"), tuple(progress)))
    blocks.append(
        Block(
            _("Your favourites"),
            tuple(_(BY_ID[f].text) for f in favourites)
            or (
                _(
                    "No favourites yet. After you draw a card you like, "
                    "press “Keep this card as a favourite”."
                ),
            ),
        )
    )
    return Result(
        summary=summary,
        blocks=tuple(blocks),
        links=(Link(_("Vulnerability: sharing at your own pace"), "chapters/vulnerability/"),),
        links_heading=_("Read next"),
        state=state,
    )


WORKSHEET = Worksheet(
    id="conversation-deck",
    version=1,
    title="Conversation deck",
    chapter="sustaining-the-flame",
    introduction=(
        "Choose a level, then draw a card and take turns answering it. Keep the cards you like as "
        "favourites. The deck remembers which cards you have drawn, even if you close the page."
    ),
    sections=(
        Section(
            "",
            (
                Choice(
                    id="level",
                    label="Which cards would you like?",
                    options=LEVEL_CHOICES,
                    required=False,
                    help="Start light. Move deeper only when you both feel ready.",
                ),
                Hidden(id="seed", label="Deck seed", shape="text", fill="seed"),
                Hidden(id="drawn", label="Cards drawn", shape="list"),
                Hidden(id="favourites", label="Favourite cards", shape="list"),
                Hidden(id="current", label="Card on the table", shape="text"),
            ),
        ),
    ),
    evaluate=evaluate,
    actions=(
        Option("draw", "Draw a card"),
        Option("keep", "Keep this card as a favourite"),
        Option("reset", "Shuffle the deck again"),
    ),
    examples=(
        {
            "action": "draw",
            "level": "light",
            "seed": "9f3a61c2",
            "drawn": [],
            "favourites": [],
            "current": "",
        },
        {
            "action": "keep",
            "level": "deeper",
            "seed": "c0ffee",
            "drawn": ["light-03", "deeper-07", "not-a-card", 42, "deeper-07"],
            "favourites": ["light-03", {"id": "x"}],
            "current": "deeper-07",
        },
        {
            "action": "draw",
            "level": "mix",
            "seed": "ünïcødé-🌱-" + "x" * 300,
            "drawn": [c.id for c in CARDS[:-1]],
            "favourites": ["deepest-16", "light-01"],
            "current": "<script>alert(1)</script>",
        },
        {"action": "reset", "seed": "abc", "drawn": ["light-01"], "favourites": ["light-01"]},
    ),
)
