// Answers in a link's fragment (docs/assets/js/sharing/link-codec.js): compressed, base64url,
// open (with a check) or sealed with a code (AES-GCM, PBKDF2 key).
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  DAMAGED,
  decodeToken,
  encodeToken,
  isSealed,
  NEEDS_CODE,
  newCode,
  normalCode,
  WRONG_CODE,
} from "../../docs/assets/js/sharing/link-codec.js";

const CHECKIN = {
  w: "checkin",
  v: 2,
  a: {
    communication_calm: 4,
    communication_hard: 3,
    vulnerability_fears: 5,
    vulnerability_seen: 4,
    listening_heard: 2,
    listening_ask: 3,
    empathy_sense: 4,
    empathy_kind: 5,
    challenges_repair: 3,
    challenges_team: 4,
    time_protected: 2,
    time_curious: 4,
    closeness_picture: 5,
    note: "We talked about the move; ça va mieux 💬. <b>not html</b>",
    today: "2026-12-01",
  },
  u: "2026-12-01T09:30:00.000Z",
};

/** The same token with one character changed, inside its payload. */
function changed(token, at) {
  const swap = token[at] === "A" ? "B" : "A";
  return token.slice(0, at) + swap + token.slice(at + 1);
}

test("an open token round-trips the answers exactly, in URL-safe characters", async () => {
  const token = await encodeToken(CHECKIN);
  assert.match(token, /^[A-Za-z0-9_-]+$/);
  assert.equal(isSealed(token), false);
  assert.deepEqual(await decodeToken(token), { ok: true, value: CHECKIN });
});

test("a sealed token opens only with its code, and hides the answers", async () => {
  const code = newCode();
  const token = await encodeToken(CHECKIN, normalCode(code));
  assert.equal(isSealed(token), true);
  assert.doesNotMatch(Buffer.from(token, "base64url").toString("latin1"), /communication|move/);
  assert.deepEqual(await decodeToken(token), { ok: false, reason: NEEDS_CODE });
  assert.deepEqual(await decodeToken(token, "AAAA-BBBB"), { ok: false, reason: WRONG_CODE });
  assert.deepEqual(await decodeToken(token, normalCode(code)), { ok: true, value: CHECKIN });
  // Typed by hand: lower case, no dash, spaces.
  assert.deepEqual(await decodeToken(token, normalCode(` ${code.toLowerCase().replace("-", " ")} `)), {
    ok: true,
    value: CHECKIN,
  });
});

test("a code is 8 symbols a person can read aloud, and look-alike letters count as digits", () => {
  for (let i = 0; i < 50; i += 1) assert.match(newCode(), /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  assert.equal(normalCode("o1il-ab cd"), "0111ABCD");
});

test("a passphrase seals as typed, so two that differ only in case are two passphrases", async () => {
  const token = await encodeToken(CHECKIN, "Blue river at dawn");
  assert.deepEqual(await decodeToken(token, "Blue river at dawn"), { ok: true, value: CHECKIN });
  assert.equal((await decodeToken(token, "blue river at dawn")).reason, WRONG_CODE);
});

test("a truncated open link is caught, however much is cut", async () => {
  const token = await encodeToken(CHECKIN);
  for (const keep of [0, 1, 3, 12, token.length - 20, token.length - 1]) {
    const result = await decodeToken(token.slice(0, keep));
    assert.deepEqual(result, { ok: false, reason: DAMAGED }, `kept ${keep} of ${token.length}`);
  }
});

test("a changed character anywhere in an open link is caught", async () => {
  const token = await encodeToken(CHECKIN);
  for (let at = 0; at < token.length; at += 7) {
    const result = await decodeToken(changed(token, at));
    assert.equal(result.ok, false, `changed at ${at}`);
  }
});

test("a truncated or changed sealed link never opens, even with the right code", async () => {
  const code = "7K3M-Q9TR";
  const token = await encodeToken(CHECKIN, code);
  assert.equal((await decodeToken(token.slice(0, token.length - 5), code)).ok, false);
  assert.equal((await decodeToken(token.slice(0, 20), code)).reason, DAMAGED);
  assert.equal((await decodeToken(changed(token, token.length - 10), code)).reason, WRONG_CODE);
});

test("something that is not a token at all is named as damaged", async () => {
  for (const text of ["", "not a token!", "%%%", "AA", "ZZZZZZZZZZZZZZZZZZZZ"]) {
    assert.deepEqual(await decodeToken(text), { ok: false, reason: DAMAGED }, text);
  }
});

test("a link that would inflate past the size of an answers file is refused", async () => {
  const token = await encodeToken({ a: "x".repeat(1_500_000) });
  assert.ok(token.length < 5000, "it compresses well, which is the danger");
  assert.deepEqual(await decodeToken(token), { ok: false, reason: DAMAGED });
});
