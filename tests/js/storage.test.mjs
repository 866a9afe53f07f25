// Saved answers (docs/assets/js/storage/storage.js): records, the index, faults reported.
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import * as storage from "../../docs/assets/js/storage/storage.js";
import { installStorage } from "./fake-storage.mjs";

let fake;
beforeEach(() => {
  fake = installStorage();
});

test("a saved record loads back with its answers and format", () => {
  const saved = storage.save("checkin", 2, { note: "hello" });
  assert.equal(saved.ok, true);
  const loaded = storage.load("checkin", 2);
  assert.equal(loaded.status, "ok");
  assert.deepEqual(loaded.record.answers, { note: "hello" });
  assert.equal(loaded.record.format, storage.FORMAT);
});

test("keys live in the site's namespace and keep profiles apart", () => {
  assert.match(storage.recordKey("checkin", 2), /^closer:\/.*:checkin:v2$/);
  assert.notEqual(storage.recordKey("checkin", 2, "partner"), storage.recordKey("checkin", 2));
});

test("a damaged record is reported as corrupt, and its backup keeps the raw text", () => {
  fake.setItem(storage.recordKey("checkin", 2), "{not json");
  assert.equal(storage.load("checkin", 2).status, "corrupt");
  storage.backupDamaged("checkin", 2);
  assert.equal(fake.getItem(`${storage.recordKey("checkin", 2)}:damaged`), "{not json");
});

test("a record from a newer storage format is kept, not misread", () => {
  const key = storage.recordKey("checkin", 2);
  fake.setItem(key, JSON.stringify({ format: 99, worksheet: "checkin", version: 2, answers: {} }));
  assert.equal(storage.load("checkin", 2).status, "newer");
  assert.ok(fake.getItem(key).includes('"format":99'));
});

test("full storage is reported as full, never swallowed", () => {
  installStorage(50);
  const saved = storage.save("checkin", 2, { note: "x".repeat(100) });
  assert.deepEqual(saved, { ok: false, reason: "full" });
});

test("listRecords finds what was saved, and not damaged backups", () => {
  storage.save("checkin", 2, { a: 1 });
  storage.save("deck", 1, { b: 2 }, "partner");
  fake.setItem(`${storage.recordKey("checkin", 2)}:damaged`, "x");
  const found = storage.listRecords().map((r) => `${r.record?.worksheet ?? r.worksheet}`);
  assert.equal(found.length, 2);
});
