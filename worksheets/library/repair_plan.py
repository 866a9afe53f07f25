"""Repair plan: after a disagreement, plan how to come back to the talk, gently.

Harsh and soft start-ups and flooding come from Gottman's research, cited in the chapter on
navigating challenges. The break is a rule of thumb, long enough for the body to settle, and is said so.
The flooding check is a reflection on how the body feels right now, not a test: it only
decides whether the plan leads with a break. Every prompt and phrase is written for Closer.
"""

from __future__ import annotations

from ..fields import Choice, LongText, MultiChoice, Option, Scale, ShortText
from ..i18n import N_, _
from ..lexicon import get as lexicon
from ..result import Block, Download, Link, Result
from ..sheet import Answers, Section, Worksheet
from ..text.message import Note, read_messages
from ..text.sentence import clause

TRIGGERS: tuple[Option, ...] = (
    Option("tired", "I was tired or hungry"),
    Option("stressed", "I was stressed about something else"),
    Option("not_heard", "I felt I wasn't being heard"),
    Option("criticised", "I felt criticised or blamed"),
    Option("tone", "A tone of voice or a look"),
    Option("old_topic", "An old topic came up again"),
    Option("rushed", "We were rushed or short on time"),
    Option("left_out", "I felt left out of a decision"),
    Option("money", "Money worries"),
    Option("chores", "Who does what at home"),
    Option("screens", "Phones or screens during the talk"),
    Option("family", "Family or friends"),
)

BODY_POINTS = ("Not at all", "A little", "Somewhat", "A lot", "Very much")
BODY_SIGNS: tuple[tuple[str, str], ...] = (
    ("heart", "My heart is racing, or my chest feels tight."),
    ("thinking", "I can't think straight."),
    ("urge", "I want to attack, or to get away."),
)

SINCE: tuple[Option, ...] = (
    Option("now", "It's still going on, or just ended"),
    Option("under_20", "Less than 20 minutes ago"),
    Option("under_hour", "20 minutes to an hour ago"),
    Option("hours", "A few hours ago"),
    Option("day", "A day or more ago"),
)
RECENT = frozenset({"now", "under_20"})

PHRASES: tuple[Option, ...] = (
    Option("pause", "I'm getting overwhelmed. Can we pause?"),
    Option("my_part", "I see my part in this."),
    Option("try_again", "Can I try that again, more gently?"),
    Option("same_side", "We're on the same side here."),
    Option("fair_point", "You have a fair point about that."),
    Option("slow_down", "Can we slow down a little?"),
    Option("meant", "That came out wrong. What I meant was …"),
    Option("hand", "Can I hold your hand for a moment?"),
    Option("matters", "You matter more to me than this argument."),
    Option("understand", "Help me understand what this means to you."),
)

COME_BACK: tuple[Option, ...] = (
    Option("after_break", "After a real break, once we have both calmed down"),
    Option("today", "Later today"),
    Option("tomorrow", "Tomorrow"),
    Option("weekend", "At the weekend"),
    Option("agree", "We'll choose a time together"),
)

SOOTHING = N_("walk, read, listen to music, or breathe slowly")
PLAN_HEADINGS = (
    N_("Before we talk"),
    N_("What I'll say first"),
    N_("Phrases I'll use"),
    N_("If I get flooded"),
)
BLANK = "…"
SOFT_FIELDS = ("soft_situation", "soft_feeling", "soft_need", "soft_request")

_CHOICES = {
    "triggers": {o.value: o.label for o in TRIGGERS},
    "since": {o.value: o.label for o in SINCE},
    "phrases": {o.value: o.label for o in PHRASES},
    "come_back": {o.value: o.label for o in COME_BACK},
}


def _chosen(field: str, value: str) -> str:
    """The label of a chosen option, in the reader's language (declared labels are English)."""
    label = _CHOICES[field][value]
    return _(label)


def on_alert(answers: Answers) -> bool:
    """A rule of thumb, not a test: any sign "a lot" or more, or two signs "somewhat" or more."""
    levels = [answers[field] for field, _ in BODY_SIGNS]
    return any(level >= 4 for level in levels) or sum(level >= 3 for level in levels) >= 2


def soft_start_up(answers: Answers) -> tuple[str, bool]:
    """(the soft start-up, whether every part was given); missing parts show as "…"."""
    words = lexicon().words
    feeling = clause(answers.get("soft_feeling") or "", words("feel_openers")) or BLANK
    situation = clause(answers.get("soft_situation") or "", words("situation_openers")) or BLANK
    need = clause(answers.get("soft_need") or "", words("need_openers")) or BLANK
    request = clause(answers.get("soft_request") or "", words("request_openers"), lower="any") or BLANK
    complete = BLANK not in (feeling, situation, need, request)
    sentence = _("I feel {feeling} when {situation}. I need {need}. Would you be willing to {request}?")
    return sentence.format(feeling=feeling, situation=situation, need=need, request=request), complete


def _texts(where: str, notes: tuple[Note, ...]) -> list[str]:
    return [note.text(where) for note in notes]


def _plan_text(blocks: list[Block]) -> str:
    lines = [_("REPAIR PLAN"), ""]
    for block in blocks:
        lines += [block.heading, "-" * len(block.heading)]
        lines += [f"- {' '.join(item.split())}" for item in block.items]
        lines.append("")
    lines.append(_("Made with the Closer repair plan worksheet. It is a tool for reflection, not a test."))
    return "\n".join(lines) + "\n"


def evaluate(answers: Answers) -> Result:
    alert = on_alert(answers)
    recent = answers["since"] in RECENT
    come_back = _chosen("come_back", answers["come_back"])
    soothing = _(SOOTHING)

    before: list[str] = []
    if alert:
        before += [
            _(
                "Take a break first, long enough for your body to settle. That is a rule of thumb, "
                "not a law. Many people need longer than they expect."
            ),
            _(
                "During the break, do something soothing that takes your mind off the fight: {soothing}."
            ).format(soothing=soothing),
            _("Try not to replay the argument or plan what to say back."),
        ]
    before.append(
        _("When we'll come back to talk: {when}. Say this out loud, and keep to it.").format(
            when=come_back.lower()
        )
    )
    before.append(_("Check that we're both fed, rested and not rushed."))
    before.append(_("What happened, in my words: {words}").format(words=answers["what_happened"]))
    before.append(_("My part in it: {words}").format(words=answers["my_part"]))
    triggers = [_chosen("triggers", t) for t in answers["triggers"]]
    if answers.get("other_trigger"):
        triggers.append(answers["other_trigger"])
    if triggers:
        before.append(_("What set me off, to watch for: {triggers}.").format(triggers="; ".join(triggers)))

    soft, complete = soft_start_up(answers)
    first = [soft]
    if not complete:
        first.append(
            _(
                "Fill in the gaps (…): start with “I”, say what happened as a camera would see it, "
                "what you feel and need, and one thing you'd like your partner to do."
            )
        )
    first.append(_("Stick to this one issue. Old ones can wait for another day."))

    phrases = [_chosen("phrases", p) for p in answers["phrases"]]
    if answers.get("own_phrase"):
        phrases.append(answers["own_phrase"])
    if not phrases:
        phrases = [_("(None picked yet.) A simple one to start with: “Can we slow down a little?”")]
    phrases.append(_("When my partner tries to repair, I'll try to let it land, even if it's clumsy."))

    pause = _chosen("phrases", "pause")
    flooded = [
        _("Say so without blame, for example: “{pause}”").format(pause=pause),
        _(
            "Take a real break, long enough for my body to settle. This is a rule of thumb; many "
            "people need longer than they expect."
        ),
        _("Do something soothing: {soothing}. Try not to replay the fight.").format(soothing=soothing),
        _("Say when I'll come back, and come back at that time."),
    ]

    plan = [
        Block(_(heading), tuple(items))
        for heading, items in zip(PLAN_HEADINGS, (before, first, phrases, flooded), strict=True)
    ]

    harsh = answers.get("harsh_start") or ""
    # The soft start-up is checked as it will be said, so "like you don't care" reads as
    # "I feel like you don't care" (a thought dressed as a feeling). Both are read together,
    # so no rewrite reuses words the other is warned about.
    soft_given = any(answers.get(field) for field in SOFT_FIELDS)
    harsh_findings, soft_findings = read_messages([harsh, soft if soft_given else ""])
    soft_notes = _texts(_("In your soft start-up"), soft_findings)
    notes: list[str] = []
    if harsh:
        notes += _texts(_("In your first words"), harsh_findings)
        if not harsh_findings:
            notes.append(
                _(
                    "In your first words we did not spot “always” or “never”, blame, labels, "
                    "sarcasm or commands. Read them aloud and notice how they might land."
                )
            )
    notes += soft_notes
    if complete and not soft_notes:
        notes.append(
            _(
                "Your soft start-up begins with “I”, names a feeling and a need, and asks for "
                "something. That gives your partner room to say yes."
            )
        )

    blocks = list(plan)
    if notes:
        blocks.append(Block(_("Notes on how you start"), tuple(notes)))

    if alert and recent:
        summary = _(
            "Your body may still be on alert. Before anything else, take a real break, long "
            "enough for your body to settle, do something soothing, and agree a time to come "
            "back. Your plan is below."
        )
    elif alert:
        summary = _(
            "Some time has passed, but your body may still be on alert. A real break, long "
            "enough for your body to settle, doing something soothing, can help before you "
            "talk. Your plan is below."
        )
    elif recent:
        summary = _(
            "Your plan is ready. The argument was very recent, so check in with your body before "
            "you talk. A pause rarely hurts."
        )
    else:
        summary = _("Your plan is ready. You seem settled enough to plan how to come back to the talk.")

    return Result(
        summary=summary,
        blocks=tuple(blocks),
        links=(
            Link(_("Navigating challenges together"), "chapters/navigating-challenges/"),
            Link(_("Effective communication"), "chapters/effective-communication/"),
        ),
        links_heading=_("Read more"),
        downloads=(
            Download(
                filename=_("repair-plan.txt"),
                media_type="text/plain",
                content=_plan_text(plan),
                label=_("Download the plan (text file)"),
            ),
        ),
        data={
            "on_alert": alert,
            "recent": recent,
            "soft_start_up": soft,
            "soft_complete": complete,
            "findings": {"harsh_start": len(harsh_findings), "soft_start_up": len(soft_notes)},
        },
    )


WORKSHEET = Worksheet(
    id="repair-plan",
    version=1,
    title="Repair plan",
    chapter="navigating-challenges",
    introduction=(
        "Use this after a disagreement. Look at your own part, check how your body feels, and "
        "plan how to start again gently. You can print the plan or save it as a text file."
    ),
    sections=(
        Section(
            "What happened",
            (
                LongText(
                    id="what_happened",
                    label="What happened?",
                    help="A few lines are enough. Describe it as a camera would have seen it.",
                    max_length=4000,
                    rows=4,
                ),
                LongText(
                    id="my_part",
                    label="What was my part in it?",
                    help="Not blame, just the piece you own, big or small.",
                    max_length=4000,
                    rows=3,
                ),
                MultiChoice(
                    id="triggers",
                    label="What set me off? Choose any that fit.",
                    required=False,
                    options=TRIGGERS,
                ),
                ShortText(
                    id="other_trigger",
                    label="Something else that set me off",
                    required=False,
                    max_length=200,
                ),
            ),
        ),
        Section(
            "How my body feels right now",
            (
                *(Scale(id=field, label=text, point_labels=BODY_POINTS) for field, text in BODY_SIGNS),
                Choice(id="since", label="How long ago was the argument?", options=SINCE),
            ),
            intro="Flooding is when your body goes into alarm during a fight. This is a check-in, "
            "not a test.",
        ),
        Section(
            "How I'll start next time",
            (
                LongText(
                    id="harsh_start",
                    label="What I might say if I were still upset",
                    help="Write it the way it comes out when you're annoyed. Only you see this.",
                    required=False,
                    max_length=2000,
                    rows=3,
                ),
                ShortText(
                    id="soft_situation",
                    label="When … (what happened, as a camera would see it)",
                    required=False,
                    max_length=200,
                    placeholder="I saw the concert charge on the card",
                ),
                ShortText(
                    id="soft_feeling",
                    label="I feel … (one or two words)",
                    required=False,
                    max_length=60,
                    placeholder="anxious",
                ),
                ShortText(
                    id="soft_need",
                    label="I need …",
                    required=False,
                    max_length=200,
                    placeholder="to feel we're on top of money this month",
                ),
                ShortText(
                    id="soft_request",
                    label="Would you be willing to …? (something to do, not to stop)",
                    required=False,
                    max_length=200,
                    placeholder="look at the budget with me tonight",
                ),
            ),
            intro="A soft start-up begins with “I”, describes what happened, says what you feel "
            "and need, and asks for something.",
        ),
        Section(
            "Repair phrases",
            (
                MultiChoice(
                    id="phrases",
                    label="Phrases I could use during the next hard talk",
                    required=False,
                    options=PHRASES,
                ),
                ShortText(
                    id="own_phrase",
                    label="A phrase of my own",
                    help="A private word or joke that you both know can work too.",
                    required=False,
                    max_length=200,
                ),
                Choice(id="come_back", label="When will we come back to talk?", options=COME_BACK),
            ),
        ),
    ),
    evaluate=evaluate,
    submit_label="Make my plan",
    examples=(
        {
            "what_happened": "I saw a 300 charge for concert tickets and said he never thinks of anyone "
            "but himself. He brought up my new bike and we both got loud.",
            "my_part": "I opened with an attack instead of saying I was worried about money.",
            "triggers": ["money", "tired"],
            "heart": 4,
            "thinking": 3,
            "urge": 2,
            "since": "under_20",
            "harsh_start": "Seriously? You never think about anyone but yourself.",
            "soft_situation": "I saw the concert charge on the card",
            "soft_feeling": "anxious",
            "soft_need": "to feel we're on top of money this month",
            "soft_request": "Could we look at the budget together tonight?",
            "phrases": ["pause", "my_part"],
            "come_back": "after_break",
        },
        {
            "what_happened": "Argued about where to spend the holidays.",
            "my_part": "I got loud and said “every year it’s your family”.",
            "triggers": [],
            "heart": "1",
            "thinking": "2",
            "urge": "1",
            "since": "day",
            "phrases": ["try_again", "same_side", "matters"],
            "own_phrase": "Pineapple (our word for “let's start over”) 🍍",
            "come_back": "weekend",
        },
        {
            "what_happened": "Wir haben über die Nachtschichten gestritten. 我们吵架了。 " * 60,
            "my_part": '<script>alert("x")</script> """); import js # {{ 7*7 }}',
            "triggers": ["not_heard", "criticised", "rushed"],
            "other_trigger": "The baby was crying",
            "heart": 5,
            "thinking": 5,
            "urge": 4,
            "since": "now",
            "harsh_start": "Oh great, thanks a lot. You always walk away 🙄 You need to grow up!?",
            "soft_feeling": "like you don't care",
            "come_back": "agree",
        },
    ),
    examples_in={
        "es": (
            {
                "what_happened": "Vi un cargo de 300 por entradas para un concierto y le dije que "
                "nunca piensa en nadie más que en sí mismo. Sacó el tema de mi bicicleta nueva "
                "y terminamos a los gritos.",
                "my_part": "Empecé con un ataque en vez de decir que me preocupaba el dinero.",
                "harsh_start": "¿En serio? Nunca piensas en nadie más que en ti.",
                "soft_situation": "vi el cargo del concierto en la tarjeta",
                "soft_feeling": "con ansiedad",
                "soft_need": "sentir que tenemos el dinero bajo control este mes",
                "soft_request": "¿Podemos revisar el presupuesto esta noche, con calma?",
            },
            {
                "what_happened": "Discutimos sobre dónde pasar las fiestas.",
                "my_part": "Levanté la voz y dije «todos los años es tu familia».",
                "own_phrase": "Piña (nuestra palabra para «empecemos de nuevo») 🍍",
            },
        )
    },
)
