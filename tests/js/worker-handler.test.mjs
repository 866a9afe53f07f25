// The worker's pure handler (docs/assets/js/runtime/worker-handler.js) with a fake Python.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createHandler } from "../../docs/assets/js/runtime/worker-handler.js";

const fakePython = async () => ({ evaluate_json: (id, answers) => JSON.stringify({ ok: true, id, answers }) });

async function run(handler, message) {
  const sent = [];
  await handler(message, (m) => sent.push(m));
  return sent;
}

test("setup then a call replies with Python's parsed JSON", async () => {
  const handler = createHandler(fakePython);
  assert.deepEqual(await run(handler, { type: "setup", indexURL: "/x/" }), [{ type: "ready" }]);
  const [reply] = await run(handler, { type: "call", id: 1, fn: "evaluate_json", args: ["checkin", "{}"] });
  assert.deepEqual(reply, { type: "reply", id: 1, reply: { ok: true, id: "checkin", answers: "{}" } });
});

test("unknown message types and functions are rejected, never run", async () => {
  const handler = createHandler(fakePython);
  await run(handler, { type: "setup", indexURL: "/x/" });
  for (const message of [
    { type: "eval", code: "1" },
    { type: "call", id: 2, fn: "__import__", args: [] },
    null,
    "setup",
  ]) {
    const [sent] = await run(handler, message);
    assert.equal(sent.type, "rejected");
  }
});

test("a call before setup replies with an error, not a crash", async () => {
  const [reply] = await run(createHandler(fakePython), { type: "call", id: 3, fn: "evaluate_json", args: ["a", "{}"] });
  assert.equal(reply.reply.ok, false);
});

test("a failed start is reported as failed with its first line", async () => {
  const handler = createHandler(async () => {
    throw new Error("no wasm\nstack");
  });
  assert.deepEqual(await run(handler, { type: "setup", indexURL: "/x/" }), [{ type: "failed", message: "no wasm" }]);
});
