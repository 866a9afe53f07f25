"""Saved answers from earlier versions: every migration rule, and nothing silently lost."""

from __future__ import annotations

import json

import pytest

from worksheets import DeclarationError, Result, Worksheet
from worksheets.browser import migrate_json
from worksheets.fields import Choice, LongText, MultiChoice, Option, Scale
from worksheets.migrate import Earlier, Migration, migrate
from worksheets.sheet import Section

MOODS = (Option("calm", "Calm"), Option("tense", "Tense"), Option("mixed", "Mixed"))


def v3(*migrations: Migration) -> Worksheet:
    """Version 3 of a worksheet whose history is: v1 -> v2 renamed and mapped, v2 -> v3 dropped."""
    return Worksheet(
        id="demo",
        version=3,
        title="Demo",
        chapter="c",
        introduction="",
        evaluate=lambda a: Result(summary=""),
        sections=(
            Section(
                "",
                (
                    Scale(id="closeness", label="How close?"),
                    Choice(id="mood", label="Mood", options=MOODS),
                    MultiChoice(id="wishes", label="Wishes", options=MOODS, required=False),
                    LongText(id="note", label="Note", required=False, max_length=20),
                ),
            ),
        ),
        migrations=migrations,
    )


HISTORY = (
    Migration(
        1, rename={"close": "closeness"}, map_choices={"mood": {"relaxed": "calm", "stressed": "tense"}}
    ),
    Migration(2, drop={"sleep": "How did you sleep?"}, map_choices={"wishes": {"relaxed": "calm"}}),
)


class TestRules:
    def test_rename_and_map_choices_across_two_steps(self) -> None:
        old = {"close": 4, "mood": "relaxed", "wishes": ["relaxed", "tense"], "sleep": "badly"}
        result = migrate(v3(*HISTORY), 1, old)
        assert result.answers == {"closeness": 4, "mood": "calm", "wishes": ["calm", "tense"]}
        assert result.earlier == (Earlier("How did you sleep?", "badly"),)
        assert (result.from_version, result.to_version) == (1, 3)

    def test_a_dropped_field_keeps_its_question_and_answer_as_text(self) -> None:
        result = migrate(v3(*HISTORY), 2, {"closeness": 2, "mood": "mixed", "sleep": "well, thanks"})
        assert result.answers == {"closeness": 2, "mood": "mixed"}
        assert result.earlier == (Earlier("How did you sleep?", "well, thanks"),)

    def test_values_the_new_field_rejects_are_kept_as_earlier_answers(self) -> None:
        old = {"closeness": 9, "mood": "furious", "note": "x" * 30}
        result = migrate(v3(*HISTORY), 2, old)
        assert result.answers == {}
        assert [e.question for e in result.earlier] == ["How close?", "Mood", "Note"]
        assert result.earlier[1].answer == "furious"

    def test_unknown_old_fields_are_kept_as_text(self) -> None:
        result = migrate(v3(*HISTORY), 2, {"closeness": 3, "mystery": ["a", "b"]})
        assert result.answers == {"closeness": 3}
        assert result.earlier == (Earlier("mystery", "a, b"),)

    def test_without_a_declared_path_everything_is_kept_as_text(self) -> None:
        result = migrate(v3(HISTORY[1]), 1, {"close": 4, "mood": "relaxed", "empty": ""})
        assert result.answers == {}
        assert result.earlier == (Earlier("close", "4"), Earlier("mood", "relaxed"))


class TestDeclarations:
    def test_steps_must_be_below_the_current_version_and_in_order(self) -> None:
        with pytest.raises(DeclarationError, match=r"migrations must be distinct steps .* got \[2, 1\]"):
            v3(HISTORY[1], HISTORY[0])
        with pytest.raises(DeclarationError, match=r"got \[3\]"):
            v3(Migration(3))

    def test_the_last_step_may_only_rename_to_current_fields(self) -> None:
        with pytest.raises(DeclarationError, match=r"renames to unknown field\(s\) \['nearness'\]"):
            v3(Migration(2, rename={"x": "nearness"}))


class TestBrowserEntry:
    def test_migrate_json_replies_with_answers_and_earlier(self, monkeypatch) -> None:
        from worksheets import registry

        monkeypatch.setitem(registry._BY_ID, "demo", v3(*HISTORY))
        reply = json.loads(migrate_json("demo", 1, json.dumps({"close": "5", "sleep": "ok"})))
        assert reply == {
            "ok": True,
            "worksheet": "demo",
            "answers": {"closeness": "5"},
            "earlier": [{"question": "How did you sleep?", "answer": "ok"}],
            "from_version": 1,
            "to_version": 3,
        }

    @pytest.mark.parametrize("version", [0, 3, 4, "1", True, None])
    def test_impossible_versions_are_refused(self, monkeypatch, version) -> None:
        from worksheets import registry

        monkeypatch.setitem(registry._BY_ID, "demo", v3(*HISTORY))
        reply = json.loads(migrate_json("demo", version, "{}"))
        assert reply["ok"] is False and "cannot migrate from version" in reply["detail"]
        assert reply["error"] == (
            "These saved answers come from a version of this worksheet that this page does not know."
        )

    def test_non_object_answers_migrate_to_nothing(self, monkeypatch) -> None:
        from worksheets import registry

        monkeypatch.setitem(registry._BY_ID, "demo", v3(*HISTORY))
        reply = json.loads(migrate_json("demo", 2, "[1, 2]"))
        assert reply["answers"] == {} and reply["earlier"] == []
