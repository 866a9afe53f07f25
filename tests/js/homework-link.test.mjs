// Homework links (docs/assets/js/homework/homework-link.js): the fragment round trip and refusals.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  codeIn,
  DAMAGED,
  decodeHomework,
  encodeHomework,
  isDueDate,
} from "../../docs/assets/js/homework/homework-link.js";

const known = new Set(["checkin", "listening"]);

test("a homework survives encoding, with non-ASCII text in its note", () => {
  const homework = { items: ["checkin", "listening"], note: "Léelo — 💜", due: "2026-12-24" };
  const decoded = decodeHomework(encodeHomework(homework), known);
  assert.equal(decoded.ok, true);
  assert.deepEqual(decoded.homework, { v: 1, ...homework });
});

test("the code is read from the fragment only", () => {
  assert.equal(codeIn("#h=abc"), "abc");
  assert.equal(codeIn("#other"), null);
});

test("a truncated or tampered code is refused with the damaged-link message", () => {
  const code = encodeHomework({ items: ["checkin"] });
  assert.deepEqual(decodeHomework(code.slice(0, -3), known), { ok: false, message: DAMAGED });
  assert.deepEqual(decodeHomework(`${code}!`, known), { ok: false, message: DAMAGED });
});

test("an unknown page is named, and nothing is accepted", () => {
  const decoded = decodeHomework(encodeHomework({ items: ["nowhere"] }), known);
  assert.equal(decoded.ok, false);
  assert.match(decoded.message, /nowhere/);
});

test("due dates must be real days", () => {
  assert.equal(isDueDate("2026-02-29"), false);
  assert.equal(isDueDate("2028-02-29"), true);
});

test("a fragment far longer than any link this site makes is refused before decoding", async () => {
  const { MAX_CODE } = await import("../../docs/assets/js/homework/homework-link.js");
  const huge = "A".repeat(2_600_000);
  const started = performance.now();
  const decoded = decodeHomework(huge, known);
  assert.equal(decoded.ok, false);
  assert.equal(decoded.message, DAMAGED);
  assert.ok(performance.now() - started < 20);
  const longest = encodeHomework({
    items: Array.from({ length: 30 }, (_, i) => `s${i}`.padEnd(40, "x")),
    note: "\u0001".repeat(300),
    due: "2026-12-01",
  });
  assert.ok(longest.length < MAX_CODE, `${longest.length}`);
});
