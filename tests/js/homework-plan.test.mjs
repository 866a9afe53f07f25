// Plans in steps (docs/assets/js/homework/homework-link.js, plan-status.js): the link's round
// trip, its length, the builder's messages and the refusal of cut, changed or odd plans.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  DAMAGED,
  decodeHomework,
  decodePlan,
  encodeHomework,
  encodePlan,
  MAX_STEPS,
  planIn,
  stepProblems,
} from "../../docs/assets/js/homework/homework-link.js";
import { stepStatuses } from "../../docs/assets/js/homework/plan-status.js";
import { encodeToken } from "../../docs/assets/js/sharing/link-codec.js";

const known = new Set([
  "listening",
  "reflective-listening",
  "communication",
  "i-statement",
  "checkin",
  "challenges",
  "repair-plan",
]);
const FOUR = {
  note: "Read first, then try the worksheet. One step a week.",
  steps: [
    { due: "2026-12-08", items: ["listening", "reflective-listening"] },
    { due: "2026-12-15", items: ["communication", "i-statement"] },
    { due: "2026-12-22", items: ["checkin"] },
    { due: "2026-12-29", items: ["challenges", "repair-plan"] },
  ],
};

test("a plan survives its link, and reads as a homework with all its items and its last day", async () => {
  const decoded = await decodePlan(await encodePlan(FOUR), known);
  assert.equal(decoded.ok, true);
  assert.deepEqual(decoded.homework.steps, FOUR.steps);
  assert.equal(decoded.homework.note, FOUR.note);
  assert.equal(decoded.homework.due, "2026-12-29");
  assert.deepEqual(
    decoded.homework.items,
    FOUR.steps.flatMap((s) => s.items),
  );
});

test("a four-step plan's code stays short (compressed), far shorter than the same as plain JSON", async () => {
  const code = await encodePlan(FOUR);
  assert.ok(code.length < 230, `${code.length}`);
});

test("the plan is read from its own fragment; an old single homework link still decodes as before", () => {
  assert.equal(planIn("#plan=abc"), "abc");
  assert.equal(planIn("#h=abc"), null);
  const old = decodeHomework(encodeHomework({ items: ["checkin"], note: "", due: "2026-12-01" }), known);
  assert.deepEqual(old, { ok: true, homework: { v: 1, items: ["checkin"], note: "", due: "2026-12-01" } });
});

test("a cut or changed plan link is refused with the damaged-link message", async () => {
  const code = await encodePlan(FOUR);
  assert.deepEqual(await decodePlan(code.slice(0, -4), known), { ok: false, message: DAMAGED });
  const flipped = code.slice(0, 20) + (code[20] === "A" ? "B" : "A") + code.slice(21);
  assert.deepEqual(await decodePlan(flipped, known), { ok: false, message: DAMAGED });
  assert.deepEqual(await decodePlan("not a plan!", known), { ok: false, message: DAMAGED });
});

test("a well-formed token that is not a good plan is refused: order, size, dates, pages", async () => {
  const bad = [
    {
      v: 2,
      n: "",
      s: [
        ["2026-12-15", "checkin"],
        ["2026-12-08", "listening"],
      ],
    },
    { v: 2, n: "", s: Array.from({ length: MAX_STEPS + 1 }, (_, i) => [`2027-01-${String(i + 10)}`, "checkin"]) },
    { v: 2, n: "", s: [["2026-02-30", "checkin"]] },
    { v: 2, n: "", s: [] },
    { v: 2, n: "", s: [["2026-12-08", "checkin checkin"]] },
    { v: 2, n: 5, s: [["2026-12-08", "checkin"]] },
  ];
  for (const value of bad) {
    assert.deepEqual(
      await decodePlan(await encodeToken(value), known),
      { ok: false, message: DAMAGED },
      JSON.stringify(value),
    );
  }
  const unknown = await decodePlan(await encodeToken({ v: 2, n: "", s: [["2026-12-08", "nowhere"]] }), known);
  assert.equal(unknown.ok, false);
  assert.match(unknown.message, /nowhere/);
  const later = await decodePlan(await encodeToken({ v: 3, n: "", s: [["2026-12-08", "checkin"]] }), known);
  assert.match(later.message, /different version/);
});

test("the builder's problems name the step's own field in plain words", () => {
  const problems = stepProblems([
    { due: "2026-12-08", items: ["checkin"] },
    { due: "", items: ["listening"] },
    { due: "2026-12-01", items: [] },
  ]);
  assert.deepEqual(problems, [
    { index: 1, field: "due", message: "Choose the day for this step." },
    { index: 2, field: "due", message: "Choose a day after step 1's day: the steps go in order." },
    { index: 2, field: "items", message: "Choose a chapter or a worksheet for this step." },
  ]);
  assert.deepEqual(stepProblems(FOUR.steps), []);
});

test("steps are done, next or later by their items", () => {
  assert.deepEqual(stepStatuses([[true, true], [true, false], [false], [true]]), ["done", "next", "later", "done"]);
  assert.deepEqual(stepStatuses([[false], [false]]), ["next", "later"]);
  assert.deepEqual(stepStatuses([[true], [true]]), ["done", "done"]);
});
