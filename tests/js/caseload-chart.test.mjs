// The caseload chart (docs/assets/js/pages/caseload-chart.js): series with the same value at a
// check-in are set side by side, so none hides another.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dodges, themeChange } from "../../docs/assets/js/pages/caseload-chart.js";

test("equal values are spread evenly around the true value; a lone value stays put", () => {
  const history = [
    { date: "2026-10-01", themes: { a: 2, b: 2, c: 4 } },
    { date: "2026-11-01", themes: { a: 3, b: 3, c: 3 } },
  ];
  assert.deepEqual(dodges(history, ["a", "b", "c"], 3), [
    [-1.5, -3],
    [1.5, 0],
    [0, 3],
  ]);
});

test("a theme that moved says from where to where; one that did not says it stayed", () => {
  assert.equal(themeChange("Listening", 2, 4), "Listening from 2 to 4");
  assert.equal(themeChange("Listening", 3, 3), "Listening stays at 3");
});
