"""Responding to good news: how a reply reads, and practice sorting replies into four kinds.

The idea of four ways to respond to a partner's good news comes from Gable and colleagues'
research on sharing good news (capitalization). Every scenario, reply and rule here is written
for Closer. The reading is made by plain cue lists kept below as data; it reads words, not
tone or care, and says which cues it saw.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..fields import Choice, LongText, Option
from ..i18n import N_, _, ngettext
from ..lexicon import Lexicon
from ..lexicon import get as lexicon
from ..result import Block, Link, Result, Score
from ..sheet import Answers, Section, Worksheet
from ..text import Rule, RuleTable, Warned, in_words, matches, normalise, quoted
from ..text.listening import sentences, shown, word_counts

AC = "active-constructive"
PC = "passive-constructive"
AD = "active-destructive"
PD = "passive-destructive"

STYLES: tuple[str, ...] = (AC, PC, AD, PD)
# Constants are marked with N_ and translated with _ where the feedback uses them.
STYLE_NAMES: dict[str, str] = {
    AC: N_("warm and engaged (active-constructive)"),
    PC: N_("quiet and flat (passive-constructive)"),
    AD: N_("negative and critical (active-destructive)"),
    PD: N_("ignoring it (passive-destructive)"),
}
STYLE_WHY: dict[str, str] = {
    AC: N_(
        "Warm, engaged replies show real interest. Questions let your partner enjoy the news again "
        "as they tell it, and naming their effort shows you know what it means to them."
    ),
    PC: N_(
        "Quiet praise is kind, but it is low on energy and moves on fast. Your partner may feel "
        "their big moment was a small one to you."
    ),
    AD: N_(
        "Worries about good news may be fair. Raised right now, though, they can take the joy out "
        "of the moment. The practical side can wait for another day."
    ),
    PD: N_(
        "When a reply moves away from the news, your partner may feel it did not matter. "
        "This can hurt the most, even when nobody means it to."
    ),
}
# When two kinds score the same, the reading follows this order: a worry or a change of
# subject is what a partner tends to hear first.
TIE_ORDER: tuple[str, ...] = (AD, PD, AC, PC)


@dataclass(frozen=True, slots=True)
class CueGroup:
    key: str  # its phrases are the lexicon's list "good_news_<key>"
    style: str
    label: str
    weight: int


CUE_GROUPS: tuple[CueGroup, ...] = (
    CueGroup("excitement", AC, N_("Excitement"), 1),
    CueGroup("effort", AC, N_("Naming their effort or what it means to them"), 2),
    CueGroup("praise", PC, N_("Brief, quiet praise"), 1),
    CueGroup("doubts", AD, N_("Doubts, risks or downsides"), 2),
    CueGroup("but", AD, N_("A “but” that turns the reply"), 1),
    CueGroup("subject", PD, N_("Changing the subject"), 2),
)
# Which group claims a phrase first ("you did it anyway" is effort, not "anyway"); a phrase
# inside a longer one of another group counts only for the longer one.
CLAIM_ORDER: tuple[str, ...] = ("effort", "excitement", "doubts", "subject", "praise", "but")
CUES = RuleTable("good-news", tuple(Rule(key, f"good_news_{key}") for key in CLAIM_ORDER))
# Questions that carry a doubt or a change of subject do not count as interest.
NOT_INTEREST = frozenset({"doubts", "subject"})
QUESTION_CAP = 2
SELF_TALK_MIN = 3


@dataclass(frozen=True, slots=True)
class Reading:
    """How a reply reads: the kind, the score per kind, and the cues seen, by group."""

    style: str
    scores: dict[str, int]
    cues: dict[str, list[str]]
    reasons: tuple[str, ...]


def read_reply(text: str, words: Lexicon | None = None) -> Reading:
    """Read a reply by its cues. Pure, explainable and deterministic."""
    words = words or lexicon()
    scores = dict.fromkeys(STYLES, 0)
    cues: dict[str, list[str]] = {}
    reasons: list[str] = []
    found: dict[str, list[str]] = {key: [] for key in CLAIM_ORDER}
    seen = matches(text, CUES, words)
    for match in seen:
        found[match.kind].append(normalise(match.words))
    found = {key: list(dict.fromkeys(phrases)) for key, phrases in found.items()}
    for group in CUE_GROUPS:
        if found[group.key]:
            cues[group.key] = found[group.key]
            scores[group.style] += group.weight * len(found[group.key])
            reasons.append(
                _("{cue}: {words}.").format(cue=_(group.label), words=shown(tuple(found[group.key]), words))
            )
    if "!" in text:
        cues["exclaim"] = ["!"]
        scores[AC] += 1
        reasons.append(_("An exclamation mark, which often shows excitement."))
    interest = [
        normalise(text[start:end])
        for start, end in sentences(text)
        if text[start:end].endswith("?")
        and not any(m.kind in NOT_INTEREST and start <= m.start < end for m in seen)
    ]
    if interest:
        counted = interest[:QUESTION_CAP]
        cues["questions"] = counted
        scores[AC] += len(counted)
        reasons.append(
            ngettext(
                "Interest: you asked a question about the news.",
                "Interest: you asked {count} questions about the news.",
                len(interest),
            ).format(count=len(interest))
        )
    _words, self_words, you_words = word_counts(text, words)
    if self_words >= SELF_TALK_MIN and self_words > you_words:
        cues["self_talk"] = [f"I, me or my ×{self_words}"]
        scores[PD] += 2
        reasons.append(
            _("Talking about yourself: I, me or my {mine} times, you or your {yours} times.").format(
                mine=self_words, yours=you_words
            )
        )
    if not any(scores.values()):
        reasons.append(
            _("We did not spot a response to the news itself: no praise, excitement or questions.")
        )
        return Reading(PD, scores, cues, tuple(reasons))
    best = max(scores.values())
    style = next(s for s in TIE_ORDER if scores[s] == best)
    if style == AC and scores[AC] < 2:
        style = PC
        reasons.append(_("Only one sign of warmth, so it reads as quiet rather than engaged."))
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
        N_("A new role"),
        N_("I got the team lead job! They told me this afternoon."),
        N_(
            "You got it? That's fantastic! You've worked so hard for this. How did they tell you? "
            "What did you say?"
        ),
        N_("How did they tell you?"),
        N_("All those extra hours paid off."),
    ),
    Scenario(
        "run",
        N_("A first 10k"),
        N_("I ran the whole 10k without stopping! Six months ago I couldn't run to the bus stop."),
        N_(
            "The whole 10k? Wow! All those early mornings paid off. "
            "How did it feel when you crossed the line?"
        ),
        N_("How did it feel at the finish?"),
        N_("You kept going even on the cold, dark mornings."),
    ),
    Scenario(
        "pottery",
        N_("A shop wants their work"),
        N_("A shop downtown wants to sell my pottery! They asked for twelve bowls."),
        N_(
            "No way, that's brilliant! Your bowls in a real shop! All those evenings at the wheel "
            "paid off. Which ones did they like best?"
        ),
        N_("Which ones did they like best?"),
        N_("All those evenings at the wheel paid off."),
    ),
    Scenario(
        "driving",
        N_("A driving test at 52"),
        N_("I passed my driving test! At fifty-two! First try!"),
        N_(
            "You passed? Amazing! I know how nervous you were, and you did it anyway. "
            "Tell me everything. What did the examiner say?"
        ),
        N_("What did the examiner say?"),
        N_("I know how nervous you were, and you did it anyway."),
    ),
)
_SCENARIOS = {s.key: s for s in SCENARIOS}
GENERAL_WARM_REPLY = N_(
    "That's wonderful news! You worked hard for this. How did it happen? Tell me everything."
)
GENERAL_QUESTION = N_("How did it happen?")
GENERAL_EFFORT = N_("You worked hard for this.")


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
        N_("Really? After what she said at the wedding? I'd be careful. She might let you down again."),
        AD,
        N_(
            "It points to risks. The worry may come from care, but right now it takes the joy out "
            "of Noor's news."
        ),
    ),
    SampleReply(
        "sort_2",
        N_("Mm. Have you seen my phone charger anywhere?"),
        PD,
        N_("It skips the news and changes the subject. Noor may feel her news did not matter to Sam."),
    ),
    SampleReply(
        "sort_3",
        N_("That's wonderful! You've missed her so much. How did it start? What did you talk about?"),
        AC,
        N_(
            "It shows delight, knows what this means to Noor, and asks questions so she can enjoy "
            "telling the story."
        ),
    ),
    SampleReply(
        "sort_4",
        N_("Oh, that's good."),
        PC,
        N_(
            "It is kind, but short and flat. It does not ask or show much feeling, "
            "so the moment passes quickly."
        ),
    ),
)

STYLE_OPTIONS: tuple[Option, ...] = (
    Option(AC, "Warm and engaged (active-constructive)"),
    Option(PC, "Quiet and flat (passive-constructive)"),
    Option(AD, "Negative and critical (active-destructive)"),
    Option(PD, "Ignoring it (passive-destructive)"),
)

ABOUT = (
    N_(
        "The four kinds of reply come from Gable and colleagues' research on sharing good news. "
        "In their studies, warm and engaged replies went with feeling closer and more satisfied "
        "in the relationship."
    ),
    N_(
        "This worksheet reads words only. Tone, face and timing matter too, and your partner is the "
        "best judge of how a reply feels."
    ),
)
# The kinds whose cues the feedback warns about; no example it offers may use those words.
WARNED_STYLES = frozenset({AD, PD})


def warned(reading: Reading) -> Warned:
    """The cue phrases the reading holds against the reply."""
    groups = {g.key for g in CUE_GROUPS if g.style in WARNED_STYLES}
    return Warned(p for key, phrases in reading.cues.items() if key in groups for p in phrases)


def _tips(reading: Reading, scenario: Scenario | None) -> tuple[str, ...]:
    safe = warned(reading).safe
    tips: list[str] = []
    if "questions" not in reading.cues:
        ask = safe(_(scenario.question) if scenario else "", _(GENERAL_QUESTION))
        tips.append(
            _("Ask a question so your partner can tell the story again, like {ask}").format(ask=quoted(ask))
        )
    if "effort" not in reading.cues:
        effort = safe(_(scenario.effort) if scenario else "", _(GENERAL_EFFORT))
        tips.append(
            _("Name their effort, or what the news means to them, like {effort}").format(
                effort=quoted(effort)
            )
        )
    if reading.scores[AD]:
        tips.append(_("Save the practical worries for another day, after you have shared the joy."))
    if reading.scores[PD]:
        tips.append(_("Stay with their news for a while before you move on to your own."))
    if not tips:
        tips.append(_("Keep it up: stop what you are doing, show you are glad, and let them tell it."))
    return tuple(tips)


def _mixed(reading: Reading) -> str:
    others = [s for s in TIE_ORDER if s != reading.style and reading.scores[s] > 0]
    if not others:
        return ""
    names = in_words(_(STYLE_NAMES[s]).split(" (")[0] for s in others)
    return ngettext(
        "Your reply also had signs of another kind: {names}. Mixed replies are common.",
        "Your reply also had signs of other kinds: {names}. Mixed replies are common.",
        len(others),
    ).format(names=names)


def _sorting(answers: Answers) -> tuple[int, int, tuple[str, ...]]:
    answered = matched = 0
    items: list[str] = []
    for number, sample in enumerate(SAMPLE_REPLIES, 1):
        chosen = answers.get(sample.field_id)
        reads = _(STYLE_NAMES[sample.style])
        why = _(sample.why)
        if not chosen:
            items.append(
                _("Reply {number} ({reply}) reads as {reads}. {why}").format(
                    number=number, reply=quoted(_(sample.text)), reads=reads, why=why
                )
            )
            continue
        answered += 1
        if chosen == sample.style:
            matched += 1
            items.append(
                _("Reply {number}: you chose {reads}, the same as this worksheet. {why}").format(
                    number=number, reads=reads, why=why
                )
            )
        else:
            items.append(
                _(
                    "Reply {number}: you chose {chosen}. This worksheet reads it as {reads}. {why} "
                    "If you saw it differently, that is worth talking about."
                ).format(number=number, chosen=_(STYLE_NAMES[chosen]), reads=reads, why=why)
            )
    return answered, matched, tuple(items)


def evaluate(answers: Answers) -> Result:
    scenario = _SCENARIOS.get(answers.get("scenario") or "")
    reply = answers.get("my_reply") or ""
    answered, matched, sort_items = _sorting(answers)
    summary: list[str] = []
    blocks: list[Block] = []
    data: dict[str, Any] = {"scenario": scenario.key if scenario else None}

    if reply:
        reading = read_reply(reply)
        summary.append(_("Your reply reads as {style}.").format(style=_(STYLE_NAMES[reading.style])))
        if scenario:
            blocks.append(Block(_("The news"), (_(scenario.news),), style="paragraphs"))
        why = [_(STYLE_WHY[reading.style])]
        if _mixed(reading):
            why.append(_mixed(reading))
        # The warm version is an example to follow, so it must not use a word warned about.
        warm = warned(reading).safe(_(scenario.warm_reply) if scenario else "", _(GENERAL_WARM_REPLY))
        blocks += [
            Block(_("Your reply"), (reply,), style="paragraphs"),
            Block(_("What we noticed"), reading.reasons),
            Block(_("Why it reads this way"), tuple(why), style="paragraphs"),
            Block(
                _("A warm, engaged version"),
                (
                    warm or _(GENERAL_WARM_REPLY),
                    _("This is one possible reply. Use your own words; your partner knows your voice."),
                ),
                style="paragraphs",
            ),
            Block(_("Ideas to try"), _tips(reading, scenario)),
        ]
        data.update(style=reading.style, scores=reading.scores, cues=reading.cues)
    elif scenario:
        summary.append(_("Write your reply to the news to see how it reads."))
        blocks.append(Block(_("The news"), (_(scenario.news),), style="paragraphs"))

    if answered:
        summary.append(
            ngettext(
                "You sorted {answered} of {total} sample replies, and {matched} matches how this "
                "worksheet reads them.",
                "You sorted {answered} of {total} sample replies, and {matched} match how this "
                "worksheet reads them.",
                matched,
            ).format(answered=answered, total=len(SAMPLE_REPLIES), matched=matched)
        )
        blocks.append(Block(_("Sorting the replies"), sort_items))
    data.update(sorted=answered, matched=matched)

    if not summary:
        summary.append(
            _(
                "Write a reply to one of the pieces of news, or sort the sample replies, "
                "then press the button to see feedback."
            )
        )
    blocks.append(Block(_("About this idea"), tuple(_(p) for p in ABOUT), style="paragraphs"))
    scores = (
        (Score(_("Sample replies matched"), matched, 0, len(SAMPLE_REPLIES), key="matched"),)
        if answered
        else ()
    )
    return Result(
        summary=" ".join(summary),
        scores=scores,
        blocks=tuple(blocks),
        links=(
            Link(
                _("Active listening: responding to good news"),
                "chapters/active-listening/#responding-to-good-news",
            ),
        ),
        links_heading=_("Read more"),
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
    examples_in={
        "es": (
            {"my_reply": "Ah, qué bien, felicidades. ¿Qué hay de cenar?"},
            {"my_reply": "¿¡Aprobaste!? ¡Qué maravilla, me llena de orgullo! ¿Cómo te sentiste? 🎉"},
        )
    },
)
