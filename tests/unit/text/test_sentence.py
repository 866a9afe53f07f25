"""A person's words inside a sentence, and what a request asks for (moved from
tests/unit/test_text_analysis.py when the two text engines became one)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worksheets.text import fold
from worksheets.text.sentence import check_request, clause, strip_prefixes


class TestSentenceHelpers:
    def test_fold_keeps_length(self) -> None:
        text = "it’s ‘fine’ ʼok′ ＯＫ"
        assert fold(text) == "it's 'fine' 'ok' ok"
        assert len(fold(text)) == len(text)

    def test_strip_prefixes_removes_repeated_openers(self) -> None:
        prefixes = ("could you", "please", "would you be willing to")
        assert strip_prefixes("Could you please text me?", prefixes) == "text me?"
        assert strip_prefixes("Would you be willing to: walk", prefixes) == "walk"
        assert strip_prefixes("Could you", prefixes) == "Could you"  # never strips everything
        assert strip_prefixes("Could you’ve", ("could you",)) == "Could you’ve"  # whole words only

    def test_clause_lowercases_only_common_first_words(self) -> None:
        assert clause("When The dishes pile up.", ("when",)) == "the dishes pile up"
        assert clause("when Ben comes home late!", ("when",)) == "Ben comes home late"
        assert clause("I’m up for every feed", ("when",)) == "I’m up for every feed"
        assert clause("Split the nights?", ("could you",), lower="any") == "split the nights"
        assert clause("TV off at dinner", lower="any") == "TV off at dinner"
        assert clause("  lots   of\nspace  ") == "lots of space"
        assert clause("") == ""

    def test_a_spanish_question_loses_both_marks_and_its_opener(self) -> None:
        """«¿Podríamos repartirnos las noches?» sits inside «¿Te parecería bien …?» once."""
        openers = ("podríamos", "te parecería")
        assert clause("¿Podríamos repartirnos las noches?", openers, lower="any") == "repartirnos las noches"
        assert clause("¿Lavarías los platos?", openers, lower="any") == "lavarías los platos"
        assert clause("¡Ven a cenar!", lower="none") == "Ven a cenar"


class TestRequestCheck:
    @pytest.mark.parametrize(
        ("wish", "positive", "specific", "time_words"),
        [
            ("split the nights, so each of us gets one full night off", True, True, ("nights",)),
            ("text me if you’ll be late", True, True, ("if you’ll be late",)),
            ("look at the budget together tonight", True, True, ("tonight",)),
            ("sit with me for ten minutes after dinner", True, True, ("ten minutes", "after dinner")),
            ("be more thoughtful", True, False, ()),
            ("listen to me", True, False, ()),
            ("stop leaving dishes in the sink", False, False, ()),
            ("don't be late tonight", False, True, ("tonight",)),
            ("not shout anymore", False, False, ()),
            ("stop by the bakery on Friday", True, True, ("Friday",)),
        ],
    )
    def test_positive_and_specific(self, wish, positive, specific, time_words) -> None:
        check = check_request(wish)
        assert (check.positive, check.specific, check.time_words) == (positive, specific, time_words)

    def test_the_words_found_are_reported(self) -> None:
        check = check_request("Stop checking your phone and care more")
        assert check.asks_to_stop == "Stop checking"
        assert check.vague_words == "care more"
        assert check_request("wash up before bed").action_word == "wash"
        assert check_request("Wash up before bed").action_word == "Wash"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_can_be_checked_and_fitted(text: str) -> None:
    check_request(text)
    assert clause(text, ("when",), lower="any") == clause(text, ("when",), lower="any").strip()
