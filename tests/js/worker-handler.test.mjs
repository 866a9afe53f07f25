// The worker's pure handler (docs/assets/js/runtime/worker-handler.js) with a fake Python.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createHandler } from "../../docs/assets/js/runtime/worker-handler.js";

const api = { evaluate_json: (id, answers, lang) => JSON.stringify({ ok: true, id, answers, lang }) };
const fakePython = async () => ({ api, how: "normal" });
const SETUP = { type: "setup", info: { index: "/x/" }, keep: true, snapshots: true };

async function run(handler, message) {
  const sent = [];
  await handler(message, (m) => sent.push(m));
  return sent;
}

test("setup then a call replies with Python's parsed JSON", async () => {
  const handler = createHandler(fakePython);
  assert.deepEqual(await run(handler, SETUP), [{ type: "ready", how: "normal" }]);
  const [reply] = await run(handler, { type: "call", id: 1, fn: "evaluate_json", args: ["checkin", "{}"], lang: "en" });
  assert.deepEqual(reply, { type: "reply", id: 1, reply: { ok: true, id: "checkin", answers: "{}", lang: "en" } });
});

test("the page's language reaches Python as the call's last argument", async () => {
  const handler = createHandler(fakePython);
  await run(handler, SETUP);
  const [reply] = await run(handler, { type: "call", id: 5, fn: "evaluate_json", args: ["checkin", "{}"], lang: "es" });
  assert.equal(reply.reply.lang, "es");
});

test("a call without a well-formed language is rejected, never run", async () => {
  const handler = createHandler(fakePython);
  await run(handler, SETUP);
  for (const lang of [undefined, "", "es-MX'); x", 7]) {
    const [sent] = await run(handler, { type: "call", id: 6, fn: "evaluate_json", args: ["a", "{}"], lang });
    assert.equal(sent.type, "rejected");
  }
});

test("unknown message types and functions are rejected, never run", async () => {
  const handler = createHandler(fakePython);
  await run(handler, SETUP);
  for (const message of [
    { type: "eval", code: "1" },
    { type: "call", id: 2, fn: "__import__", args: [], lang: "en" },
    null,
    "setup",
  ]) {
    const [sent] = await run(handler, message);
    assert.equal(sent.type, "rejected");
  }
});

test("a call before setup replies with an error, not a crash", async () => {
  const [reply] = await run(createHandler(fakePython), {
    type: "call",
    id: 3,
    fn: "evaluate_json",
    args: ["a", "{}"],
    lang: "en",
  });
  assert.equal(reply.reply.ok, false);
  // No English from the worker (it has no catalog): the page words the failure in its language.
  assert.deepEqual(reply.reply, { ok: false, failure: "python", detail: "Python has not started" });
});

test("a failed start is reported as failed with its first line and its reason", async () => {
  const handler = createHandler(async () => {
    throw new Error("no wasm\nstack");
  });
  assert.deepEqual(await run(handler, SETUP), [{ type: "failed", message: "no wasm", reason: "error" }]);
  const offline = createHandler(async () => {
    throw Object.assign(new Error("no connection"), { reason: "offline" });
  });
  assert.deepEqual(await run(offline, SETUP), [{ type: "failed", message: "no connection", reason: "offline" }]);
});

test("the snapshot is copied right after ready, before any call, and stored only when idle", async () => {
  const events = [];
  const handler = createHandler(async () => ({
    api: {
      evaluate_json: () => {
        events.push("call");
        return '{"ok": true}';
      },
    },
    how: "normal",
    capture: () => {
      events.push("capture");
      return async () => events.push("store");
    },
  }));
  const sent = [];
  const post = (m) => sent.push(m);
  await handler(SETUP, post);
  assert.deepEqual(events, ["capture"], "copied as soon as Python is ready");
  await handler({ type: "call", id: 1, fn: "evaluate_json", args: ["a", "{}"], lang: "en" }, post);
  assert.deepEqual(events, ["capture", "call"], "nothing is stored before the page is idle");
  await handler({ type: "idle" }, post);
  assert.equal(events.at(-1), "store");
  assert.deepEqual(sent.at(-1), { type: "snapshot", state: "stored" });
  await handler({ type: "idle" }, post); // only once
  assert.equal(events.filter((e) => e === "store").length, 1);
});

test("a snapshot that cannot be stored is dropped without harm", async () => {
  const handler = createHandler(async () => ({
    api,
    how: "normal",
    capture: () => async () => {
      throw new Error("quota");
    },
  }));
  await run(handler, SETUP);
  assert.deepEqual(await run(handler, { type: "idle" }), [{ type: "snapshot", state: "dropped" }]);
  const [reply] = await run(handler, { type: "call", id: 4, fn: "evaluate_json", args: ["a", "{}"], lang: "en" });
  assert.equal(reply.reply.ok, true);
});
