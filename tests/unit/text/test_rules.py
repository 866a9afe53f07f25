"""The engine itself: the phrase syntax, context, overlaps, and lexicons as data per language."""

from __future__ import annotations

import re

import pytest

from worksheets.lexicon import Lexicon, LexiconError, available, get, select
from worksheets.library.good_news import CUES
from worksheets.text import Rule, RuleTable, check, fold, matches, scan
from worksheets.text.listening import REPLY
from worksheets.text.message import MESSAGE
from worksheets.text.phrases import compile_phrases

TABLES = (MESSAGE, REPLY, CUES)


def hits(phrase: str, text: str) -> list[str]:
    """What a phrase matches, as written: patterns run on the folded text."""
    return [text[m.start() : m.end()] for m in compile_phrases([phrase]).finditer(fold(text))]


class TestPhraseSyntax:
    def test_whole_words_any_spaces_optional_apostrophes_and_commas(self) -> None:
        assert hits("it's your fault", "its  your\nfault; it's your fault") == [
            "its  your\nfault",
            "it's your fault",
        ]
        assert hits("great, just great", "great just great") == ["great just great"]
        assert hits("never", "nevertheless never") == ["never"]

    def test_one_of_and_optional_groups(self) -> None:
        phrase = "[it's|this is] [all] your fault"
        assert hits(phrase, "your fault. this is all your fault. it's your fault") == [
            "your fault",
            "this is all your fault",
            "it's your fault",
        ]
        assert hits("(make|makes|made) me feel", "it makes me feel; made me feel") == [
            "makes me feel",
            "made me feel",
        ]

    def test_punctuation_at_an_end_needs_no_word_boundary(self) -> None:
        assert hits("seriously?", "Seriously?!") == ["Seriously?"]


class TestContextAndOverlap:
    def test_after_and_not_after_allow_an_intensifier_between(self) -> None:
        table = RuleTable(
            "t",
            (
                Rule("judgement", "judgement_feelings", after=("feel_openers",)),
                Rule("label", "labels", not_after=("about_me",)),
            ),
        )
        assert [m.words for m in matches("I feel so ignored", table)] == ["ignored"]
        assert matches("ignored", table) == []
        assert [m.words for m in matches("you're so lazy", table)] == ["lazy"]
        assert matches("I feel really lazy", table) == []

    def test_the_longest_match_wins_and_a_table_may_keep_kinds_apart(self) -> None:
        swallow = RuleTable("t", (Rule("sarcasm", "sarcasm"), Rule("absolute", "absolutes")))
        apart = RuleTable("t", swallow.rules, swallow=False)
        assert [f.kind for f in scan("thanks for nothing", swallow)] == ["sarcasm"]
        assert [f.kind for f in scan("thanks for nothing", apart)] == ["sarcasm", "absolute"]

    def test_two_rules_of_one_kind_make_one_finding(self) -> None:
        [story] = scan("Me too. I remember when that happened.", REPLY)
        assert (story.kind, story.words, story.count) == ("self_story", ("Me too", "I remember when"), 2)


class TestLexicons:
    @pytest.mark.parametrize("code", available())
    @pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
    def test_every_language_has_every_list_every_table_needs(self, table: RuleTable, code: str) -> None:
        check(table, get(code))

    @pytest.mark.parametrize("code", available())
    def test_every_language_names_the_same_lists_as_english(self, code: str) -> None:
        """A second language is complete when it has every list English has, and no other."""
        assert set(get(code).phrases) == set(get("en").phrases)
        assert set(get(code).patterns) <= set(get("en").patterns)

    def test_select_changes_the_default_and_an_unknown_code_changes_nothing(self) -> None:
        assert "en" in available()
        assert select("en") is get()
        with pytest.raises(LexiconError):
            select("zz")
        assert get().code == "en"

    def test_the_default_language_is_english_and_is_loaded_once(self) -> None:
        assert get() is get("en")
        assert get().code == "en"

    def test_phrase_lists_are_data_without_repeats(self) -> None:
        for name, words in get("en").phrases.items():
            assert words, name
            assert len(set(words)) == len(words), name
            for phrase in words:
                assert not re.search(r"[()\[\]]", phrase.replace("(", "").replace(")", "")) or "[" in phrase

    def test_a_missing_language_or_list_names_the_file_to_fix(self) -> None:
        with pytest.raises(LexiconError, match=r"add worksheets/lexicon/zz\.py"):
            get("zz")
        with pytest.raises(LexiconError, match="not a language code"):
            get("../en")
        thin = Lexicon("xx", {"absolutes": ("siempre",)})
        with pytest.raises(LexiconError, match=r"worksheets/lexicon/xx\.py: no phrase list '\w+'\. Add it"):
            check(MESSAGE, thin)

    def test_a_second_language_is_a_lexicon_not_code(self) -> None:
        """The same rule table reads another language once its lists are given."""
        english = get("en")
        words = dict.fromkeys(english.phrases, ("zzzz",))
        words.update(
            absolutes=("siempre", "nunca"),
            blame_openers=("tú [siempre|nunca] me (haces|hiciste)", "por tu culpa"),
            blame_makes_feel=("tú [siempre|nunca] me (haces|hiciste) sentir",),
            feel_that=("siento que (tú|tu)",),
        )
        other = Lexicon("xx", words)
        check(MESSAGE, other)
        found = {f.kind: f.words for f in scan("Tú nunca me escuchas, siempre llegas tarde.", MESSAGE, other)}
        assert found == {"absolute": ("nunca", "siempre")}
        found = {f.kind: f.words for f in scan("Siento que tú no me quieres. Por tu culpa.", MESSAGE, other)}
        assert found == {"feel-that": ("Siento que tú",), "blame": ("Por tu culpa",)}
