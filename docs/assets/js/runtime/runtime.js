// The page's side of the worker: start it once, lazily; report named progress stages;
// send answers and await Python's reply. A failed start can be retried.

import { runtimeURL } from "../shared/paths.js";
import { isFailed, isProgress, isReady, isRejected, isReply, STAGES } from "./protocol.js";

const EVALUATE_TIMEOUT_MS = 20000;
let worker = null;
let ready = null;
let stage = null;
let nextId = 1;
const pending = new Map();
const listeners = new Set();

function announce(next) {
  stage = next;
  for (const listener of listeners) listener(stage);
}

/** Follow the start-up: the listener gets { key, text } or { key: "failed", text }. */
export function watchRuntime(listener) {
  listeners.add(listener);
  if (stage) listener(stage);
  return () => listeners.delete(listener);
}

export function runtimeStarted() {
  return ready !== null;
}

function fail(message) {
  announce({ key: "failed", text: message });
  for (const { reject } of pending.values()) reject(new Error(message));
  pending.clear();
  if (worker) worker.terminate();
  worker = null;
  ready = null; // the next startPython() tries again from scratch
}

/** Start Python in its worker once; resolves when the worksheets can be evaluated. */
export function startPython() {
  if (ready) return ready;
  ready = new Promise((resolve, reject) => {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    worker.addEventListener("message", ({ data }) => {
      if (isProgress(data)) announce({ key: data.stage, text: STAGES[data.stage] });
      else if (isReady(data)) {
        announce({ key: "ready", text: STAGES.ready });
        resolve();
      } else if (isFailed(data)) {
        reject(new Error(data.message));
        fail(`Python could not start (${data.message}). Check your connection, then try again.`);
      } else if (isRejected(data)) {
        console.warn(`Closer's Python worker refused a message: ${data.reason}`);
      } else if (isReply(data) && pending.has(data.id)) {
        const { resolve: done, timer } = pending.get(data.id);
        clearTimeout(timer);
        pending.delete(data.id);
        done(data.reply);
      }
    });
    worker.addEventListener("error", (event) => {
      const why = event.message || "the worker script could not be loaded";
      reject(new Error(why));
      fail(`Python could not start (${why}). Check your connection, then try again.`);
    });
    worker.postMessage({ type: "setup", indexURL: runtimeURL.href });
  });
  return ready;
}

function call(fn, args) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error("Python took too long to answer."));
    }, EVALUATE_TIMEOUT_MS);
    pending.set(id, { resolve, reject, timer });
    worker.postMessage({ type: "call", id, fn, args });
  });
}

/** Evaluate answers (a plain object) with the worksheet's Python; resolves to its reply.
 *  With `theirs` (a partner's answers), Python compares the two instead. */
export async function evaluate(worksheet, answers, theirs) {
  await startPython();
  if (theirs === undefined) return call("evaluate_json", [worksheet, JSON.stringify(answers)]);
  return call("compare_json", [worksheet, JSON.stringify(answers), JSON.stringify(theirs)]);
}

/** Carry answers saved under an earlier version to the current one (Python's migrate.py). */
export async function migrate(worksheet, fromVersion, answers) {
  await startPython();
  return call("migrate_json", [worksheet, fromVersion, JSON.stringify(answers)]);
}
