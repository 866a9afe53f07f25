"""Answers that once broke the Python side: each now gets a plain message or works."""

from __future__ import annotations

import json

from worksheets import browser
from worksheets.registry import get


class TestDeeplyNestedJson:
    def test_nesting_past_the_parser_stack_is_a_message_not_a_recursion_error(self) -> None:
        """A payload nested 100,000 deep is refused in words a person can read."""
        deep = "[" * 100_000 + "]" * 100_000
        reply = json.loads(browser.evaluate_json("checkin", deep))
        assert reply["ok"] is False
        assert reply["error"] == (
            "These answers are nested too deeply to be read. They were not made by this "
            "site's worksheets; nothing was changed."
        )

    def test_nested_inside_an_answer_is_refused_too(self) -> None:
        deep = '{"note": ' + "[" * 50_000 + "]" * 50_000 + "}"
        reply = json.loads(browser.evaluate_json("checkin", deep))
        assert reply["ok"] is False
        assert "nested too deeply" in reply["error"]


class TestLoneSurrogate:
    def test_a_ritual_name_with_half_an_emoji_still_makes_the_calendar(self) -> None:
        """A lone surrogate (a cut emoji) becomes U+FFFD instead of breaking the .ics writer."""
        answers = dict(get("rituals-planner").examples[0])
        answers.update(
            {
                "custom_include": "yes",
                "custom_name": "Walk \ud83d together",
                "custom_days": ["mo"],
                "custom_time": "19:00",
                "custom_minutes": 30,
            }
        )
        reply = json.loads(browser.evaluate_json("rituals-planner", json.dumps(answers)))
        assert reply["ok"] is True, reply
        calendar = reply["result"]["downloads"][0]["content"]
        assert "Walk \ufffd together" in calendar
        calendar.encode("utf-8")  # the whole file can be written
