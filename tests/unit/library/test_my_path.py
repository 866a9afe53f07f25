"""My path: what is done on this device, the check-in trend, chosen next steps, a plan to save."""

from __future__ import annotations

import pytest

from worksheets import AnswersInvalid, all_worksheets, get
from worksheets.library.checkin import THEMES


@pytest.fixture
def my_path():
    return get("my-path")


def record(sheet: str, updated: str, answers: dict, profile: str = "self") -> dict:
    return {"worksheet": sheet, "version": 1, "profile": profile, "updated": updated, "answers": answers}


def test_done_and_still_to_try_come_from_own_records(my_path) -> None:
    records = [
        record("repair-plan", "2026-11-02T08:00:00Z", {"what_happened": "x"}),
        record("good-news", "2026-11-03T08:00:00Z", {"a": 1}, profile="partner"),
        record("rituals-planner", "2026-11-04T08:00:00Z", {}),  # nothing saved is not done
    ]
    result = my_path.run({"steps": ["listen-first"], "records": records})
    total = len(all_worksheets()) - 1
    assert (
        result.summary
        == f"You have worked on 1 of the {total} worksheets on this device, and chosen 1 next step."
    )
    assert result.blocks[0].items == ("Repair plan (last saved 2026-11-02)",)
    assert [link.href for link in result.links][:2] == [
        "chapters/understanding-emotional-intimacy/",
        "chapters/effective-communication/",
    ]


def test_check_in_trend_from_the_saved_history(my_path) -> None:
    history = [
        {"date": "2026-10-01", "themes": {t.key: 2 for t in THEMES}},
        {"date": "2026-11-26", "themes": {t.key: 4.5 for t in THEMES}},
    ]
    result = my_path.run(
        {"steps": ["weekly-date"], "records": [record("checkin", "2026-11-26", {"history": history})]}
    )
    trend = {b.heading: b.items for b in result.blocks}["Your check-ins over time"]
    assert trend[0] == "Communication: 2 on 2026-10-01, 4.5 on 2026-11-26."
    assert len(result.more_charts) == 1


def test_plan_download_lists_steps_and_review_date(my_path) -> None:
    result = my_path.run(
        {
            "steps": ["weekly-date", "see-a-professional"],
            "own_step": "Walk on Sundays <3",
            "review_on": "2026-12-24",
        }
    )
    plan = result.downloads[0]
    assert (plan.filename, plan.media_type) == ("my-path.txt", "text/plain")
    assert (
        "  - Protect one weekly time for just the two of us\r\n  - Look for a couples therapist"
        in plan.content
    )
    assert "  - Walk on Sundays <3\r\n" in plan.content
    assert plan.content.endswith("We will look at this again on 2026-12-24.\r\n")
    assert "Finding help" in [b.heading for b in result.blocks]


def test_between_one_and_three_steps(my_path) -> None:
    with pytest.raises(AnswersInvalid) as caught:
        my_path.validate({"steps": []})
    assert caught.value.problems[0].text == "Please answer this question."
    with pytest.raises(AnswersInvalid) as caught:
        my_path.validate({"steps": ["weekly-date", "listen-first", "good-news", "i-statements"]})
    assert caught.value.problems[0].text == "Choose up to three (you chose four)."


def test_malformed_records_are_ignored(my_path) -> None:
    result = my_path.run(
        {
            "steps": ["good-news"],
            "records": [None, 3, {"worksheet": 5}, {"answers": []}, record("checkin", 7, {"history": "x"})],
        }
    )
    assert result.blocks[0].items == ("Closeness check-in (last saved earlier)",)
    assert "Your check-ins over time" not in [b.heading for b in result.blocks]
