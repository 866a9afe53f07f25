"""Responding to good news: how a reply reads, and practice sorting replies into four kinds.

The idea of four ways to respond to a partner's good news comes from Gable and colleagues'
research on sharing good news (capitalization). Every scenario, reply and rule here is written
for Closer. The reading is made by plain cue lists kept below as data; it reads words, not
tone or care, and says which cues it saw.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..fields import Choice, LongText, Option
from ..listening_analysis import (
    SELF_STORIES,
    find,
    normalise,
    phrase_pattern,
    questions,
    quote,
    word_counts,
)
from ..result import Block, Link, Result, Score
from ..sheet import Answers, Section, Worksheet

AC = "active-constructive"
PC = "passive-constructive"
AD = "active-destructive"
PD = "passive-destructive"

STYLES: tuple[str, ...] = (AC, PC, AD, PD)
STYLE_NAMES: dict[str, str] = {
    AC: "warm and engaged (active-constructive)",
    PC: "quiet and flat (passive-constructive)",
    AD: "negative and critical (active-destructive)",
    PD: "ignoring it (passive-destructive)",
}
STYLE_WHY: dict[str, str] = {
    AC: "Warm, engaged replies show real interest. Questions let your partner enjoy the news again "
    "as they tell it, and naming their effort shows you know what it means to them.",
    PC: "Quiet praise is kind, but it is low on energy and moves on fast. Your partner may feel "
    "their big moment was a small one to you.",
    AD: "Worries about good news may be fair. Raised right now, though, they can take the joy out "
    "of the moment. The practical side can wait for another day.",
    PD: "When a reply moves away from the news, your partner may feel it did not matter. "
    "This can hurt the most, even when nobody means it to.",
}
# When two kinds score the same, the reading follows this order: a worry or a change of
# subject is what a partner tends to hear first.
TIE_ORDER: tuple[str, ...] = (AD, PD, AC, PC)


@dataclass(frozen=True, slots=True)
class CueGroup:
    key: str
    style: str
    label: str
    phrases: tuple[str, ...]
    weight: int


CUE_GROUPS: tuple[CueGroup, ...] = (
    CueGroup(
        "excitement",
        AC,
        "Excitement",
        (
            "amazing",
            "wow",
            "congratulations",
            "congrats",
            "so proud",
            "proud of you",
            "incredible",
            "fantastic",
            "brilliant",
            "awesome",
            "thrilled",
            "so happy for you",
            "happy for you",
            "so glad",
            "yay",
            "woohoo",
            "hooray",
            "well deserved",
            "that's huge",
            "so excited",
            "can't believe",
            "wonderful",
            "best news",
            "great news",
            "omg",
            "oh my god",
            "no way",
            "you did it",
            "love this",
            "i love that",
            "tell me everything",
        ),
        1,
    ),
    CueGroup(
        "effort",
        AC,
        "Naming their effort or what it means to them",
        (
            "you worked",
            "worked so hard",
            "hard work",
            "you earned",
            "earned it",
            "you deserve",
            "deserve it",
            "you've wanted",
            "wanted this",
            "all those",
            "all that practice",
            "your effort",
            "you put in",
            "paid off",
            "you kept at",
            "you kept going",
            "never gave up",
            "you stuck with",
            "you've missed",
            "means so much",
            "means a lot",
            "you did it anyway",
        ),
        2,
    ),
    CueGroup(
        "praise",
        PC,
        "Brief, quiet praise",
        (
            "nice",
            "good",
            "that's good",
            "cool",
            "well done",
            "good job",
            "ok",
            "okay",
            "great",
            "not bad",
            "fine",
            "sounds good",
            "neat",
            "huh",
            "mm",
            "hm",
            "mhm",
        ),
        1,
    ),
    CueGroup(
        "doubts",
        AD,
        "Doubts, risks or downsides",
        (
            "are you sure",
            "what about",
            "how will you",
            "how are you going to",
            "how will we",
            "won't that",
            "isn't that",
            "don't you think",
            "what if",
            "can we afford",
            "can you afford",
            "is it worth",
            "the catch",
            "too much",
            "too risky",
            "risky",
            "be careful",
            "i hope you know",
            "the problem is",
            "worried that",
            "worried about",
            "who will",
            "when will we",
            "pay for",
            "the downside",
            "realistic",
            "don't get your hopes up",
            "we'll see",
            "got lucky",
            "let you down",
            "after what",
            "i don't know about",
        ),
        2,
    ),
    CueGroup("but", AD, "A “but” that turns the reply", ("but", "though", "however"), 1),
    CueGroup(
        "subject",
        PD,
        "Changing the subject",
        (
            "anyway",
            "by the way",
            "btw",
            "speaking of",
            "did you remember",
            "did you see",
            "don't forget",
            "can you pick up",
            "can you grab",
            "what's for dinner",
            "what should we have",
            "guess what",
            "oh well",
            "whatever",
            "in other news",
            "have you seen",
            "where did you put",
            "we need to",
            *SELF_STORIES,
        ),
        2,
    ),
)
# Which group claims a phrase first ("you did it anyway" is effort, not "anyway").
CLAIM_ORDER: tuple[str, ...] = ("effort", "excitement", "doubts", "subject", "praise", "but")
_PATTERNS = {g.key: phrase_pattern(g.phrases) for g in CUE_GROUPS}
# Questions that carry a doubt or a change of subject do not count as interest.
_NOT_INTEREST = (_PATTERNS["doubts"], _PATTERNS["subject"])
QUESTION_CAP = 2
SELF_TALK_MIN = 3


@dataclass(frozen=True, slots=True)
class Reading:
    """How a reply reads: the kind, the score per kind, and the cues seen, by group."""

    style: str
    scores: dict[str, int]
    cues: dict[str, list[str]]
    reasons: tuple[str, ...]


def read_reply(text: str) -> Reading:
    """Read a reply by its cues. Pure, explainable and deterministic."""
    norm = normalise(text)
    scores = dict.fromkeys(STYLES, 0)
    cues: dict[str, list[str]] = {}
    reasons: list[str] = []
    found: dict[str, list[str]] = {}
    rest = norm
    for key in CLAIM_ORDER:
        found[key] = find(_PATTERNS[key], rest)
        # A phrase counts once: blank it out so a later group cannot claim it again.
        rest = _PATTERNS[key].sub(lambda m: " " * len(m.group(0)), rest)
    for group in CUE_GROUPS:
        if found[group.key]:
            cues[group.key] = found[group.key]
            scores[group.style] += group.weight * len(found[group.key])
            reasons.append(f"{group.label}: {quote(found[group.key])}.")
    if "!" in norm:
        cues["exclaim"] = ["!"]
        scores[AC] += 1
        reasons.append("An exclamation mark, which often shows excitement.")
    interest = [q for q in questions(norm) if not any(p.search(q) for p in _NOT_INTEREST)]
    if interest:
        counted = interest[:QUESTION_CAP]
        cues["questions"] = counted
        scores[AC] += len(counted)
        many = "a question" if len(counted) == 1 else f"{len(interest)} questions"
        reasons.append(f"Interest: you asked {many} about the news.")
    _, self_words, you_words = word_counts(norm)
    if self_words >= SELF_TALK_MIN and self_words > you_words:
        cues["self_talk"] = [f"I, me or my ×{self_words}"]
        scores[PD] += 2
        reasons.append(
            f"Talking about yourself: I, me or my {self_words} times, you or your {you_words} times."
        )
    if not any(scores.values()):
        reasons.append("We did not spot a response to the news itself: no praise, excitement or questions.")
        return Reading(PD, scores, cues, tuple(reasons))
    best = max(scores.values())
    style = next(s for s in TIE_ORDER if scores[s] == best)
    if style == AC and scores[AC] < 2:
        style = PC
        reasons.append("Only one sign of warmth, so it reads as quiet rather than engaged.")
    return Reading(style, scores, cues, tuple(reasons))


@dataclass(frozen=True, slots=True)
class Scenario:
    key: str
    topic: str
    news: str
    warm_reply: str
    question: str
    effort: str


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "job",
        "A new role",
        "I got the team lead job! They told me this afternoon.",
        "You got it? That's fantastic! You've worked so hard for this. How did they tell you? "
        "What did you say?",
        "How did they tell you?",
        "All those extra hours paid off.",
    ),
    Scenario(
        "run",
        "A first 10k",
        "I ran the whole 10k without stopping! Six months ago I couldn't run to the bus stop.",
        "The whole 10k? Wow! All those early mornings paid off. How did it feel when you crossed the line?",
        "How did it feel at the finish?",
        "You kept going even on the cold, dark mornings.",
    ),
    Scenario(
        "pottery",
        "A shop wants their work",
        "A shop downtown wants to sell my pottery! They asked for twelve bowls.",
        "No way, that's brilliant! Your bowls in a real shop! All those evenings at the wheel "
        "paid off. Which ones did they like best?",
        "Which ones did they like best?",
        "All those evenings at the wheel paid off.",
    ),
    Scenario(
        "driving",
        "A driving test at 52",
        "I passed my driving test! At fifty-two! First try!",
        "You passed? Amazing! I know how nervous you were, and you did it anyway. "
        "Tell me everything. What did the examiner say?",
        "What did the examiner say?",
        "I know how nervous you were, and you did it anyway.",
    ),
)
_SCENARIOS = {s.key: s for s in SCENARIOS}
GENERAL_WARM_REPLY = "That's wonderful news! You worked hard for this. How did it happen? Tell me everything."


@dataclass(frozen=True, slots=True)
class SampleReply:
    field_id: str
    text: str
    style: str
    why: str


SORT_NEWS = (
    "Noor tells her husband, Sam: “My sister and I are talking again! "
    "We had coffee today and it felt like old times.”"
)
SAMPLE_REPLIES: tuple[SampleReply, ...] = (
    SampleReply(
        "sort_1",
        "Really? After what she said at the wedding? I'd be careful. She might let you down again.",
        AD,
        "It points to risks. The worry may come from care, but right now it takes the joy out "
        "of Noor's news.",
    ),
    SampleReply(
        "sort_2",
        "Mm. Have you seen my phone charger anywhere?",
        PD,
        "It skips the news and changes the subject. Noor may feel her news did not matter to Sam.",
    ),
    SampleReply(
        "sort_3",
        "That's wonderful! You've missed her so much. How did it start? What did you talk about?",
        AC,
        "It shows delight, knows what this means to Noor, and asks questions so she can enjoy "
        "telling the story.",
    ),
    SampleReply(
        "sort_4",
        "Oh, that's good.",
        PC,
        "It is kind, but short and flat. It does not ask or show much feeling, so the moment passes quickly.",
    ),
)

STYLE_OPTIONS: tuple[Option, ...] = (
    Option(AC, "Warm and engaged (active-constructive)"),
    Option(PC, "Quiet and flat (passive-constructive)"),
    Option(AD, "Negative and critical (active-destructive)"),
    Option(PD, "Ignoring it (passive-destructive)"),
)

ABOUT = (
    "The four kinds of reply come from Gable and colleagues' research on sharing good news. "
    "In their studies, warm and engaged replies went with feeling closer and more satisfied "
    "in the relationship.",
    "This worksheet reads words only. Tone, face and timing matter too, and your partner is the "
    "best judge of how a reply feels.",
)


def _tips(reading: Reading, scenario: Scenario | None) -> tuple[str, ...]:
    tips: list[str] = []
    if "questions" not in reading.cues:
        ask = f"“{scenario.question}”" if scenario else "“How did it happen?”"
        tips.append(f"Ask a question so your partner can tell the story again, like {ask}")
    if "effort" not in reading.cues:
        effort = f"“{scenario.effort}”" if scenario else "“You worked hard for this.”"
        tips.append(f"Name their effort, or what the news means to them, like {effort}")
    if reading.scores[AD]:
        tips.append("Save the practical worries for another day, after you have shared the joy.")
    if reading.scores[PD]:
        tips.append("Stay with their news for a while before you move on to your own.")
    if not tips:
        tips.append("Keep it up: stop what you are doing, show you are glad, and let them tell it.")
    return tuple(tips)


def _mixed(reading: Reading) -> str:
    others = [s for s in TIE_ORDER if s != reading.style and reading.scores[s] > 0]
    if not others:
        return ""
    names = " and ".join(STYLE_NAMES[s].split(" (")[0] for s in others)
    kind = "another kind" if len(others) == 1 else "other kinds"
    return f"Your reply also had signs of {kind}: {names}. Mixed replies are common."


def _sorting(answers: Answers) -> tuple[int, int, tuple[str, ...]]:
    answered = matched = 0
    items: list[str] = []
    for number, sample in enumerate(SAMPLE_REPLIES, 1):
        chosen = answers.get(sample.field_id)
        reads = STYLE_NAMES[sample.style]
        if not chosen:
            items.append(f"Reply {number} (“{sample.text}”) reads as {reads}. {sample.why}")
            continue
        answered += 1
        if chosen == sample.style:
            matched += 1
            items.append(f"Reply {number}: you chose {reads}, the same as this worksheet. {sample.why}")
        else:
            items.append(
                f"Reply {number}: you chose {STYLE_NAMES[chosen]}. This worksheet reads it as "
                f"{reads}. {sample.why} If you saw it differently, that is worth talking about."
            )
    return answered, matched, tuple(items)


def evaluate(answers: Answers) -> Result:
    scenario = _SCENARIOS.get(answers.get("scenario") or "")
    reply = answers.get("my_reply") or ""
    answered, matched, sort_items = _sorting(answers)
    summary: list[str] = []
    blocks: list[Block] = []
    data: dict[str, object] = {"scenario": scenario.key if scenario else None}

    if reply:
        reading = read_reply(reply)
        summary.append(f"Your reply reads as {STYLE_NAMES[reading.style]}.")
        if scenario:
            blocks.append(Block("The news", (scenario.news,), style="paragraphs"))
        why = [STYLE_WHY[reading.style]]
        if _mixed(reading):
            why.append(_mixed(reading))
        blocks += [
            Block("Your reply", (reply,), style="paragraphs"),
            Block("What we noticed", reading.reasons),
            Block("Why it reads this way", tuple(why), style="paragraphs"),
            Block(
                "A warm, engaged version",
                (
                    scenario.warm_reply if scenario else GENERAL_WARM_REPLY,
                    "This is one possible reply. Use your own words; your partner knows your voice.",
                ),
                style="paragraphs",
            ),
            Block("Ideas to try", _tips(reading, scenario)),
        ]
        data.update(style=reading.style, scores=reading.scores, cues=reading.cues)
    elif scenario:
        summary.append("Write your reply to the news to see how it reads.")
        blocks.append(Block("The news", (scenario.news,), style="paragraphs"))

    if answered:
        summary.append(
            f"You sorted {answered} of {len(SAMPLE_REPLIES)} sample replies, and {matched} "
            f"{'matches' if matched == 1 else 'match'} how this worksheet reads them."
        )
        blocks.append(Block("Sorting the replies", sort_items))
    data.update(sorted=answered, matched=matched)

    if not summary:
        summary.append(
            "Write a reply to one of the pieces of news, or sort the sample replies, "
            "then press the button to see feedback."
        )
    blocks.append(Block("About this idea", ABOUT, style="paragraphs"))
    scores = (
        (Score("Sample replies matched", matched, 0, len(SAMPLE_REPLIES), key="matched"),) if answered else ()
    )
    return Result(
        summary=" ".join(summary),
        scores=scores,
        blocks=tuple(blocks),
        links=(
            Link(
                "Active listening: responding to good news",
                "chapters/active-listening/#responding-to-good-news",
            ),
        ),
        links_heading="Read more",
        data=data,
    )


WORKSHEET = Worksheet(
    id="good-news",
    version=1,
    title="Responding to good news",
    chapter="active-listening",
    introduction=(
        "Your partner comes to you with good news. Pick one of the pieces of news below and write "
        "what you might say back. Then sort four sample replies into the four kinds of response. "
        "You can do either part, or both."
    ),
    sections=(
        Section(
            "Write your reply",
            (
                Choice(
                    id="scenario",
                    label="Pick the news your partner shares",
                    options=tuple(Option(s.key, f"{s.topic}: “{s.news}”") for s in SCENARIOS),
                    required=False,
                ),
                LongText(
                    id="my_reply",
                    label="What might you say back?",
                    help="Write it the way you would really say it, not the way you think you should.",
                    required=False,
                    max_length=2000,
                    rows=3,
                ),
            ),
        ),
        Section(
            "Sort these replies",
            tuple(
                Choice(
                    id=sample.field_id,
                    label=f"Reply {number}: “{sample.text}”",
                    options=STYLE_OPTIONS,
                    required=False,
                )
                for number, sample in enumerate(SAMPLE_REPLIES, 1)
            ),
            intro=SORT_NEWS + " Which kind of reply is each of these?",
        ),
    ),
    evaluate=evaluate,
    examples=(
        {"scenario": "job", "my_reply": "Oh nice, well done. What's for dinner?"},
        {
            "scenario": "driving",
            "my_reply": "You passed?! That’s amazing — I’m so proud of you. How did it feel? 🎉",
            "sort_1": AD,
            "sort_2": PD,
            "sort_3": AC,
            "sort_4": PC,
        },
        {
            "scenario": "pottery",
            "my_reply": "Congrats! But are you sure you can make twelve bowls in time? "
            "What about your day job? " * 20,
            "sort_1": PC,
            "sort_3": AC,
        },
        {"sort_2": AD, "sort_4": PC},
        {"my_reply": '<script>alert(1)</script> """); import js # {{ 7*7 }}'},
    ),
)
