// Importing an answers file (docs/assets/js/storage/import-plan.js, answers-file.js and
// storage.saveMany): checked before anything is written, capped, one batch, histories merged.
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import { MAX_RECORDS, makeAnswersFile, parseAnswersFile } from "../../docs/assets/js/storage/answers-file.js";
import { importItems, planImport, sheetFor } from "../../docs/assets/js/storage/import-plan.js";
import * as storage from "../../docs/assets/js/storage/storage.js";
import { installStorage } from "./fake-storage.mjs";

const labels = {
  checkin: {
    id: "checkin",
    version: 2,
    title: "Closeness check-in",
    sections: [
      {
        title: "",
        fields: [
          { id: "history", kind: "hidden", max_items: 3 },
          { id: "note", kind: "long_text" },
        ],
      },
    ],
  },
};
const record = (answers, extra = {}) => ({
  worksheet: "checkin",
  version: 2,
  answers,
  updated: "2026-11-01T10:00:00Z",
  ...extra,
});
const day = (date) => ({ date, themes: { time: 3 } });

let fake;
beforeEach(() => {
  fake = installStorage();
});

test("a worksheet named like an Object property is not one of ours", () => {
  for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
    assert.equal(sheetFor(labels, name), null, name);
    const [step] = planImport([record({}, { worksheet: name })], labels, storage.load);
    assert.equal(step.action, "skip", name);
  }
});

test("a file with more records than the cap is refused before any record is read", () => {
  const records = Array.from({ length: MAX_RECORDS + 1 }, () => record({ note: "x" }));
  const parsed = parseAnswersFile(JSON.stringify(makeAnswersFile(records)));
  assert.equal(parsed.ok, false);
  assert.match(parsed.message, /holds 201 records; an answers file from this site holds at most 200/);
});

test("two copies of the same record in a file: the newest is imported, the other skipped", () => {
  const older = record({ note: "old" }, { updated: "2026-01-01T00:00:00Z" });
  const newer = record({ note: "new" }, { updated: "2026-02-01T00:00:00Z" });
  const steps = planImport([newer, older], labels, storage.load);
  assert.deepEqual(
    steps.map((s) => s.action),
    ["add", "skip"],
  );
});

test("replacing merges the histories by date and says the past check-ins are kept", () => {
  storage.save("checkin", 2, { history: [day("2026-03-01")], note: "mine" });
  const steps = planImport([record({ history: [day("2026-01-01")], note: "file" })], labels, storage.load);
  assert.equal(steps[0].action, "replace");
  assert.match(steps[0].text, /past check-ins from both are kept/);
  const { items } = importItems(steps, true);
  assert.deepEqual(
    items[0].answers.history.map((e) => e.date),
    ["2026-01-01", "2026-03-01"],
  );
  assert.equal(items[0].answers.note, "file");
});

test("an imported history longer than the field's cap is named in the preview, and kept whole", () => {
  const long = [day("2026-01-01"), day("2026-01-02"), day("2026-01-03"), day("2026-01-04")];
  const steps = planImport([record({ history: long })], labels, storage.load);
  assert.match(steps[0].text, /It holds 4 past check-ins: all are kept; the reflection and chart use the latest 3\./);
  assert.equal(importItems(steps, false).items[0].answers.history.length, 4);
});

test("answers kept from an earlier version travel with an imported record", () => {
  const earlier = [{ question: "Old question", answer: "Old answer" }];
  const { items } = importItems(planImport([record({ note: "n" }, { earlier })], labels, storage.load), false);
  assert.deepEqual(items[0].extra.earlier, earlier);
});

test("saveMany writes every record and the index once", () => {
  let indexWrites = 0;
  const setItem = fake.setItem.bind(fake);
  fake.setItem = (k, v) => {
    if (k.endsWith(":index")) indexWrites += 1;
    setItem(k, v);
  };
  const items = Array.from({ length: 50 }, (_, i) => ({
    worksheet: `w${i}`,
    version: 1,
    profile: "self",
    answers: { a: i },
  }));
  assert.equal(storage.saveMany(items).ok, true);
  assert.equal(indexWrites, 1);
  assert.equal(storage.listRecords().length, 50);
});

test("a batch that runs out of room changes nothing: earlier answers are put back", () => {
  fake = installStorage(2000);
  storage.save("w0", 1, { a: "kept" });
  const before = fake.getItem(storage.recordKey("w0", 1));
  const items = Array.from({ length: 10 }, (_, i) => ({
    worksheet: `w${i}`,
    version: 1,
    profile: "self",
    answers: { a: "y".repeat(300) },
  }));
  const saved = storage.saveMany(items);
  assert.deepEqual(saved, { ok: false, reason: "full" });
  assert.equal(fake.getItem(storage.recordKey("w0", 1)), before);
  assert.equal(storage.listRecords().length, 1);
});

test("an import can be undone: keys go back to what they were", () => {
  storage.save("w0", 1, { a: "mine" });
  const saved = storage.saveMany([
    { worksheet: "w0", version: 1, profile: "self", answers: { a: "file" } },
    { worksheet: "w1", version: 1, profile: "self", answers: { a: "new" } },
  ]);
  storage.restoreRaw(saved.previous);
  assert.deepEqual(storage.load("w0", 1).record.answers, { a: "mine" });
  assert.equal(storage.load("w1", 1).status, "empty");
});

test("a failed index write does not report a kept record as lost", () => {
  const setItem = fake.setItem.bind(fake);
  fake.setItem = (k, v) => {
    if (k.endsWith(":index")) {
      const error = new Error("quota");
      error.name = "QuotaExceededError";
      throw error;
    }
    setItem(k, v);
  };
  const saved = storage.save("checkin", 2, { note: "kept" });
  assert.equal(saved.ok, true);
  assert.deepEqual(storage.load("checkin", 2).record.answers, { note: "kept" });
});

test("copies kept beside records (cleared, replaced) are never listed as records", () => {
  storage.save("checkin", 2, { note: "now" });
  storage.keepCopy("checkin", 2, "self", "cleared", { answers: { note: "before" } });
  storage.keepCopy("checkin", 2, "partner", "replaced", { answers: { note: "theirs" } });
  assert.equal(storage.listRecords().length, 1);
  assert.deepEqual(storage.readCopy("checkin", 2, "self", "cleared").answers, { note: "before" });
});
