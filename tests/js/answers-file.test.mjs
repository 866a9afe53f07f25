// The answers file format (docs/assets/js/storage/answers-file.js): made, parsed, refused.
import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_FILE_BYTES, makeAnswersFile, parseAnswersFile } from "../../docs/assets/js/storage/answers-file.js";

test("a made file parses back to the same records", () => {
  const records = [{ worksheet: "checkin", version: 2, answers: { note: "hi" }, updated: "2026-12-01T10:00:00Z" }];
  const parsed = parseAnswersFile(JSON.stringify(makeAnswersFile(records)));
  assert.equal(parsed.ok, true);
  assert.deepEqual(parsed.file.records, records);
  assert.equal("homework" in parsed.file, false);
});

test("a file made with a homework status carries it; one without has none", () => {
  const homework = { received: "2026-11-20T10:00:00Z", due: "", items: [] };
  const parsed = parseAnswersFile(JSON.stringify(makeAnswersFile([], homework)));
  assert.equal(parsed.ok, true);
  assert.deepEqual(parsed.file.homework, homework);
  assert.equal("homework" in makeAnswersFile([], null), false);
});

for (const [what, text] of [
  ["not JSON", "{oops"],
  ["another format", JSON.stringify({ format: "other", version: 1, records: [] })],
  [
    "records that are not records",
    JSON.stringify({ format: "closer-answers", version: 1, records: [{ worksheet: 3 }] }),
  ],
  ["too large", " ".repeat(MAX_FILE_BYTES + 1)],
]) {
  test(`a file that is ${what} gets a message for a person`, () => {
    const parsed = parseAnswersFile(text);
    assert.equal(parsed.ok, false);
    assert.equal(typeof parsed.message, "string");
    assert.doesNotMatch(parsed.message, /undefined|Expected|received|SyntaxError/);
  });
}
