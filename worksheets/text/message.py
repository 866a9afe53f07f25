"""Reading a message to a partner (I-statement builder, repair plan): blame, absolutes,
labels, sarcasm, contempt, commands, and thoughts or judgements dressed as feelings.

Nothing here judges the person: each note says what it noticed, why it can land hard, and
offers a rewrite or a question. A rewrite never reuses words that the same feedback warns
against; it falls back to the plain suggestion of its kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..i18n import _, ngettext
from ..lexicon import Lexicon, get
from .feedback import Warned, quote
from .fold import fold, normalise
from .phrases import compile_phrases
from .rules import Finding, Rule, RuleTable, scan

FEELING = "feeling"  # tag: the words after this opener are the speaker's feeling
REQUEST = "request"  # tag: the words after this opener can become a request

MESSAGE = RuleTable(
    "message",
    (
        Rule("blame", "blame_makes_feel", tag=FEELING),
        Rule("blame", "blame_openers"),
        Rule("feel-that", "feel_that"),
        Rule("command", "commands", tag=REQUEST),
        Rule("contempt", "contempt"),
        Rule("sarcasm", "sarcasm"),
        # "you are stupid" is a label; "you make me feel stupid" is the speaker's feeling.
        Rule("label", "labels", not_after=("about_me",)),
        # "you always make me feel" is blame and an absolute; "thanks for nothing" is sarcasm.
        Rule("absolute", "absolutes", also_inside=frozenset({"blame"})),
        Rule("judgement-feeling", "judgement_feelings", after=("feel_openers", "made_to_feel")),
    ),
)
KINDS: tuple[str, ...] = tuple(dict.fromkeys(rule.kind for rule in MESSAGE.rules))


def title(kind: str) -> str:
    """What a kind of finding is called."""
    titles = {
        "absolute": _("An all-or-nothing word"),
        "blame": _("A blame opener"),
        "feel-that": _("A thought dressed as a feeling"),
        "judgement-feeling": _("A judgement dressed as a feeling"),
        "label": _("A label"),
        "sarcasm": _("Sarcasm"),
        "contempt": _("Contempt"),
        "command": _("A command"),
    }
    return titles[kind]


def explanation(kind: str, words: Sequence[str]) -> str:
    """Why the words can land hard; `words` are the phrases noticed, each once."""
    n = len(words)
    texts = {
        "absolute": ngettext(
            "{w} can turn one moment into a verdict, and invites a debate about the times it didn't happen.",
            "{w} can turn one moment into a verdict, and invite a debate about the times it didn't happen.",
            n,
        ),
        "blame": ngettext(
            "{w} puts your partner at the centre and can sound like blame, so they may defend "
            "instead of listen.",
            "{w} put your partner at the centre and can sound like blame, so they may defend "
            "instead of listen.",
            n,
        ),
        "feel-that": ngettext(
            "{w} starts like a feeling, but what follows is a thought about your partner. "
            "A feeling is usually one or two words: hurt, lonely, worried.",
            "{w} start like a feeling, but what follows is a thought about your partner. "
            "A feeling is usually one or two words: hurt, lonely, worried.",
            n,
        ),
        "judgement-feeling": ngettext(
            "{w} says what you think your partner did to you, more than how you feel.",
            "{w} say what you think your partner did to you, more than how you feel.",
            n,
        ),
        "label": ngettext(
            "{w} can sound like a label for who your partner is, not what they did. Labels tend to "
            "make people defend themselves.",
            "{w} can sound like labels for who your partner is, not what they did. Labels tend to "
            "make people defend themselves.",
            n,
        ),
        "sarcasm": _(
            "{w} can sound sarcastic or fed up, even if you don't mean it that way. Sarcasm is hard "
            "to hear past."
        ),
        "contempt": _(
            "{w} can come across as looking down on your partner. Mocking and contempt tend to make "
            "conflict worse."
        ),
        "command": ngettext(
            "{w} sounds like an order. People often push back against orders, even fair ones.",
            "{w} sound like orders. People often push back against orders, even fair ones.",
            n,
        ),
    }
    return texts[kind].format(w=quote(words))


def suggestion(kind: str, alt: str = "") -> tuple[str, tuple[str, ...]]:
    """(what to try, the phrases it proposes) when no rewrite of the person's words fits."""
    if kind == "absolute":
        last, week = _("last night"), _("twice this week")
        text = _("Try talking about this time, or recent times: for example “{a}” or “{b}”.")
        return text.format(a=last, b=week), (last, week)
    if kind == "blame":
        said = _("I felt … when …")
        return _("Try starting with “I” and what you felt: “{said}”.").format(said=said), (said,)
    if kind == "feel-that":
        said = _("I feel … when …")
        return _("Which feeling is under the thought? Try “{said}”.").format(said=said), (said,)
    if kind == "judgement-feeling":
        text = _("Under it there may be a feeling such as {alt}. Does one of those fit?")
        return text.format(alt=alt), (alt,)
    if kind == "label":
        return _("Try describing the action instead, as a camera would see it: what happened, and when?"), ()
    if kind == "sarcasm":
        said = _("I'm disappointed that …")
        return _("Try saying plainly what you feel: “{said}”.").format(said=said), (said,)
    if kind == "contempt":
        return _("Under contempt there is often a hurt or a need. What do you wish were different?"), ()
    said = _("Would you be willing to …?")
    return _("Try turning it into a request: “{said}”").format(said=said), (said,)


def _rewrite(finding: Finding, text: str, lexicon: Lexicon) -> tuple[str, tuple[str, ...]] | None:
    """A rewrite that reuses the person's own words, where the finding allows one."""
    for match in finding.matches:
        rest = rest_of_clause(text, match.end, lexicon) if match.tag else ""
        if not rest:
            continue
        if match.tag == FEELING:
            said = _("I feel {feeling} when …").format(feeling=rest)
            return _("Try “{said}”. It names the same feeling, without blame.").format(said=said), (said,)
        if match.tag == REQUEST:
            first = fold(rest.split()[0].strip(",.;:!?"))
            if first and first not in {fold(w) for w in lexicon.words("not_actions")}:
                said = _("Would you be willing to {request}?").format(request=rest)
                return _("Try turning it into a request: “{said}”").format(said=said), (said,)
    return None


@lru_cache(maxsize=8)
def _breaks(lexicon: Lexicon) -> re.Pattern[str]:
    return compile_phrases(lexicon.words("clause_breaks"))


def rest_of_clause(text: str, end: int, lexicon: Lexicon, max_words: int = 8) -> str:
    """The words right after a match, up to the end of its clause ("" if that is long)."""
    tail = text[end : end + 300]
    breaks = _breaks(lexicon)
    stops = [m.start() for m in re.finditer(r"[.!?;:\n]|,\s", tail)]
    stops += [m.start() for m in breaks.finditer(fold(tail))]
    words = (tail[: min(stops)] if stops else tail).split()
    return " ".join(words) if len(words) <= max_words else ""


@dataclass(frozen=True, slots=True)
class Note:
    """One finding, worded for a person: what, why, what to try, and what it proposes."""

    kind: str
    words: tuple[str, ...]  # the phrases it warns about, as written, each once
    count: int  # how many times they appear
    explanation: str
    suggestion: str
    proposes: tuple[str, ...]  # the phrases the suggestion offers

    @property
    def title(self) -> str:
        return title(self.kind)

    def text(self, where: str = "") -> str:
        """One paragraph: where, what (and how often), why, and what to try."""
        head = self.title
        if self.count > len(self.words):  # "never" 300 times, not two different openers
            head = ngettext("{title} ({count} time)", "{title} ({count} times)", self.count).format(
                title=head, count=self.count
            )
        if self.suggestion:
            body = _("{title}. {explanation} {suggestion}").format(
                title=head, explanation=self.explanation, suggestion=self.suggestion
            )
        else:
            body = _("{title}. {explanation}").format(title=head, explanation=self.explanation)
        return _("{where}: {note}").format(where=where, note=body) if where else body


def read_messages(texts: Sequence[str], lexicon: Lexicon | None = None) -> list[tuple[Note, ...]]:
    """Notes for each text, once per kind; no suggestion reuses a phrase any note warns about."""
    lexicon = lexicon or get()
    scans = [scan(text, MESSAGE, lexicon) for text in texts]
    warned = Warned(w for found in scans for finding in found for w in finding.words)
    notes: list[tuple[Note, ...]] = []
    for text, found in zip(texts, scans, strict=True):
        part: list[Note] = []
        for finding in found:
            alt = ""
            if finding.kind == "judgement-feeling":
                alt = lexicon.gentler.get(normalise(finding.words[0]), "") or _("hurt or sad")
            plain, proposes = suggestion(finding.kind, alt)
            rewrite = _rewrite(finding, text, lexicon)
            if rewrite and not any(warned.in_(p) for p in rewrite[1]):
                plain, proposes = rewrite
            elif any(warned.in_(p) for p in proposes):
                plain, proposes = "", ()
            part.append(
                Note(
                    finding.kind,
                    finding.words,
                    finding.count,
                    explanation(finding.kind, finding.words),
                    plain,
                    proposes,
                )
            )
        notes.append(tuple(part))
    return notes


def read_message(text: str, lexicon: Lexicon | None = None) -> tuple[Note, ...]:
    """Notes for one text on its own."""
    return read_messages([text], lexicon)[0]
