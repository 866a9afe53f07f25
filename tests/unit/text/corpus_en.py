"""English sentences written for Closer, each with what the text engine should find in it.

Each case names the rule table it is read with ("message": I-statement builder and repair
plan; "reply": reflective listening; "good-news"), the sentence, and the findings expected:
every kind, with its phrases as written, each once and in reading order. A sentence with no
findings expects an empty dict. `why` says what the case documents where it is not obvious.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    table: str
    text: str
    expected: dict[str, tuple[str, ...]]
    why: str = ""


MESSAGE: tuple[Case, ...] = (
    Case(
        "message",
        "You never listen to me, you always make me feel stupid",
        {"blame": ("You never", "you always make me feel"), "absolute": ("never", "always")},
        "Both openers are blame and absolutes; “stupid” after “make me feel” is the speaker's "
        "feeling, not a label",
    ),
    Case("message", "You are stupid.", {"label": ("stupid",)}, "the same word about the partner is a label"),
    Case("message", "You're so lazy about the laundry.", {"label": ("lazy",)}),
    Case("message", "I feel stupid when I can't follow the conversation.", {}, "a feeling, not a label"),
    Case("message", "You make me feel stupid in front of your friends.", {"blame": ("You make me feel",)}),
    Case("message", "I'm so stupid, I forgot our anniversary.", {}, "about the speaker, not the partner"),
    Case("message", "It drives me crazy when the sink is full.", {}, "“me crazy” is how the speaker feels"),
    Case("message", "You are being selfish and childish.", {"label": ("selfish", "childish")}),
    Case("message", "You're a slob and a liar.", {"label": ("slob", "liar")}),
    Case("message", "Typical!", {"label": ("Typical",)}),
    Case("message", "You're too sensitive.", {"label": ("too sensitive",)}),
    Case(
        "message",
        "You idiot, you never check the map!",
        {"label": ("idiot",), "blame": ("you never",), "absolute": ("never",)},
    ),
    Case("message", "I feel that you don't care about my job.", {"feel-that": ("I feel that you",)}),
    Case(
        "message",
        "I feel like you're never home.",
        {"feel-that": ("I feel like you",), "absolute": ("never",)},
        "a thought about the partner, starting like a feeling",
    ),
    Case("message", "I felt as if your mind was somewhere else.", {"feel-that": ("I felt as if your",)}),
    Case(
        "message",
        "I feel as though your phone matters more than me.",
        {"feel-that": ("I feel as though your",)},
    ),
    Case("message", "I feel hurt when plans change at the last minute.", {}),
    Case("message", "I feel worried when you drive home late.", {}),
    Case("message", "When you're late I feel anxious.", {}),
    Case("message", "I felt lonely at the party last night.", {}),
    Case("message", "I felt really ignored at the party.", {"judgement-feeling": ("ignored",)}),
    Case("message", "I feel judged when you check my phone.", {"judgement-feeling": ("judged",)}),
    Case("message", "I'm feeling so taken for granted.", {"judgement-feeling": ("taken for granted",)}),
    Case("message", "You ignored my text.", {}, "describes an action; not a feeling at all"),
    Case(
        "message",
        "You make me feel ignored.",
        {"blame": ("You make me feel",), "judgement-feeling": ("ignored",)},
    ),
    Case("message", "Every single time, nobody helps.", {"absolute": ("Every single time", "nobody")}),
    Case("message", "It happens every time we visit your parents.", {"absolute": ("every time",)}),
    Case("message", "Not once have you asked about my day.", {"absolute": ("Not once",)}),
    Case("message", "Everything I do is wrong to you.", {"absolute": ("Everything",)}),
    Case("message", "I always make coffee first thing.", {"absolute": ("always",)}, "whoever it is about"),
    Case("message", "It's your fault we missed the train.", {"blame": ("It's your fault",)}),
    Case("message", "This is all your fault.", {"blame": ("This is all your fault",)}),
    Case("message", "Because of you we're late again.", {"blame": ("Because of you",)}),
    Case("message", "You are the reason I'm stressed.", {"blame": ("You are the reason",)}),
    Case("message", "Look what you did to the kitchen.", {"blame": ("Look what you did",)}),
    Case("message", "You don't even notice when I cook.", {"blame": ("You don't even",)}),
    Case("message", "You made me cry in front of everyone.", {"blame": ("You made me",)}),
    Case("message", "Why can't you just text me back?", {"blame": ("Why can't you",)}),
    Case(
        "message",
        "Why do you always leave the lights on?",
        {"blame": ("Why do you always",), "absolute": ("always",)},
    ),
    Case("message", "You always leave the lights on.", {"blame": ("You always",), "absolute": ("always",)}),
    Case(
        "message",
        "You constantly make me feel small.",
        {"blame": ("You constantly make me feel",), "absolute": ("constantly",)},
    ),
    Case("message", "YOU   NEVER listen", {"blame": ("YOU   NEVER",), "absolute": ("NEVER",)}),
    Case(
        "message",
        "It’s your fault, and you’ll never change 💔",
        {"blame": ("It’s your fault",), "absolute": ("never",)},
        "curly apostrophes match straight ones",
    ),
    Case("message", "Oh great, the car is making that noise again.", {"sarcasm": ("Oh great",)}),
    Case("message", "Great, just great.", {"sarcasm": ("Great, just great",)}),
    Case("message", "Thanks for nothing.", {"sarcasm": ("Thanks for nothing",)}, "not also an absolute"),
    Case("message", "Thanks a lot for waiting up.", {"sarcasm": ("Thanks a lot",)}),
    Case("message", "Yeah right, like you'd say sorry.", {"sarcasm": ("Yeah right",)}),
    Case("message", "Whatever.", {"sarcasm": ("Whatever",)}),
    Case("message", "Whatever you choose for dinner is fine with me.", {}, "not a brush-off"),
    Case("message", "Really?! You forgot again?", {"sarcasm": ("?!",)}),
    Case("message", "Sure, because that worked so well last time.", {"sarcasm": ("Sure, because",)}),
    Case("message", "That's pathetic 🙄", {"contempt": ("pathetic", "🙄")}),
    Case("message", "What is wrong with you?", {"contempt": ("What is wrong with you",)}),
    Case("message", "Grow up.", {"contempt": ("Grow up",)}),
    Case("message", "*rolls eyes*", {"contempt": ("rolls eyes",)}),
    Case("message", "Ugh, seriously?", {"contempt": ("Ugh",), "sarcasm": ("seriously?",)}),
    Case(
        "message",
        "Give me a break, you're being ridiculous.",
        {"contempt": ("Give me a break",), "label": ("ridiculous",)},
    ),
    Case("message", "You need to call your mum tonight.", {"command": ("You need to",)}),
    Case("message", "You’d better be home by six.", {"command": ("You’d better",)}),
    Case("message", "You should know better.", {"command": ("You should",)}),
    Case(
        "message",
        "You have to stop being so clingy.",
        {"command": ("You have to",), "label": ("clingy",)},
    ),
    Case("message", "I was hoping we could talk tonight.", {}),
    Case("message", "Could we leave together next time?", {}),
    Case("message", "Nevertheless, the lazyboy chair was fine. Thanksgiving!", {}, "whole words only"),
    Case(
        "message",
        '<script>alert(1)</script> """); import js # {{ 7*7 }} you always',
        {"blame": ("you always",), "absolute": ("always",)},
        "hostile text is only text",
    ),
)

REPLY: tuple[Case, ...] = (
    Case(
        "reply",
        "It sounds like you're worried. Is that close?",
        {"checked": ("It sounds like", "Is that close"), "named_feeling": ("worried",)},
    ),
    Case("reply", "Don't be sad.", {"minimising": ("Don't be sad",)}, "told not to feel it: not named"),
    Case(
        "reply",
        "Don't be so nervous, it's not a big deal.",
        {"minimising": ("Don't be so nervous", "it's not a big deal")},
    ),
    Case("reply", "Don't worry about it.", {"minimising": ("Don't worry",)}),
    Case("reply", "Calm down, it could be worse.", {"minimising": ("Calm down", "could be worse")}),
    Case("reply", "Just ignore her.", {"advice": ("Just ignore",)}),
    Case("reply", "I just want you to know I'm here.", {}, "“just” after “I” is not advice"),
    Case(
        "reply",
        "You just need to relax.",
        {"advice": ("You just need to",), "minimising": ("relax",)},
        "replies keep every kind: nothing hides inside another",
    ),
    Case("reply", "Have you tried talking to her?", {"advice": ("Have you tried",)}),
    Case("reply", "At least you have a job.", {"silver_lining": ("At least",)}),
    Case(
        "reply",
        "Me too! I remember when that happened at my old work.",
        {"self_story": ("Me too", "I remember when")},
    ),
    Case("reply", "Maybe you felt let down by me too.", {"named_feeling": ("let down",)}, "“by me too”"),
    Case("reply", "I know exactly how you feel.", {"assuming": ("I know exactly how you feel",)}),
    Case(
        "reply",
        "Do you want to vent, or would it help to plan?",
        {"asked_what_helps": ("Do you want to vent", "would it help")},
    ),
    Case("reply", "Tell me more about the meeting.", {"asked_what_helps": ("Tell me more",)}),
    Case("reply", "im guessing youre tired", {"checked": ("im guessing",), "named_feeling": ("tired",)}),
    Case(
        "reply",
        "You must feel left out and let down. So FED UP!",
        {"named_feeling": ("left out", "let down", "FED UP")},
    ),
)

GOOD_NEWS: tuple[Case, ...] = (
    Case("good-news", "You did it anyway!", {"effort": ("You did it anyway",)}, "not a change of subject"),
    Case(
        "good-news",
        "Congrats! But what about the kids?",
        {"excitement": ("Congrats",), "but": ("But",), "doubts": ("what about",)},
    ),
    Case(
        "good-news",
        "Oh nice, well done. What's for dinner?",
        {"praise": ("nice", "well done"), "subject": ("What's for dinner",)},
    ),
    Case("good-news", "Anyway, did you see the game?", {"subject": ("Anyway", "did you see")}),
)

CORPUS: tuple[Case, ...] = MESSAGE + REPLY + GOOD_NEWS
