// Why something failed, as a person reads it (docs/assets/js/shared/reasons.js): the site's own
// words pass through; a browser's own error text never reaches the page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { reasonFor, reasonSentence, wordedError } from "../../docs/assets/js/shared/reasons.js";

const quiet = (run) => {
  const original = console.error;
  const logged = [];
  console.error = (...args) => logged.push(args);
  try {
    return { value: run(), logged };
  } finally {
    console.error = original;
  }
};

test("the site's own words pass through, unlogged", () => {
  const { value, logged } = quiet(() => reasonFor(wordedError("Python was restarted.")));
  assert.equal(value, "Python was restarted.");
  assert.equal(logged.length, 0);
});

for (const [what, error, words] of [
  ["a failed fetch", new TypeError("Failed to fetch"), "part of the site could not be loaded"],
  [
    "a module that did not load",
    new TypeError("Failed to fetch dynamically imported module: http://127.0.0.1/x.js"),
    "part of the site could not be loaded",
  ],
  [
    "full storage",
    Object.assign(new Error("The quota has been exceeded."), { name: "QuotaExceededError" }),
    "this browser's storage for the site is full",
  ],
  ["anything else", new RangeError("Invalid array length"), "something went wrong in this browser"],
  ["not even an error", "boom", "something went wrong in this browser"],
]) {
  test(`${what} is named by its kind, and its details go to the console`, () => {
    const { value, logged } = quiet(() => reasonFor(error));
    assert.equal(value, words);
    assert.deepEqual(logged, [[error]]);
  });
}

test("as a sentence of its own", () => {
  const { value } = quiet(() => reasonSentence(new TypeError("Failed to fetch")));
  assert.equal(value, "This did not work: part of the site could not be loaded.");
  assert.equal(reasonSentence(wordedError("Python was restarted.")), "Python was restarted.");
});
