// Histories kept by the page (docs/assets/js/storage/history.js): merged by date, never dropped.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isDatedList, mergeAnswers, mergeByDate, newestFor } from "../../docs/assets/js/storage/history.js";

const entry = (date, value = 3) => ({ date, themes: { time: value } });

test("merging by date keeps every date of both lists, oldest first, the newer list winning a tie", () => {
  const merged = mergeByDate(
    [entry("2026-01-02"), entry("2026-01-01", 1)],
    [entry("2026-01-01", 5), entry("2026-01-03")],
  );
  assert.deepEqual(
    merged.map((e) => [e.date, e.themes.time]),
    [
      ["2026-01-01", 5],
      ["2026-01-02", 3],
      ["2026-01-03", 3],
    ],
  );
});

test("entries Python left out (old themes, past the cap) survive a result's state", () => {
  const kept = [entry("2025-01-01"), { date: "2025-02-01", themes: { oldTheme: 4 } }, entry("2026-01-01")];
  const fromPython = { history: [entry("2026-01-01", 4), entry("2026-02-01")] };
  const merged = mergeAnswers({ history: kept, note: "old" }, fromPython);
  assert.deepEqual(
    merged.history.map((e) => e.date),
    ["2025-01-01", "2025-02-01", "2026-01-01", "2026-02-01"],
  );
  assert.equal(merged.history[2].themes.time, 4);
});

test("import replace merges the histories of both records and takes the file's other answers", () => {
  const here = { history: [entry("2026-03-01")], note: "mine" };
  const file = { history: [entry("2026-01-01")], note: "theirs" };
  const merged = mergeAnswers(here, file);
  assert.deepEqual(
    merged.history.map((e) => e.date),
    ["2026-01-01", "2026-03-01"],
  );
  assert.equal(merged.note, "theirs");
});

test("Python is given only the newest entries its field allows; shorter lists are unchanged", () => {
  const long = Array.from({ length: 400 }, (_, i) => entry(`2026-01-01T${String(i).padStart(4, "0")}`));
  const sent = newestFor(long.toReversed(), 366);
  assert.equal(sent.length, 366);
  assert.equal(sent.at(-1).date, long.at(-1).date);
  const short = [entry("2026-01-01")];
  assert.equal(newestFor(short, 366), short);
  assert.equal(newestFor("text", 3), "text");
});

test("only lists of dated entries count as histories", () => {
  assert.equal(isDatedList([entry("2026-01-01")]), true);
  assert.equal(isDatedList(["card-1"]), false);
  assert.equal(isDatedList([]), false);
  assert.equal(isDatedList(null), false);
});
