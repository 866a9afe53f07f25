"""I-statement builder: a situation, a feeling, a need and a request, put into one message.

The shape follows the chapter on effective communication: describe what happened as a camera
would see it, name a feeling (not a thought about your partner), say the need under it, and
make one specific, doable request. Feedback comes from plain rules in `worksheets.text`; it
suggests and never scolds. Every list and sentence here is written for Closer.
"""

from __future__ import annotations

from ..checks import AnswerOne, RequiredIf
from ..fields import Choice, LongText, Option, ShortText
from ..i18n import N_, _, ngettext
from ..lexicon import get as lexicon
from ..result import Block, Link, Result
from ..sheet import Answers, Section, Worksheet
from ..text import in_words, quoted
from ..text.message import Note, read_messages
from ..text.sentence import RequestCheck, check_request, clause

# The feelings list, grouped broadly (sad, worried, angry, tired, other); (group, value, word).
FEELINGS: tuple[tuple[str, str, str], ...] = (
    ("sad", "hurt", N_("hurt")),
    ("sad", "sad", N_("sad")),
    ("sad", "lonely", N_("lonely")),
    ("sad", "disappointed", N_("disappointed")),
    ("sad", "left_out", N_("left out")),
    ("worried", "worried", N_("worried")),
    ("worried", "anxious", N_("anxious")),
    ("worried", "unsure", N_("unsure")),
    ("worried", "overwhelmed", N_("overwhelmed")),
    ("angry", "frustrated", N_("frustrated")),
    ("angry", "annoyed", N_("annoyed")),
    ("angry", "resentful", N_("resentful")),
    ("angry", "angry", N_("angry")),
    ("tired", "tired", N_("tired")),
    ("tired", "exhausted", N_("exhausted")),
    ("tired", "worn_out", N_("worn out")),
    ("other", "embarrassed", N_("embarrassed")),
    ("other", "confused", N_("confused")),
)
FEELING_GROUPS = "sad, worried, angry, tired, and a few others"

# Needs, written to follow "because I need …"; (value, label, words in the sentence).
# No value may be "help" or "error": the form's ids for a field's help and error text end so.
NEEDS: tuple[tuple[str, str, str], ...] = (
    ("rest", "Rest", N_("rest")),
    ("some_help", "Some help", N_("some help")),
    ("fairness", "Fairness", N_("things to feel fair between us")),
    ("closeness", "Closeness", N_("to feel close to you")),
    ("heard", "To feel heard", N_("to feel heard")),
    ("respect", "Respect", N_("respect")),
    ("reassurance", "Reassurance", N_("reassurance")),
    ("time_together", "Time together", N_("time with you")),
    ("space", "Time to myself", N_("some time to myself")),
    ("security", "To feel secure", N_("to feel secure")),
    ("honesty", "Honesty", N_("honesty between us")),
    ("appreciation", "To feel appreciated", N_("to feel appreciated")),
    ("calm", "Some calm", N_("some calm")),
    ("clarity", "To know what to expect", N_("to know what to expect")),
)
OTHER = "other"

# Words a person may type that the sentence already says: the lexicon's opener lists.
SITUATION_OPENERS = "situation_openers"
FEELING_OPENERS = "feel_openers"
NEED_OPENERS = "need_openers"
REQUEST_OPENERS = "request_openers"


def openers(name: str) -> tuple[str, ...]:
    return lexicon().words(name)


_WORD = {value: word for _, value, word in FEELINGS}
_NEED = {value: words for value, _, words in NEEDS}


def feeling_words(answers: Answers) -> str:
    """The feeling as it reads after "I feel": the chosen word, the person's own, or both."""
    parts = []
    if answers.get("feeling") and answers["feeling"] != OTHER:
        word = _WORD[answers["feeling"]]
        parts.append(_(word))
    if answers.get("other_feeling"):
        own = clause(answers["other_feeling"], openers(FEELING_OPENERS), lower="common")
        if own:
            parts.append(own)
    return in_words(parts)


def need_words(answers: Answers) -> str:
    parts = []
    if answers.get("need") and answers["need"] != OTHER:
        words = _NEED[answers["need"]]
        parts.append(_(words))
    if answers.get("other_need"):
        own = clause(answers["other_need"], openers(NEED_OPENERS), lower="common")
        if own:
            parts.append(own)
    return in_words(parts)


def situation_words(answers: Answers) -> str:
    return clause(answers["situation"], openers(SITUATION_OPENERS), lower="common")


def request_words(answers: Answers) -> str:
    return clause(answers["request"], openers(REQUEST_OPENERS), lower="any")


def compose(situation: str, feeling: str, need: str, request: str) -> str:
    """The message: "When …, I feel …, because I need …. Would you be willing to …?"."""
    sentence = _(
        "When {situation}, I feel {feeling}, because I need {need}. Would you be willing to {request}?"
    )
    return sentence.format(situation=situation, feeling=feeling, need=need, request=request)


def request_notes(check: RequestCheck, request: str) -> tuple[list[str], list[str]]:
    """(what works, what to look at) for the request, in plain words."""
    good: list[str] = []
    look: list[str] = []
    if check.positive:
        good.append(_("Your request asks for something to do, which is easier to say yes to than a “stop”."))
    else:
        look.append(
            _(
                "Your request asks your partner to stop something ({words}). "
                "People find it easier to say yes to something they can do. What would you like "
                "instead? For example, “wash up before bed” rather than “stop leaving dishes”."
            ).format(words=quoted(check.asks_to_stop))
        )
    if check.vague_words:
        look.append(
            _(
                "{words} is hard to picture. What would your partner do, that you "
                "could see? For example, “text me if you'll be late” rather than “be more thoughtful”."
            ).format(words=quoted(check.vague_words))
        )
    if check.time_words:
        when = ", ".join(quoted(words) for words in check.time_words)
        good.append(_("Your request says when ({when}), so it is easy to act on.").format(when=when))
    elif check.positive and not check.vague_words:
        look.append(
            _(
                "Your request does not say when. Adding a time, such as “tonight” or “this weekend”, "
                "can make it easier to say yes."
            )
        )
    if check.action_word and not check.vague_words:
        good.append(_("Your request names a clear action ({verb}).").format(verb=quoted(check.action_word)))
    elif not check.time_words and not check.vague_words and check.positive:
        look.append(
            _("Could {request} be more concrete? Think of one thing your partner could do this week.").format(
                request=quoted(request)
            )
        )
    return good, look


def _texts(where: str, notes: tuple[Note, ...]) -> list[str]:
    return [note.text(where) for note in notes]


def evaluate(answers: Answers) -> Result:
    situation = situation_words(answers)
    feeling = feeling_words(answers)
    need = need_words(answers)
    request = request_words(answers)
    sentence = compose(situation, feeling, need, request)
    check = check_request(request)

    draft = answers.get("first_draft") or ""
    # The feeling and the need are read as they will be said ("I feel like you don't care").
    frame = lexicon().words
    own_feeling = f"{frame('feel_frame')[0]} {feeling}" if answers.get("other_feeling") else ""
    own_need = f"{frame('need_frame')[0]} {need}" if answers.get("other_need") else ""
    # Read together, so no rewrite in one part reuses words another part is warned about.
    parts = read_messages([answers["situation"], own_feeling, own_need, answers["request"], draft])
    situation_notes = _texts(_("In your “when”"), parts[0])
    feeling_notes = _texts(_("In your feeling"), parts[1])
    need_notes = _texts(_("In your need"), parts[2])
    notes = situation_notes + feeling_notes + need_notes + _texts(_("In your request"), parts[3])
    draft_findings = parts[4]
    draft_notes = _texts(_("In your first words"), draft_findings)

    request_good, request_look = request_notes(check, request)
    good: list[str] = []
    if not notes:
        good.append(
            _(
                "Your message has no “always” or “never”, no blame openers, labels, sarcasm or "
                "commands, so your partner has nothing to defend against."
            )
        )
    if not situation_notes:
        good.append(_("Your “when” describes what happened, not who your partner is."))
    if not feeling_notes:
        good.append(
            _("You named a feeling ({feeling}). Feelings give your partner something to respond to.").format(
                feeling=quoted(feeling)
            )
        )
    if not need_notes:
        good.append(
            _("You said what you need ({need}), so your partner knows what matters to you.").format(
                need=quoted(need)
            )
        )
    good += request_good
    if draft and draft_findings and not notes:
        count = len(draft_findings)
        good.append(
            ngettext(
                "Compared with your first words, this message leaves out {count} thing that can make "
                "a partner defend.",
                "Compared with your first words, this message leaves out {count} things that can make "
                "a partner defend.",
                count,
            ).format(count=count)
        )
    elif draft and not draft_findings:
        good.append(_("Your first words were already free of blame openers, labels and “always” or “never”."))

    # The sentence itself is the summary, shown first and largest; the blocks explain it.
    blocks = [Block(_("What works well"), tuple(good))]
    if notes or request_look:
        blocks.append(Block(_("Things you might change"), tuple(notes + request_look)))
    if draft_notes:
        blocks.append(Block(_("About what you first wanted to say"), tuple(draft_notes)))
    blocks.append(
        Block(
            _("How to say it"),
            (
                _("Pick a calm moment, when neither of you is hungry, rushed or about to sleep."),
                _("Say it once, in a warm voice, then stop and listen."),
                _(
                    "Change any word that doesn't sound like you. "
                    "The shape matters more than the exact words."
                ),
                _(
                    "If your partner says no, ask what would work for them. A request is an invitation, "
                    "not a demand."
                ),
            ),
        )
    )
    flagged = bool(notes or request_look)
    return Result(
        summary=sentence,
        blocks=tuple(blocks),
        links=(Link(_("Navigating challenges together"), "chapters/navigating-challenges/"),),
        links_heading=_("If the talk gets heated"),
        data={
            "sentence": sentence,
            "parts": {"situation": situation, "feeling": feeling, "need": need, "request": request},
            "flagged": flagged,
            "findings": {
                "message": len(notes),
                "first_draft": len(draft_findings),
            },
            "request": {"positive": check.positive, "specific": check.specific},
        },
    )


WORKSHEET_ID = "i-statement"

# A feeling and a need come from the list or the person's own words.
CHECKS = (
    AnswerOne(("feeling", "other_feeling")),
    RequiredIf("other_feeling", "feeling", "you chose another feeling", equals=OTHER),
    AnswerOne(("need", "other_need")),
    RequiredIf("other_need", "need", "you chose another need", equals=OTHER),
)

WORKSHEET = Worksheet(
    id=WORKSHEET_ID,
    version=1,
    title="I-statement builder",
    chapter="effective-communication",
    introduction=(
        "Build one clear message in four parts: what happened, how you feel, what you need, "
        "and what you would like to ask for. Then read the notes and change any words until "
        "it sounds like you."
    ),
    sections=(
        Section(
            "What happened",
            (
                ShortText(
                    id="situation",
                    label="When … (what happened, as a camera would see it)",
                    help="Describe, don't judge. For example: “the dishes are still in the sink "
                    "after dinner”, not “you're lazy”.",
                    max_length=200,
                    placeholder="the dishes are still in the sink after dinner",
                ),
            ),
        ),
        Section(
            "How you feel",
            (
                Choice(
                    id="feeling",
                    label="How do you feel?",
                    help=f"Grouped roughly: {FEELING_GROUPS}. Pick the closest, or write your own below.",
                    required=False,
                    options=(
                        *(Option(value, word.capitalize()) for _, value, word in FEELINGS),
                        Option(OTHER, "Another feeling (write it below)"),
                    ),
                ),
                ShortText(
                    id="other_feeling",
                    label="Another feeling, in your own words",
                    help="One or two words work best, such as “nervous” or “let down”.",
                    required=False,
                    max_length=60,
                ),
            ),
        ),
        Section(
            "What you need",
            (
                Choice(
                    id="need",
                    label="What do you need?",
                    help="Behind most complaints is a need. Pick the closest, or write your own below.",
                    required=False,
                    options=(
                        *(Option(value, label) for value, label, _ in NEEDS),
                        Option(OTHER, "Another need (write it below)"),
                    ),
                ),
                ShortText(
                    id="other_need",
                    label="Another need, in your own words",
                    required=False,
                    max_length=120,
                ),
            ),
        ),
        Section(
            "What you would like",
            (
                ShortText(
                    id="request",
                    label="Would you be willing to …?",
                    help="One specific, doable thing. Ask for something to do, and say when if you can.",
                    max_length=200,
                    placeholder="take the dishes on the nights I cook",
                ),
                LongText(
                    id="first_draft",
                    label="What I first wanted to say",
                    help="The words that come out when you are annoyed. Only you see this.",
                    required=False,
                    max_length=2000,
                    rows=3,
                ),
            ),
        ),
    ),
    checks=CHECKS,
    evaluate=evaluate,
    submit_label="Put my message together",
    examples=(
        {
            "situation": "When I'm up for every night feed",
            "feeling": "exhausted",
            "other_feeling": "a bit alone",
            "need": "rest",
            "request": "Could we split the nights, so each of us gets one full night off?",
            "first_draft": "You just sleep through everything while I do it all.",
        },
        {
            "situation": "the sink is full when I get home from work",
            "feeling": "frustrated",
            "need": "fairness",
            "request": "take the dishes on the nights I cook",
        },
        {
            "situation": "Als du gestern nicht angerufen hast — 你没有打电话",
            "feeling": OTHER,
            "other_feeling": "like you don’t care 💔",
            "need": OTHER,
            "other_need": "to know you're safe",
            "request": "Stop ignoring my texts",
            "first_draft": 'You never answer. Whatever. <script>alert(1)</script> """); import js #'
            + " {{ 7*7 }}" * 40,
        },
    ),
    examples_in={
        "es": (
            {
                "situation": "Cuando me levanto para todas las tomas de la noche",
                "other_feeling": "un poco de soledad",
                "request": "¿Podríamos repartirnos las noches, para que cada quien tenga "
                "una noche entera libre?",
                "first_draft": "Tú duermes como si nada mientras yo hago todo.",
            },
            {
                "situation": "el fregadero está lleno cuando llego del trabajo",
                "request": "encargarte de los platos las noches en que yo cocino",
            },
        )
    },
)
