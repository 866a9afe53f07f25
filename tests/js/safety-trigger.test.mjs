// When the safety check comes first (docs/assets/js/safety/trigger.js): the build's declaration
// read against what the person pressed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { needsCheck, specFrom } from "../../docs/assets/js/safety/trigger.js";

const deck = specFrom({ safetyWhen: "field", safetyAction: "draw", safetyField: "level", safetyValues: "deepest mix" });
const ladder = specFrom({ safetyWhen: "submit", safetyPrefix: "risk_", safetyAtLeast: "4" });

test("the deck asks before drawing a deepest or mixed card, and only then", () => {
  const draw = (level, pressed = "draw") => needsCheck(deck, { kind: "submit", pressed, entries: [["level", level]] });
  assert.equal(draw("deepest"), true);
  assert.equal(draw("mix"), true);
  assert.equal(draw("light"), false);
  assert.equal(draw("deeper"), false);
  assert.equal(draw("deepest", "keep"), false);
});

test("the ladder asks only when a rung is rated 4 or 5 for exposure", () => {
  const build = (...entries) => needsCheck(ladder, { kind: "submit", pressed: "", entries });
  assert.equal(build(["risk_1", "2"], ["risk_2", "3"]), false);
  assert.equal(build(["risk_1", "2"], ["risk_6", "4"]), true);
  assert.equal(build(["ready_1", "5"]), false);
});

test("partner mode asks before partner actions only; a start check holds nothing back", () => {
  const partner = specFrom({ safetyWhen: "partner" });
  assert.equal(needsCheck(partner, { kind: "partner", entries: [] }), true);
  assert.equal(needsCheck(partner, { kind: "submit", pressed: "", entries: [] }), false);
  const start = specFrom({ safetyWhen: "start" });
  assert.equal(needsCheck(start, { kind: "submit", pressed: "", entries: [] }), false);
});
