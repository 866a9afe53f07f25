"""What every worksheet that reads text promises, checked on what the page would show.

For the I-statement builder, the repair plan, reflective listening and good news, each
sentence of the corpus is put into the worksheet's text fields (a different sentence in each,
so parts meet that did not meet before), and on the rendered result:

1. no paragraph of feedback appears twice (the person's own words echoed back are not
   feedback, and are left out of this check);
2. nothing it offers as an example or rewrite uses words it warns against. The words warned
   against are the person's words quoted in a warning; everything else in quotation marks,
   and each example reply, is what the feedback offers.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from worksheets import Result, get
from worksheets.library.good_news import CUE_GROUPS, WARNED_STYLES
from worksheets.text import Warned, same_key
from worksheets.text.listening import title as reply_title
from worksheets.text.message import KINDS, title

from .answers import answer_sets, echoes

QUOTED = re.compile(r"(?<!rather than )“([^“”]+)”")
MESSAGE_TITLES = tuple(title(kind) for kind in KINDS)
REPLY_WARNINGS = tuple(
    reply_title(key) for key in ("advice", "silver_lining", "minimising", "self_story", "assuming")
)
NEWS_WARNINGS = tuple(g.label for g in CUE_GROUPS if g.style in WARNED_STYLES)


RUN = r"((?:“[^“”]+”(?:, | and )?)+)"  # “a”, “b” and “c”


def _titles(titles: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(t) for t in titles) + ")"


# Where a warning quotes the person's words: right after its title.
WARNING = {
    "i-statement": re.compile(r"(?:^|: )" + _titles(MESSAGE_TITLES) + r"(?: \(\d+ times\))?\. " + RUN),
    "reflective-listening": re.compile("^" + _titles(REPLY_WARNINGS) + r" \(" + RUN + r"\)"),
    "good-news": re.compile("^" + _titles(NEWS_WARNINGS) + ": " + RUN + r"\."),
}
WARNING["repair-plan"] = WARNING["i-statement"]


# Blocks whose paragraphs are themselves an example reply to follow.
EXAMPLE_BLOCKS = {"One possible reply", "A warm, engaged version"}
# Blocks that quote sample replies to sort, not examples to follow.
NOT_OFFERED = {"Sorting the replies"}


def paragraphs(result: Result) -> list[tuple[str, str]]:
    """(block heading, paragraph) for the summary and every item the page shows."""
    return [("", result.summary)] + [(b.heading, item) for b in result.blocks for item in b.items]


def check(sheet_id: str, answers: dict[str, Any]) -> list[str]:
    """Check one result; the phrases it warns against."""
    result = get(sheet_id).run(answers)
    own = echoes(answers)
    shown = [(h, p) for h, p in paragraphs(result) if same_key(p) not in own]
    texts = [p for _h, p in shown]
    repeated = {p for p in texts if texts.count(p) > 1}
    assert not repeated, f"{sheet_id} shows a paragraph twice: {repeated}"

    warned: list[str] = []
    offered: list[str] = []
    for heading, paragraph in shown:
        if heading in NOT_OFFERED:
            continue
        if heading in EXAMPLE_BLOCKS:
            offered.append(paragraph)
        rest = paragraph
        warning = WARNING[sheet_id].search(paragraph)
        if warning:
            warned += QUOTED.findall(warning.group(1))
            rest = paragraph[: warning.start(1)] + paragraph[warning.end(1) :]
        for phrase in QUOTED.findall(rest):
            if not any(Warned([phrase]).in_(words) for words in own):  # not the person's own words
                offered.append(phrase)
    guard = Warned(warned)
    clashes = [(w, o) for o in offered for w in warned if Warned([w]).in_(o)]
    assert not any(guard.in_(o) for o in offered), f"{sheet_id} offers words it warns against: {clashes}"
    return warned


@pytest.mark.parametrize("sheet_id", ["i-statement", "repair-plan", "reflective-listening", "good-news"])
def test_no_paragraph_twice_and_no_suggestion_uses_a_warned_phrase(sheet_id: str) -> None:
    for answers in answer_sets(sheet_id):
        check(sheet_id, answers)


@pytest.mark.parametrize(
    ("sheet_id", "answers"),
    [
        (
            "i-statement",
            {
                "situation": "the dishes are in the sink",
                "feeling": "hurt",
                "need": "fairness",
                "request": "wash up tonight",
                "first_draft": "You never listen to me, you always make me feel stupid",
            },
        ),
        (
            "i-statement",
            {
                "situation": "you laugh at my ideas",
                "feeling": "other",
                "other_feeling": "stupid",
                "need": "respect",
                "request": "You need to stop calling me stupid",
                "first_draft": "You're stupid and you make me feel ignored.",
            },
        ),
        ("good-news", {"scenario": "driving", "my_reply": "Anyway, did you see the game?"}),
    ],
)
def test_the_cases_that_used_to_contradict(sheet_id: str, answers: dict[str, Any]) -> None:
    assert check(sheet_id, answers)  # it does warn about something, and offers none of it


def test_the_sentence_from_the_issue_reads_once_per_kind_in_the_i_statement() -> None:
    result = get("i-statement").run(
        {
            "situation": "the dishes are in the sink",
            "feeling": "hurt",
            "need": "fairness",
            "request": "wash up tonight",
            "first_draft": "You never listen to me, you always make me feel stupid",
        }
    )
    [draft] = [b.items for b in result.blocks if b.heading == "About what you first wanted to say"]
    assert draft == (
        "In your first words: A blame opener. “You never” and “you always make me feel” put your "
        "partner at the centre and can sound like blame, so they may defend instead of listen. "
        "Try “I feel stupid when …”. It names the same feeling, without blame.",
        "In your first words: An all-or-nothing word. “never” and “always” can turn one moment into "
        "a verdict, and invite a debate about the times it didn't happen. Try talking about this "
        "time, or recent times: for example “last night” or “twice this week”.",
    )
    assert "label" not in " ".join(draft).casefold()
