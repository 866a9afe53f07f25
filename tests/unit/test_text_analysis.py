"""Text analysis: plain rules find blame, absolutes, labels, sarcasm, contempt and commands."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worksheets.text_analysis import (
    KINDS,
    Finding,
    analyse,
    check_request,
    clause,
    describe,
    distinct,
    normalise,
    strip_prefixes,
)


def kinds_and_words(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.words) for f in analyse(text)]


class TestFindings:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("It happens every time.", [("absolute", "every time")]),
            ("Every single time, nobody helps.", [("absolute", "Every single time"), ("absolute", "nobody")]),
            ("You always leave early.", [("blame", "You always")]),
            ("It's your fault.", [("blame", "It's your fault")]),
            ("It’s your fault.", [("blame", "It’s your fault")]),
            ("its your fault", [("blame", "its your fault")]),
            ("Because of you we're late.", [("blame", "Because of you")]),
            ("I feel that you don't listen.", [("feel-that", "I feel that you")]),
            ("I feel like you’re not here.", [("feel-that", "I feel like you")]),
            ("I felt really ignored.", [("judgement-feeling", "ignored")]),
            ("You're so lazy.", [("label", "lazy")]),
            ("Typical!", [("label", "Typical")]),
            ("You're too sensitive.", [("label", "too sensitive")]),
            ("Oh, great.", [("sarcasm", "Oh, great")]),
            ("Thanks a lot.", [("sarcasm", "Thanks a lot")]),
            ("Whatever.", [("sarcasm", "Whatever")]),
            ("Sure, because that worked.", [("sarcasm", "Sure, because")]),
            ("Really?!", [("sarcasm", "?!")]),
            ("*rolls eyes*", [("contempt", "rolls eyes")]),
            ("That's pathetic 🙄", [("contempt", "pathetic"), ("contempt", "🙄")]),
            ("You need to call me.", [("command", "You need to")]),
            ("You’d better be home.", [("command", "You’d better")]),
        ],
    )
    def test_each_kind_is_found_with_the_words_as_written(self, text, expected) -> None:
        assert kinds_and_words(text) == expected

    def test_word_boundaries_avoid_false_matches(self) -> None:
        text = "Nevertheless, everythingness and the lazyboy chair were fine. Thanksgiving!"
        assert analyse(text) == []
        assert analyse("whatever you like is fine") == []  # not a brush-off
        assert analyse("Where were you? Surely not.") == []

    def test_matching_ignores_case_and_extra_spaces(self) -> None:
        assert kinds_and_words("YOU   NEVER listen") == [("blame", "YOU   NEVER")]
        assert kinds_and_words("you\nmake me sad") == [("blame", "you\nmake me")]

    def test_a_finding_inside_a_larger_one_is_left_out_but_mentioned(self) -> None:
        [finding] = analyse("You never lift a finger.")
        assert finding.kind == "blame"
        assert finding.explanation == (
            "“You never” puts your partner at the centre and can sound like blame, so they may "
            "defend instead of listen. It also uses “never”, which can turn one moment into a verdict."
        )
        assert kinds_and_words("Thanks for nothing.") == [("sarcasm", "Thanks for nothing")]
        assert kinds_and_words("Why do you always do that?") == [("blame", "Why do you always")]

    def test_findings_come_in_reading_order_with_spans(self) -> None:
        text = "Seriously? You never think about anyone but yourself."
        findings = analyse(text)
        assert [(f.kind, f.start, f.end) for f in findings] == [("sarcasm", 0, 10), ("blame", 11, 20)]
        assert all(text[f.start : f.end] == f.words for f in findings)

    def test_spans_stay_right_with_curly_apostrophes_and_unicode(self) -> None:
        text = "Ça va? 你好 — it’s your fault, and you’ll never change 💔"
        findings = analyse(text)
        assert [(f.kind, f.words) for f in findings] == [("blame", "it’s your fault"), ("absolute", "never")]
        assert all(text[f.start : f.end] == f.words for f in findings)

    def test_blame_with_feel_offers_an_i_rewrite(self) -> None:
        [finding] = analyse("You make me feel small when I talk about work.")
        assert finding.words == "You make me feel"
        assert finding.suggestion == "Try “I feel small when …”. It names the same feeling, without blame."

    def test_a_command_becomes_a_request(self) -> None:
        [finding] = analyse("You need to call your mum tonight.")
        assert (
            finding.suggestion
            == "Try turning it into a request: “Would you be willing to call your mum tonight?”"
        )
        [vague] = analyse("You should know better.")
        assert vague.suggestion == "Try turning it into a request: “Would you be willing to …?”"

    def test_judgement_feeling_offers_gentler_feelings(self) -> None:
        [finding] = analyse("I'm feeling so taken for granted.")
        assert (finding.kind, finding.words) == ("judgement-feeling", "taken for granted")
        assert (
            finding.suggestion
            == "Under it there may be a feeling such as worn out or sad. Does one of those fit?"
        )
        assert analyse("You ignored my text.") == []  # a description of an action, not a feeling

    def test_clean_text_and_non_text_give_nothing(self) -> None:
        assert analyse("I felt lonely at the party last night. Could we leave together next time?") == []
        assert analyse("") == []
        assert analyse("   ") == []
        assert analyse(None) == []  # type: ignore[arg-type]

    def test_hostile_text_is_only_text(self) -> None:
        text = '<script>alert(1)</script> """); import js # {{ 7*7 }} you always'
        [finding] = analyse(text)
        assert finding.words == "you always"
        assert text[finding.start : finding.end] == "you always"

    def test_every_kind_has_a_title_explanation_and_suggestion(self) -> None:
        assert set(KINDS) == {
            "absolute",
            "blame",
            "feel-that",
            "judgement-feeling",
            "label",
            "sarcasm",
            "contempt",
            "command",
        }
        for title, explanation, suggestion in KINDS.values():
            assert title and "{w}" in explanation and suggestion.endswith(("?", ".", "?”"))

    def test_feedback_never_scolds(self) -> None:
        words = " ".join(text for entry in KINDS.values() for text in entry).casefold()
        for harsh in ("wrong", "bad", "toxic", "don't say", "never say", "must", "should"):
            assert harsh not in words


class TestDistinctAndDescribe:
    def test_repeats_are_counted_once(self) -> None:
        pairs = distinct(analyse("Never. NEVER! never, and always."))
        assert [(f.words, n) for f, n in pairs] == [("Never", 3), ("always", 1)]

    def test_describe_says_where_what_why_and_what_to_try(self) -> None:
        [(finding, count)] = distinct(analyse("lazy, lazy"))
        assert describe(finding, count, "In your request") == (
            "In your request: A label (2 times). “lazy” can sound like a label for who your partner "
            "is, not what they did. Labels tend to make people defend themselves. Try describing the "
            "action instead, as a camera would see it: what happened, and when?"
        )
        assert describe(finding).startswith("A label. “lazy”")

    def test_a_finding_key_ignores_case_spaces_and_apostrophes(self) -> None:
        one = Finding("blame", "It’s  your fault", 0, 1, "", "")
        two = Finding("blame", "it's your FAULT", 0, 1, "", "")
        assert one.key() == two.key() == ("blame", "it's your fault")


class TestSentenceHelpers:
    def test_normalise_keeps_length(self) -> None:
        text = "it’s ‘fine’ ʼok′"
        assert normalise(text) == "it's 'fine' 'ok'"
        assert len(normalise(text)) == len(text)

    def test_strip_prefixes_removes_repeated_openers(self) -> None:
        prefixes = ("could you", "please", "would you be willing to")
        assert strip_prefixes("Could you please text me?", prefixes) == "text me?"
        assert strip_prefixes("Would you be willing to: walk", prefixes) == "walk"
        assert strip_prefixes("Could you", prefixes) == "Could you"  # never strips everything

    def test_clause_lowercases_only_common_first_words(self) -> None:
        assert clause("When The dishes pile up.", ("when",)) == "the dishes pile up"
        assert clause("when Ben comes home late!", ("when",)) == "Ben comes home late"
        assert clause("I’m up for every feed", ("when",)) == "I’m up for every feed"
        assert clause("Split the nights?", ("could you",), lower="any") == "split the nights"
        assert clause("TV off at dinner", lower="any") == "TV off at dinner"
        assert clause("  lots   of\nspace  ") == "lots of space"
        assert clause("") == ""


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


def test_a_long_text_is_fast() -> None:
    text = ("You never help. Whatever. I feel like you don’t care, you lazy — 🙄 " * 60)[:4000]
    start = time.process_time()  # CPU time: a busy machine must not fail it
    findings = analyse(text)
    assert time.process_time() - start < 0.05
    assert [f.kind for f, _ in distinct(findings)] == ["blame", "sarcasm", "feel-that", "label", "contempt"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_findings_whose_spans_match(text: str) -> None:
    for finding in analyse(text):
        assert text[finding.start : finding.end] == finding.words
        assert finding.kind in KINDS
    check_request(text)
    clause(text, ("when",), lower="any")
