"""Responding to good news: a reply is read as one of four kinds by explainable cues, and the
reader's sorting of four sample replies is matched and explained."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worksheets import AnswersInvalid, Result, get
from worksheets.lexicon import get as get_lexicon
from worksheets.library.good_news import (
    AC,
    AD,
    CUE_GROUPS,
    PC,
    PD,
    SAMPLE_REPLIES,
    SCENARIOS,
    STYLE_NAMES,
    read_reply,
)

from .strategies import answers_like, result_or_invalid

HOSTILE = '<script>alert(1)</script> """); import js # {{ 7*7 }}'


@pytest.fixture
def sheet():
    return get("good-news")


def block(result: Result, heading: str) -> tuple[str, ...]:
    return next(b.items for b in result.blocks if b.heading == heading)


def headings(result: Result) -> list[str]:
    return [b.heading for b in result.blocks]


def test_declares_four_scenarios_and_four_sample_replies_one_of_each_kind(sheet) -> None:
    assert [s.key for s in SCENARIOS] == ["job", "run", "pottery", "driving"]
    assert sorted(s.style for s in SAMPLE_REPLIES) == sorted((AC, PC, AD, PD))
    assert [f.id for f in sheet.fields] == ["scenario", "my_reply", "sort_1", "sort_2", "sort_3", "sort_4"]
    assert not any(f.required for f in sheet.fields)
    assert sheet.field("sort_1").label.startswith("Reply 1: “Really? After what she said")
    assert [o.value for o in sheet.field("sort_1").options] == [AC, PC, AD, PD]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.key)
def test_every_warm_version_reads_as_active_constructive(scenario) -> None:
    reading = read_reply(scenario.warm_reply)
    assert reading.style == AC
    assert reading.scores[AD] == reading.scores[PD] == 0


@pytest.mark.parametrize("sample", SAMPLE_REPLIES, ids=lambda s: s.field_id)
def test_the_rules_agree_with_the_worksheets_own_sample_replies(sample) -> None:
    assert read_reply(sample.text).style == sample.style


@pytest.mark.parametrize(
    ("text", "style"),
    [
        # The chapter's four replies to Marcus.
        ("Oh, nice. Well done.", PC),
        ("Night school? When will we ever see each other? And how will you pay for it?", AD),
        ("Cool. Did you remember to call your mum back?", PD),
        (
            "You got in? That's amazing! You've wanted this for so long. How did you find out? "
            "What did the letter say?",
            AC,
        ),
        ("Good for you.", PC),
        ("Great!", PC),  # one sign of warmth reads as quiet
        ("I’m so happy for you!", AC),
        ("That's amazing! I'm so proud, but not surprised.", AC),  # one "but" does not outweigh joy
        ("Congrats! But are you sure you can afford it?", AD),
        ("The train was late.", PD),
        ("Me too, I had a great day. My boss said I was the best.", PD),
        ("WOW!!! You did it anyway!", AC),
    ],
)
def test_reading_replies(text: str, style: str) -> None:
    assert read_reply(text).style == style


def test_reading_names_every_cue_it_saw() -> None:
    reading = read_reply("Congrats! But what about the kids? How will you manage?")
    assert reading.reasons == (
        "Excitement: “congrats”.",
        "Doubts, risks or downsides: “what about” and “how will you”.",
        "A “but” that turns the reply: “but”.",
        "An exclamation mark, which often shows excitement.",
    )
    assert reading.scores == {AC: 2, PC: 0, AD: 5, PD: 0}
    assert reading.cues == {
        "excitement": ["congrats"],
        "doubts": ["what about", "how will you"],
        "but": ["but"],
        "exclaim": ["!"],
    }


def test_a_phrase_counts_once() -> None:
    assert read_reply("You did it anyway!").cues == {"effort": ["you did it anyway"], "exclaim": ["!"]}


def test_questions_count_as_interest_up_to_two_and_not_when_they_doubt() -> None:
    reading = read_reply("How? When? Where? Why? Are you sure?")
    assert reading.cues["questions"] == ["how?", "when?"]
    assert "Interest: you asked 4 questions about the news." in reading.reasons


def test_self_talk_is_counted() -> None:
    reading = read_reply("I think I need a new job too, my boss hates me.")
    assert reading.cues["self_talk"] == ["I, me or my ×4"]
    assert reading.style == PD


def test_written_reply_result(sheet) -> None:
    result = sheet.run({"scenario": "job", "my_reply": "Oh nice, well done. What's for dinner?"})
    assert result.summary == "Your reply reads as ignoring it (passive-destructive)."
    assert headings(result) == [
        "The news",
        "Your reply",
        "What we noticed",
        "Why it reads this way",
        "A warm, engaged version",
        "Ideas to try",
        "About this idea",
    ]
    assert block(result, "What we noticed") == (
        "Brief, quiet praise: “nice” and “well done”.",
        "Changing the subject: “what's for dinner”.",
    )
    assert block(result, "Why it reads this way")[1] == (
        "Your reply also had signs of another kind: quiet and flat. Mixed replies are common."
    )
    assert block(result, "A warm, engaged version")[0] == SCENARIOS[0].warm_reply
    assert block(result, "Ideas to try") == (
        "Ask a question so your partner can tell the story again, like “How did they tell you?”",
        "Name their effort, or what the news means to them, like “All those extra hours paid off.”",
        "Stay with their news for a while before you move on to your own.",
    )
    assert result.data["style"] == PD
    assert result.scores == ()


def test_a_warm_reply_keeps_going(sheet) -> None:
    result = sheet.run(
        {"scenario": "run", "my_reply": "Wow! All those early mornings paid off. How did it feel?"}
    )
    assert result.summary == "Your reply reads as warm and engaged (active-constructive)."
    assert block(result, "Ideas to try") == (
        "Keep it up: stop what you are doing, show you are glad, and let them tell it.",
    )


def test_sorting_scores_and_explains_each_reply(sheet) -> None:
    result = sheet.run({"sort_1": PC, "sort_3": AC})
    assert result.summary == "You sorted 2 of 4 sample replies, and 1 matches how this worksheet reads them."
    items = block(result, "Sorting the replies")
    assert items[0] == (
        "Reply 1: you chose quiet and flat (passive-constructive). This worksheet reads it as negative "
        "and critical (active-destructive). It points to risks. The worry may come from care, but right "
        "now it takes the joy out of Noor's news. If you saw it differently, that is worth talking about."
    )
    assert items[1].startswith(
        "Reply 2 (“Mm. Have you seen my phone charger anywhere?”) reads as ignoring it"
    )
    assert items[2].startswith("Reply 3: you chose warm and engaged (active-constructive), the same as")
    assert (result.scores[0].value, result.scores[0].high) == (1, 4)
    assert result.data == {"scenario": None, "sorted": 2, "matched": 1}


def test_all_sorted_and_written(sheet) -> None:
    answers = {
        "scenario": "driving",
        "my_reply": "You passed?! Amazing!",
        **{s.field_id: s.style for s in SAMPLE_REPLIES},
    }
    result = sheet.run(answers)
    assert result.summary == (
        "Your reply reads as warm and engaged (active-constructive). "
        "You sorted 4 of 4 sample replies, and 4 match how this worksheet reads them."
    )


def test_nothing_filled_in_gives_a_gentle_prompt(sheet) -> None:
    result = sheet.run({})
    assert result.summary == (
        "Write a reply to one of the pieces of news, or sort the sample replies, "
        "then press the button to see feedback."
    )
    assert headings(result) == ["About this idea"]


def test_scenario_without_reply_and_reply_without_scenario(sheet) -> None:
    only_news = sheet.run({"scenario": "pottery"})
    assert only_news.summary == "Write your reply to the news to see how it reads."
    assert block(only_news, "The news") == (SCENARIOS[2].news,)
    no_news = sheet.run({"my_reply": "Nice."})
    assert block(no_news, "A warm, engaged version")[0] == (
        "That's wonderful news! You worked hard for this. How did it happen? Tell me everything."
    )


def test_gable_is_cited_in_words_only(sheet) -> None:
    about = block(sheet.run({}), "About this idea")
    assert "Gable and colleagues' research" in about[0]
    assert not re.search(r"\d", " ".join(about))


def test_hostile_and_unicode_text_is_returned_unchanged(sheet) -> None:
    result = sheet.run({"my_reply": HOSTILE})
    assert block(result, "Your reply") == (HOSTILE,)
    assert result.summary == "Your reply reads as ignoring it (passive-destructive)."
    assert block(sheet.run({"my_reply": "Bravo 🎉 ça alors !"}), "Your reply") == ("Bravo 🎉 ça alors !",)


def test_max_length(sheet) -> None:
    result = sheet.run({"my_reply": "Wow! " * 400})  # 2000 characters; each cue counts once
    assert result.data["scores"] == {AC: 2, PC: 0, AD: 0, PD: 0}
    with pytest.raises(AnswersInvalid):
        sheet.run({"my_reply": "x" * 2001})


def test_style_names_and_cue_data_are_complete() -> None:
    assert set(STYLE_NAMES) == {AC, PC, AD, PD}
    assert {g.style for g in CUE_GROUPS} == {AC, PC, AD, PD}
    words = get_lexicon("en")
    for group in CUE_GROUPS:
        phrases = words.words(f"good_news_{group.key}")
        assert phrases and len(set(phrases)) == len(phrases), group.key


STYLE = st.sampled_from([AC, PC, AD, PD, "", "other"])
PLAUSIBLE = {
    "scenario": st.sampled_from([s.key for s in SCENARIOS] + ["", "nope"]),
    "my_reply": st.text(max_size=300) | st.just(HOSTILE),
    **{s.field_id: STYLE for s in SAMPLE_REPLIES},
}
ANSWERS = answers_like(get("good-news"), PLAUSIBLE)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANSWERS)
def test_any_answers_give_a_result_or_answers_invalid(answers) -> None:
    sheet = get("good-news")
    result_or_invalid(sheet.run, answers)
