// A link in the address (docs/assets/js/shared/address-link.js): which fragment is ours, and
// the fragment that carries a link back to a fresh copy of the page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fragmentValue, linkHash, linkIn } from "../../docs/assets/js/shared/address-link.js";

test("only our own fragment is read", () => {
  assert.equal(fragmentValue("#partner=checkin.ABC", "partner"), "checkin.ABC");
  assert.equal(fragmentValue("#what-to-do", "partner"), null);
  assert.equal(fragmentValue("", "partner"), null);
  assert.equal(fragmentValue(undefined, "partner"), null);
  assert.equal(fragmentValue("#partners=x", "partner"), null, "a longer name is another fragment");
  assert.equal(fragmentValue("#partner=", "partner"), "", "an empty link is ours, and damaged");
});

test("a page watching two fragments reads the one the address holds", () => {
  const names = ["plan", "h"];
  assert.deepEqual(linkIn("#plan=abc", names), { name: "plan", value: "abc" });
  assert.deepEqual(linkIn("#h=eyJ2Ijox", names), { name: "h", value: "eyJ2Ijox" });
  assert.equal(linkIn("#homework-title", names), null, "a heading's anchor is no link");
  assert.equal(linkIn("", names), null);
  assert.equal(linkIn("#answers=abc", names), null);
});

test("the link handed back is the one read", () => {
  for (const hash of ["#partner=checkin.ABC", "#answers=Ab-_9", "#plan=x=y"]) {
    const found = linkIn(hash, ["partner", "answers", "plan"]);
    assert.ok(found);
    assert.equal(linkHash(found), hash);
  }
});
