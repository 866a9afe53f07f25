// Keeping answers for the long run (docs/assets/js/storage/keeping.js): the month reminder.
import assert from "node:assert/strict";
import { test } from "node:test";
import { daysBetween, REMIND_AFTER_DAYS, reminderDue } from "../../docs/assets/js/storage/keeping.js";

const now = new Date("2026-12-01T12:00:00Z");

test("no reminder before anything was saved, or within a month", () => {
  assert.equal(reminderDue({}, now), null);
  assert.equal(reminderDue({ since: "2026-11-20T12:00:00Z" }, now), null);
  assert.equal(reminderDue({ since: "2026-01-01T00:00:00Z", exported: "2026-11-25T00:00:00Z" }, now), null);
});

test("a month after the first answer with no file, or a month after the last file: remind", () => {
  assert.deepEqual(reminderDue({ since: "2026-10-01T12:00:00Z" }, now), { days: 61, never: true });
  assert.deepEqual(reminderDue({ since: "2026-01-01T00:00:00Z", exported: "2026-10-31T12:00:00Z" }, now), {
    days: REMIND_AFTER_DAYS + 1,
    never: false,
  });
});

test("days are whole days", () => {
  assert.equal(daysBetween("2026-11-30T13:00:00Z", now), 0);
});
