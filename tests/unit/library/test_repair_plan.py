"""Repair plan: the flooding check, the soft start-up, the printable plan and its download."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worksheets import AnswersInvalid, Result, get
from worksheets.library.repair_plan import (
    COME_BACK,
    PHRASES,
    PLAN_HEADINGS,
    SINCE,
    TRIGGERS,
    on_alert,
    soft_start_up,
)

from .strategies import answers_like, best_examples_time, result_or_invalid

HOSTILE = '<script>alert(1)</script> """); import js # {{ 7*7 }}'


@pytest.fixture
def sheet():
    return get("repair-plan")


def answers(**overrides) -> dict:
    base = {
        "what_happened": "We argued about the holidays.",
        "my_part": "I raised my voice.",
        "heart": 1,
        "thinking": 1,
        "urge": 1,
        "since": "hours",
        "come_back": "tomorrow",
    }
    return {**base, **overrides}


def block(result: Result, heading: str) -> tuple[str, ...]:
    return next(b.items for b in result.blocks if b.heading == heading)


class TestDeclaration:
    def test_identity_and_fields(self, sheet) -> None:
        assert (sheet.id, sheet.chapter, sheet.version) == ("repair-plan", "navigating-challenges", 1)
        assert [f.id for f in sheet.fields] == [
            "what_happened",
            "my_part",
            "triggers",
            "other_trigger",
            "heart",
            "thinking",
            "urge",
            "since",
            "harsh_start",
            "soft_situation",
            "soft_feeling",
            "soft_need",
            "soft_request",
            "phrases",
            "own_phrase",
            "come_back",
        ]
        assert [f.id for f in sheet.fields if f.required] == [
            "what_happened",
            "my_part",
            "heart",
            "thinking",
            "urge",
            "since",
            "come_back",
        ]
        assert (len(TRIGGERS), len(PHRASES), len(SINCE), len(COME_BACK)) == (12, 10, 5, 5)

    def test_option_values_do_not_clash_with_the_forms_help_and_error_ids(self, sheet) -> None:
        values = {o.value for f in sheet.fields if hasattr(f, "options") for o in f.options}
        assert not values & {"help", "error"}

    def test_examples_run(self, sheet) -> None:
        assert len(sheet.examples) >= 3
        for example in sheet.examples:
            assert sheet.run(example).downloads[0].filename == "repair-plan.txt"


class TestFlooding:
    @pytest.mark.parametrize(
        ("levels", "expected"),
        [
            ((1, 1, 1), False),
            ((3, 1, 2), False),
            ((4, 1, 1), True),
            ((1, 1, 5), True),
            ((3, 3, 1), True),
            ((2, 2, 2), False),
        ],
    )
    def test_rule_of_thumb(self, levels, expected) -> None:
        assert on_alert(dict(zip(("heart", "thinking", "urge"), levels, strict=True))) is expected

    def test_on_alert_and_recent_leads_with_a_break(self, sheet) -> None:
        result = sheet.run(answers(heart=5, since="now"))
        assert result.summary == (
            "Your body may still be on alert. Before anything else, take a real break, long enough "
            "for your body to settle, do something soothing, and agree a time to come back. Your "
            "plan is below."
        )
        assert block(result, "Before we talk")[:3] == (
            "Take a break first, long enough for your body to settle. That is a rule of thumb, not a "
            "law. Many people need longer than they expect.",
            "During the break, do something soothing that takes your mind off the fight: walk, read, "
            "listen to music, or breathe slowly.",
            "Try not to replay the argument or plan what to say back.",
        )
        assert result.data["on_alert"] is True and result.data["recent"] is True

    def test_on_alert_later_still_suggests_a_break(self, sheet) -> None:
        result = sheet.run(answers(heart=3, urge=3, since="day"))
        assert result.summary.startswith("Some time has passed, but your body may still be on alert.")
        assert block(result, "Before we talk")[0].startswith("Take a break first")

    def test_calm_answers_plan_without_a_break_first(self, sheet) -> None:
        calm = sheet.run(answers())
        assert calm.summary == (
            "Your plan is ready. You seem settled enough to plan how to come back to the talk."
        )
        assert block(calm, "Before we talk")[0] == (
            "When we'll come back to talk: tomorrow. Say this out loud, and keep to it."
        )
        recent = sheet.run(answers(since="under_20"))
        assert recent.summary == (
            "Your plan is ready. The argument was very recent, so check in with your body before you "
            "talk. A pause rarely hurts."
        )

    def test_the_flooded_block_is_always_there(self, sheet) -> None:
        assert block(sheet.run(answers()), "If I get flooded") == (
            "Say so without blame, for example: “I'm getting overwhelmed. Can we pause?”",
            "Take a real break, long enough for my body to settle. This is a rule of thumb; many "
            "people need longer than they expect.",
            "Do something soothing: walk, read, listen to music, or breathe slowly. Try not to replay "
            "the fight.",
            "Say when I'll come back, and come back at that time.",
        )


class TestPlan:
    def test_blocks_come_in_plan_order(self, sheet) -> None:
        result = sheet.run(answers(harsh_start="You never listen."))
        assert [b.heading for b in result.blocks] == [*PLAN_HEADINGS, "Notes on how you start"]
        assert PLAN_HEADINGS == (
            "Before we talk",
            "What I'll say first",
            "Phrases I'll use",
            "If I get flooded",
        )

    def test_my_part_and_triggers_are_in_the_plan(self, sheet) -> None:
        result = sheet.run(answers(triggers=["tone", "tired"], other_trigger="The baby was crying"))
        assert block(result, "Before we talk")[1:] == (
            "Check that we're both fed, rested and not rushed.",
            "What happened, in my words: We argued about the holidays.",
            "My part in it: I raised my voice.",
            "What set me off, to watch for: I was tired or hungry; A tone of voice or a look; "
            "The baby was crying.",
        )

    def test_soft_start_up_from_the_parts(self, sheet) -> None:
        result = sheet.run(
            answers(
                soft_situation="When I saw the concert charge on the card.",
                soft_feeling="I feel anxious",
                soft_need="I need to feel we're on top of money",
                soft_request="Could we look at the budget together tonight?",
            )
        )
        assert block(result, "What I'll say first") == (
            "I feel anxious when I saw the concert charge on the card. I need to feel we're on top "
            "of money. Would you be willing to look at the budget together tonight?",
            "Stick to this one issue. Old ones can wait for another day.",
        )
        assert block(result, "Notes on how you start") == (
            "Your soft start-up begins with “I”, names a feeling and a need, and asks for something. "
            "That gives your partner room to say yes.",
        )
        assert result.data["soft_complete"] is True

    def test_missing_parts_leave_gaps_to_fill(self) -> None:
        assert soft_start_up({"soft_feeling": "hurt"}) == (
            "I feel hurt when …. I need …. Would you be willing to …?",
            False,
        )

    def test_harsh_start_up_is_analysed(self, sheet) -> None:
        result = sheet.run(answers(harsh_start="Seriously? You never think about anyone but yourself."))
        notes = block(result, "Notes on how you start")
        # "You never" is blame and an absolute (it used to be blame only).
        assert [n.split(". ")[0] for n in notes] == [
            "In your first words: Sarcasm",
            "In your first words: A blame opener",
            "In your first words: An all-or-nothing word",
        ]
        assert result.data["findings"] == {"harsh_start": 3, "soft_start_up": 0}

    def test_a_soft_start_up_that_still_blames_is_noted(self, sheet) -> None:
        result = sheet.run(answers(soft_feeling="like you never care", soft_request="stop shouting"))
        notes = block(result, "Notes on how you start")
        assert [n.split(". ")[0] for n in notes] == [
            "In your soft start-up: A thought dressed as a feeling",
            "In your soft start-up: A blame opener",
            "In your soft start-up: An all-or-nothing word",
        ]

    def test_calm_first_words_are_acknowledged(self, sheet) -> None:
        notes = block(sheet.run(answers(harsh_start="I was hurt.")), "Notes on how you start")
        assert notes == (
            "In your first words we did not spot “always” or “never”, blame, labels, sarcasm or "
            "commands. Read them aloud and notice how they might land.",
        )

    def test_phrases_in_order_with_own_phrase(self, sheet) -> None:
        result = sheet.run(answers(phrases=["same_side", "pause"], own_phrase="Pineapple 🍍"))
        assert block(result, "Phrases I'll use") == (
            "I'm getting overwhelmed. Can we pause?",
            "We're on the same side here.",
            "Pineapple 🍍",
            "When my partner tries to repair, I'll try to let it land, even if it's clumsy.",
        )
        none = sheet.run(answers())
        assert block(none, "Phrases I'll use")[0] == (
            "(None picked yet.) A simple one to start with: “Can we slow down a little?”"
        )


class TestDownload:
    def test_plain_text_plan_in_block_order(self, sheet) -> None:
        result = sheet.run(answers(what_happened="Line one.\n\nLine   two.", phrases=["my_part"]))
        [download] = result.downloads
        assert (download.filename, download.media_type) == ("repair-plan.txt", "text/plain")
        assert download.label == "Download the plan (text file)"
        assert download.content == (
            "REPAIR PLAN\n"
            "\n"
            "Before we talk\n"
            "--------------\n"
            "- When we'll come back to talk: tomorrow. Say this out loud, and keep to it.\n"
            "- Check that we're both fed, rested and not rushed.\n"
            "- What happened, in my words: Line one. Line two.\n"
            "- My part in it: I raised my voice.\n"
            "\n"
            "What I'll say first\n"
            "-------------------\n"
            "- I feel … when …. I need …. Would you be willing to …?\n"
            "- Fill in the gaps (…): start with “I”, say what happened as a camera would see it, what "
            "you feel and need, and one thing you'd like your partner to do.\n"
            "- Stick to this one issue. Old ones can wait for another day.\n"
            "\n"
            "Phrases I'll use\n"
            "----------------\n"
            "- I see my part in this.\n"
            "- When my partner tries to repair, I'll try to let it land, even if it's clumsy.\n"
            "\n"
            "If I get flooded\n"
            "----------------\n"
            "- Say so without blame, for example: “I'm getting overwhelmed. Can we pause?”\n"
            "- Take a real break, long enough for my body to settle. This is a rule of thumb; many "
            "people need longer than they expect.\n"
            "- Do something soothing: walk, read, listen to music, or breathe slowly. Try not to replay "
            "the fight.\n"
            "- Say when I'll come back, and come back at that time.\n"
            "\n"
            "Made with the Closer repair plan worksheet. It is a tool for reflection, not a test.\n"
        )

    def test_notes_are_not_in_the_download(self, sheet) -> None:
        result = sheet.run(answers(harsh_start="You always do this."))
        assert "A blame opener" in block(result, "Notes on how you start")[0]
        assert "blame opener" not in result.downloads[0].content


class TestSafeInput:
    def test_hostile_text_comes_back_unchanged(self, sheet) -> None:
        result = sheet.run(answers(my_part=HOSTILE, own_phrase=HOSTILE, harsh_start=HOSTILE))
        assert f"My part in it: {HOSTILE}" in block(result, "Before we talk")
        assert HOSTILE in block(result, "Phrases I'll use")
        assert f"- My part in it: {HOSTILE}\n" in result.downloads[0].content

    def test_maximal_lengths_and_unicode(self, sheet) -> None:
        long = ("Wir haben gestritten. 我们吵架了。 You never… 🙄 " * 200)[:4000]
        result = sheet.run(answers(what_happened=long, my_part=long, harsh_start=long[:2000]))
        assert json.dumps(result.to_json(), ensure_ascii=False)
        # Blame, absolute ("never", inside "You never") and contempt, each once however often.
        assert len(block(result, "Notes on how you start")) == 3
        with pytest.raises(AnswersInvalid):
            sheet.run(answers(my_part="x" * 4001))

    def test_scales_and_choices_are_validated(self, sheet) -> None:
        with pytest.raises(AnswersInvalid) as raised:
            sheet.run(answers(heart=6, since="week", phrases=["hug"]))
        assert [p.field for p in raised.value.problems] == ["heart", "since", "phrases"]

    def test_evaluate_is_fast(self, sheet) -> None:
        assert best_examples_time(sheet) < 1.0  # a guard against runaway matching; the budget is the bench's


plausible = {
    "heart": st.integers(0, 6),
    "thinking": st.integers(0, 6),
    "urge": st.integers(0, 6),
    "since": st.sampled_from([o.value for o in SINCE]),
    "come_back": st.sampled_from([o.value for o in COME_BACK]),
    "triggers": st.lists(st.sampled_from([o.value for o in TRIGGERS]), max_size=4),
    "phrases": st.lists(st.sampled_from([o.value for o in PHRASES]), max_size=4),
}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers_like(get("repair-plan"), plausible))
def test_any_answers_give_a_result_or_a_validation_error(raw) -> None:
    sheet = get("repair-plan")
    result_or_invalid(sheet.run, raw)
