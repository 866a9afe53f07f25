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
        "What is a small thing that made today a little better?",
        "Which meal would you happily eat every week for a year?",
        "What is a place you would love to show me one day?",
        "What is the best thing you have read, watched or heard lately?",
        "What is a simple outing you would like us to take this month?",
        "What is a silly habit of yours that you secretly enjoy?",
        "What is a sound or smell that takes you back to being young?",
        "What is something new you would like us to try together this year?",
        "Which season feels most like you, and why?",
        "What is a kind thing someone said to you that stayed with you?",
        "What is a small treat that always feels like a luxury?",
        "What is a game, sport or hobby you loved as a kid?",
        "What is a word or saying you use a lot, and where did it come from?",
        "What is something you learned recently that surprised you?",
        "Which friend makes you laugh the most, and how do they do it?",
        "What is your favourite way to unwind after a long day?",
    ),
    "deeper": (
        "When do you feel most like yourself these days?",
        "What is something you are proud of that you rarely talk about?",
        "What is a family saying or habit that you still carry with you?",
        "What part of your day takes the most energy, even if it does not show?",
        "When did you last feel really cared for by me? What did I do?",
        "What is a dream from when you were younger that still matters to you?",
        "What are you learning about yourself at this stage of life?",
        "How do you like to be comforted when you feel low?",
        "What is a worry that has been sitting at the back of your mind lately?",
        "What is something about us that you would like to protect, whatever happens?",
        "What is a change in you that you think I might not have noticed?",
        "Who has shaped the way you love, and how?",
        "When did you feel brave, even if no one else saw it?",
        "What helps you feel at home, wherever you are?",
        "What is something you wish people asked you about more often?",
        "What is a small tradition you would like us to start?",
    ),
    "deepest": (
        "What is an old hurt that still shows up in how you react today?",
        "What is something you find hard to ask me for?",
        "When have you felt most alone, and what helped you through?",
        "What is a fear about our future that you have not said out loud yet?",
        "What part of yourself do you find hardest to accept?",
        "When did you feel truly understood by me?",
        "What do you need more of from me right now, and what would it look like?",
        "What is a belief about yourself that you are working to change?",
        "What is something you have forgiven, or are still trying to forgive?",
        "When you picture us in ten years, what do you hope is still true?",
        "What is a feeling you were taught to hide, and how do you show it now?",
        "What do you wish someone had told you when you were younger?",
        "When did you let yourself down, and what did you learn from it?",
        "How can I tell when you need closeness but are not asking for it?",
        "What is a loss that still matters to you, and how can I honour it?",
        "What would help you feel even safer sharing hard things with me?",
    ),
}

CARDS: tuple[Card, ...] = tuple(
    Card(f"{level}-{n:02d}", level, text)
    for level, texts in QUESTIONS.items()
    for n, text in enumerate(texts, 1)
)
BY_ID: dict[str, Card] = {c.id: c for c in CARDS}

LEVEL_NOTES = {
    "light": "A light card. Take turns answering, and have fun with it.",
    "deeper": "A deeper card. Take your time, and listen without fixing.",
    "deepest": "One of the deepest cards. Go slowly, and thank each other for sharing.",
}
PASS_NOTE = "Either of you can pass on any card, with no reason needed."


def _ids(raw: Any) -> list[str]:
    """Known card ids from untrusted page state, in order, without repeats."""
    if not isinstance(raw, list):
        return []
    return list(dict.fromkeys(item for item in raw if isinstance(item, str) and item in BY_ID))


def _pool(level: str) -> list[Card]:
    return list(CARDS) if level == "mix" else [c for c in CARDS if c.level == level]


def draw(seed: str, drawn: list[str], level: str) -> Card | None:
    """A card at `level` not drawn yet, from random.Random(f"{seed}:{len(drawn)}"); None if none left."""
    taken = set(drawn)
    left = [c for c in _pool(level) if c.id not in taken]
    if not left:
        return None
    return random.Random(f"{seed}:{len(drawn)}").choice(left)


def reshuffled(seed: str) -> str:
    """A new seed after a reset, so the next round of draws comes in a new order."""
    return hashlib.sha256(f"{seed}:shuffle".encode()).hexdigest()[:16]


def _level_phrase(level: str) -> str:
    return "in the deck" if level == "mix" else f"at the {LEVEL_NAMES[level]} level"


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
            summary = (
                f"You have drawn every card {_level_phrase(level)}. Press “Shuffle the deck again” "
                "to start over, or choose another level."
            )
        else:
            drawn.append(card.id)
            current = card.id
            shown = card
            summary = card.text
            notes = [LEVEL_NOTES[card.level], PASS_NOTE]
            if chosen is None:
                notes.insert(0, "You did not choose a level, so this card is a light one.")
    elif action == "keep":
        if not current:
            summary = "There is no card on the table yet. Draw a card first, then keep it if you like it."
        else:
            shown = BY_ID[current]
            if current in favourites:
                summary = f"This card is already one of your favourites: “{shown.text}”"
            else:
                favourites.append(current)
                summary = f"Kept as a favourite: “{shown.text}”"
    else:  # reset
        drawn = []
        current = ""
        seed = reshuffled(seed)
        state["seed"] = seed
        summary = f"The deck is shuffled. All {len(CARDS)} cards are back, and your favourites are kept."

    state.update({"drawn": drawn, "favourites": favourites, "current": current})
    blocks: list[Block] = []
    if shown is not None and action == "draw":
        blocks.append(Block("About this card", tuple(notes), style="paragraphs"))
    progress = [f"{len(drawn)} of {len(CARDS)} cards drawn."]
    if level != "mix":
        at_level = sum(1 for c in drawn if BY_ID[c].level == level)
        total = len(QUESTIONS[level])
        progress.append(f"{at_level} of {total} {LEVEL_NAMES[level]} cards drawn.")
    blocks.append(Block("Your deck", tuple(progress)))
    blocks.append(
        Block(
            "Your favourites",
            tuple(BY_ID[f].text for f in favourites)
            or ("No favourites yet. After you draw a card you like, press “Keep this card as a favourite”.",),
        )
    )
    return Result(
        summary=summary,
        blocks=tuple(blocks),
        links=(Link("Vulnerability: sharing at your own pace", "chapters/vulnerability/"),),
        links_heading="Read next",
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
