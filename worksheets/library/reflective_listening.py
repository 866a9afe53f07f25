"""Reflective listening: reply to something a partner might say, and see what the reply did.

The statements and model replies are written for Closer. The feedback comes from plain word
rules (worksheets.text.listening); it notices words, not care, so the result ends with the
chapter's point: the real test is whether the partner felt understood (Weger and colleagues
found that paraphrasing alone did not make people feel more understood).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..fields import Choice, LongText, Option
from ..i18n import N_, _
from ..result import Block, Link, Result
from ..sheet import Answers, Section, Worksheet
from ..text import in_words
from ..text.listening import Analysis, analyse


@dataclass(frozen=True, slots=True)
class Statement:
    key: str
    topic: str
    text: str
    feeling_hint: str
    model_reply: str


STATEMENTS: tuple[Statement, ...] = (
    Statement(
        "work",
        N_("Work stress"),
        N_(
            "My boss moved the deadline up again. Now I'll be working all weekend, "
            "and I was supposed to see my sister."
        ),
        N_("stressed"),
        N_(
            "Again? That's so frustrating, and you were looking forward to seeing your sister. "
            "It sounds like you're tired of work eating into your life. Is that close?"
        ),
    ),
    Statement(
        "friend",
        N_("A friend's remark"),
        N_(
            "At dinner, Priya said I always make everything about me. I laughed it off, "
            "but it's been in my head all day."
        ),
        N_("hurt"),
        N_(
            "Ouch. That would sting, coming from a friend. It sounds like it hurt more than "
            "you showed at the table. Which part keeps coming back to you?"
        ),
    ),
    Statement(
        "parent",
        N_("Worry about a parent"),
        N_(
            "Mum fell again last week. She says she's fine, but I keep thinking about "
            "what happens if nobody is there next time."
        ),
        N_("worried"),
        N_(
            "That sounds scary. She says she's fine, but you're the one lying awake wondering. "
            "Am I right that the not knowing is the hardest part?"
        ),
    ),
    Statement(
        "left_out",
        N_("Feeling left out"),
        N_("Everyone at your work party knew each other. I spent most of the night standing by the snacks."),
        N_("left out"),
        N_(
            "That sounds lonely, standing there while everyone else was chatting. "
            "I'm guessing you felt left out, and maybe a bit let down by me. Is that how it felt?"
        ),
    ),
    Statement(
        "new_parent",
        N_("A new-parent moment"),
        N_("The baby was up every hour again. I cried in the shower this morning and I don't even know why."),
        N_("exhausted"),
        N_(
            "You sound completely worn out. Crying after nights like these makes sense to me. "
            "Is it mostly the tiredness, or is something else weighing on you too?"
        ),
    ),
    Statement(
        "distance",
        N_("Missing each other from afar"),
        N_(
            "I walked past our café today and nearly cried. "
            "Three more months of video calls feels like forever."
        ),
        N_("lonely"),
        N_(
            "Oh, love. That sounds so lonely. Seeing the café made the distance feel real again. "
            "Is tonight one of those nights when the waiting feels heaviest?"
        ),
    ),
)

_BY_KEY = {s.key: s for s in STATEMENTS}

# Short phrases for the summary.
DID: dict[str, str] = {
    "named_feeling": N_("named a feeling"),
    "checked": N_("checked your understanding"),
    "asked_what_helps": N_("asked what would help"),
}
TO_TRY: dict[str, str] = {
    "no_feeling": N_("naming a feeling"),
    "no_check": N_("checking your guess"),
    "advice": N_("asking before you give advice"),
    "silver_lining": N_("staying with the hard part before any bright side"),
    "minimising": N_("letting the feeling be as big as it is"),
    "self_story": N_("keeping the focus on your partner"),
    "self_focus": N_("keeping the focus on your partner"),
    "assuming": N_("asking instead of saying you know"),
}
# What it means when a suggestion from the first try is gone from the second.
GONE: dict[str, str] = {
    "advice": N_("You held back the advice this time."),
    "silver_lining": N_("You stayed with the hard part instead of looking for a bright side."),
    "minimising": N_("You let the feeling be as big as it is."),
    "self_story": N_("You kept the focus on your partner."),
    "self_focus": N_("You kept the focus on your partner."),
    "assuming": N_("You asked instead of saying you already know."),
}

REAL_TEST = (
    N_(
        "These rules can only spot words. They cannot hear your tone or see your face, and they "
        "cannot tell whether your partner felt understood. In research by Weger and colleagues, "
        "saying back what someone said was not enough on its own to make them feel understood. "
        "What helps is real interest in what your partner means and feels."
    ),
    N_(
        "So the real test is your partner. After you reply to them for real, you can ask: "
        "“Did that feel like I understood?”"
    ),
)


def join(items: list[str]) -> str:
    return in_words(_(item) for item in items)


def summary_for(first: Analysis, second: Analysis | None) -> str:
    did = [DID[f.key] for f in first.strengths]
    tries = [TO_TRY[f.key] for f in first.suggestions]
    parts = [_("Your reply {did}.").format(did=join(did)) if did else _("Thank you for writing a reply.")]
    if tries:
        parts.append(_("Something to try: {tries}.").format(tries=join(tries)))
    else:
        parts.append(_("These rules found nothing to change."))
    if second is not None:
        added = [DID[f.key] for f in second.strengths if f.key not in first.keys]
        if added:
            parts.append(_("In your second try, you also {did}.").format(did=join(added)))
    return " ".join(parts)


def changes(first: Analysis, second: Analysis) -> tuple[str, ...]:
    """What differs between two tries, kindly worded; never a verdict on either."""
    items: list[str] = []
    for finding in second.strengths:
        if finding.key not in first.keys:
            what = finding.title[0].lower() + finding.title[1:]
            items.append(_("New this time: {what}.").format(what=what))
    for finding in first.strengths:
        if finding.key not in second.keys:
            items.append(
                _(
                    "Your first try {did}, and this one does not. "
                    "Both can work; notice which feels more like you."
                ).format(did=_(DID[finding.key]))
            )
    gone = [_(GONE[f.key]) for f in first.suggestions if f.key in GONE and f.key not in second.keys]
    items.extend(dict.fromkeys(gone))
    still = [TO_TRY[f.key] for f in second.suggestions]
    if still:
        items.append(_("Still something to try: {tries}.").format(tries=join(still)))
    if not items:
        items.append(
            _(
                "By these rules, both tries do the same things. The rules only see words, "
                "so read both aloud and notice which sounds more like you."
            )
        )
    return tuple(items)


def evaluate(answers: Answers) -> Result:
    statement = _BY_KEY[answers["statement"]]
    hint = _(statement.feeling_hint)
    first = analyse(answers["reply"], feeling_hint=hint)
    second_text = answers.get("second_try") or ""
    second = analyse(second_text, feeling_hint=hint) if second_text else None

    blocks = [
        Block(_("What your partner said"), (_(statement.text),), style="paragraphs"),
        Block(_("Your reply"), (answers["reply"],), style="paragraphs"),
    ]
    if first.strengths:
        blocks.append(Block(_("What your reply did well"), tuple(f.text for f in first.strengths)))
    if first.suggestions:
        blocks.append(Block(_("What to try"), tuple(f.text for f in first.suggestions)))
    if second is not None:
        blocks.append(Block(_("Your second try"), (second_text,), style="paragraphs"))
        blocks.append(Block(_("What changed in your second try"), changes(first, second)))
    blocks.append(
        Block(
            _("One possible reply"),
            (
                _(statement.model_reply),
                _(
                    "This is one possible reply, not the right one. Your own words will sound more "
                    "like you, and your partner knows your voice."
                ),
            ),
            style="paragraphs",
        )
    )
    blocks.append(Block(_("The real test"), tuple(_(p) for p in REAL_TEST), style="paragraphs"))
    return Result(
        summary=summary_for(first, second),
        blocks=tuple(blocks),
        links=(
            Link(_("Active listening: how to practise"), "chapters/active-listening/#how-to-practise"),
            Link(_("Empathy and compassion: guess, then check"), "chapters/empathy-and-compassion/"),
        ),
        links_heading=_("Read more"),
        data={
            "statement": statement.key,
            "first": list(first.keys),
            "second": list(second.keys) if second is not None else None,
        },
    )


WORKSHEET = Worksheet(
    id="reflective-listening",
    version=1,
    title="Reflective listening",
    chapter="active-listening",
    introduction=(
        "Pick something a partner might say to you. Write how you would reply, as if they had "
        "just said it. You will see what your reply did well, one thing or more to try, and one "
        "possible reply. You can then have a second try."
    ),
    sections=(
        Section(
            "What your partner says",
            (
                Choice(
                    id="statement",
                    label="Pick one thing your partner might say",
                    options=tuple(Option(s.key, f"{s.topic}: “{s.text}”") for s in STATEMENTS),
                ),
            ),
        ),
        Section(
            "Your reply",
            (
                LongText(
                    id="reply",
                    label="What would you say back?",
                    help="Write it the way you would say it out loud. There is no right answer.",
                    max_length=2000,
                    rows=4,
                ),
                LongText(
                    id="second_try",
                    label="A second try",
                    help="After you see the feedback, you can write another version here and "
                    "press the button again to compare.",
                    required=False,
                    max_length=2000,
                    rows=4,
                ),
            ),
        ),
    ),
    evaluate=evaluate,
    examples=(
        {
            "statement": "work",
            "reply": "Don't worry about it, it's just one weekend. You should tell your boss no.",
        },
        {
            "statement": "parent",
            "reply": "That must be scary. It sounds like you’re really worried about her. Is that right?",
            "second_try": "Oh love, that’s a lot to carry. What worries you most? I’m here — "
            "wir schaffen das zusammen 💛",
        },
        {
            "statement": "distance",
            "reply": "Me too!! I remember when I lived in Lyon and I missed my family so much. "
            "I called my mum every day and I cried all the time. " * 10,
            "second_try": '<img src=x onerror=alert(1)> """); import js # {{ 7*7 }}',
        },
        {
            "statement": "new_parent",
            "reply": "At least the baby is healthy. Have you tried sleeping when she sleeps?",
        },
    ),
    examples_in={
        "es": (
            {"reply": "No te preocupes, es solo un fin de semana. Deberías decirle que no a tu jefe."},
            {
                "reply": "Eso debe dar miedo. Parece que de verdad te preocupa mucho. ¿Es así?",
                "second_try": "Ay, mi amor, es mucho para cargar. ¿Qué es lo que más te preocupa? "
                "Aquí estoy 💛",
            },
        )
    },
)
