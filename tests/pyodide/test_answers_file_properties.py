"""Property: any bytes offered as an answers file are rejected with a message, or read as a
well-formed file; the page's own parser (docs/assets/js/storage/answers-file.js) never throws."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT

PARSER = ROOT / "docs/assets/js/storage/answers-file.js"
RUNNER = Path(__file__).parent / "parse_answers_files.mjs"

# Cheap to generate, so one example can carry many files to a single Node run.
candidates = st.lists(
    st.binary(max_size=200)
    | st.sampled_from(
        [b'{"format": "closer-answers", "version": 1, "records": ', b'{"format": "closer-answers"']
    ).flatmap(lambda head: st.binary(max_size=60).map(lambda tail: head + tail)),
    min_size=100,
    max_size=100,
)

NEAR_MISSES = [
    {
        "format": "closer-answers",
        "version": 1,
        "records": [{"worksheet": "checkin", "version": "1", "answers": {}}],
    },
    {
        "format": "closer-answers",
        "version": 1,
        "records": [{"worksheet": "checkin", "version": 1, "answers": []}],
    },
    {"format": "closer-answers", "version": 1, "records": {"worksheet": "checkin"}},
    {"format": "closer-answers", "version": "1", "records": []},
    {"format": "closer-answers-encrypted", "version": 1},
    {"format": None},
    [],
    "closer-answers",
    None,
]


def parse_all(files: list[bytes]) -> list[dict]:
    payload = json.dumps([base64.b64encode(f).decode() for f in files])
    done = subprocess.run(
        [shutil.which("node") or "node", str(RUNNER), str(PARSER)],
        input=payload,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout)


@settings(
    max_examples=5, deadline=None, phases=[Phase.generate], suppress_health_check=[HealthCheck.too_slow]
)
@given(candidates)
def test_any_bytes_are_rejected_with_a_message_or_read_as_a_valid_file(files: list[bytes]) -> None:
    files = files + [json.dumps(near).encode() for near in NEAR_MISSES]
    for raw, reply in zip(files, parse_all(files), strict=True):
        assert "crashed" not in reply, (raw, reply)
        if reply["ok"]:
            data = reply["file"]
            assert data["format"] == "closer-answers" and data["version"] == 1
            assert all(
                isinstance(r["answers"], dict) and isinstance(r["worksheet"], str) for r in data["records"]
            )
        else:
            assert reply["message"].strip(), raw


def test_oversized_and_known_bad_files_have_exact_messages() -> None:
    big = b'{"format": "closer-answers", "version": 1, "records": [], "pad": "' + b"x" * 1_000_001 + b'"}'
    replies = parse_all(
        [
            big,
            b"\xff\xfe\x00",
            b'{"format": "closer-answers", "version": 2, "records": []}',
            b'{"format": "closer-answers", "version": 1, "records": [{"worksheet": 1}]}',
        ]
    )
    assert [r["message"] for r in replies] == [
        "This file is too large (over 1 MB) to be a Closer answers file.",
        "This file could not be read: it is not a Closer answers file (not valid JSON).",
        "This answers file has format version 2; this site reads version 1.",
        "This answers file is damaged: its records could not be read.",
    ]
