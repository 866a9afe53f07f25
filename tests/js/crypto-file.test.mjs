// Locked answers files (docs/assets/js/storage/crypto-file.js): AES-GCM with a PBKDF2 key.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  decryptEnvelope,
  encryptText,
  envelopeProblem,
  isEncrypted,
} from "../../docs/assets/js/storage/crypto-file.js";

test("a locked text opens with its passphrase and not with another", async () => {
  const envelope = await encryptText('{"secret":"ours"}', "blue river");
  assert.equal(isEncrypted(envelope), true);
  assert.equal(envelopeProblem(envelope), "");
  assert.doesNotMatch(JSON.stringify(envelope), /ours/);
  const opened = await decryptEnvelope(envelope, "blue river");
  assert.equal(opened.ok ?? true, true);
  assert.match(JSON.stringify(opened), /ours/);
  const wrong = await decryptEnvelope(envelope, "red river");
  assert.equal(wrong.ok, false);
});

test("a damaged envelope is named as a problem before any decryption", async () => {
  const envelope = await encryptText("x", "pw");
  assert.notEqual(envelopeProblem({ ...envelope, cipher: { ...envelope.cipher, iv: "***" } }), "");
  assert.notEqual(envelopeProblem({ ...envelope, kdf: { ...envelope.kdf, iterations: -1 } }), "");
});
