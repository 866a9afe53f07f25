// The page's side of the worker: start it once, lazily; report what is happening and how far
// (download percent, "Starting Python", "Ready"); send answers and await Python's reply. A failed
// start can be retried; a worker that stops answering is replaced.

import { formatNumber, pageLanguage, pageLocale, t, tn } from "../shared/i18n.js";
import { wordedError } from "../shared/reasons.js";
import { isFailed, isKept, isProgress, isReady, isRejected, isReply, isSnapshot } from "./protocol.js";
import { forgetOldRuntimes, keepRuntime, runtimeInfo, savesData } from "./runtime-files.js";

export const timing = { evaluateTimeoutMs: 20000 };
let worker = null;
let ready = null;
let stage = null;
let nextId = 1;
const pending = new Map();
const listeners = new Set();

const STILL_MS = 5000;
let still = null;

// A stage holds its words as a function: a page reached by instant navigation in the other
// language is told the current stage in its own words.
const view = (current) => ({ key: current.key, still: current.still, text: current.words() });

function announce(next) {
  stage = next;
  for (const listener of listeners) listener(view(stage));
}

/** What each start-up stage (protocol.js STAGES) says. */
function stageWords(key) {
  if (key === "download") return t("Downloading Python for the worksheets…");
  if (key === "starting") return t("Starting Python…");
  if (key === "package") return t("Loading the worksheets…");
  return t("Python is ready.");
}

// A long stage (a slow phone starting Python) says every few seconds that it is still going,
// so the text never sits unchanged for long; a polite live region reads each change.
function announceStage(next) {
  clearInterval(still);
  announce(next);
  if (next.key === "ready" || next.key === "failed") return;
  const began = Date.now();
  still = setInterval(() => {
    if (stage !== next && !stage?.still) return clearInterval(still);
    const seconds = Math.round((Date.now() - began) / 1000);
    announce({
      ...next,
      still: true,
      words: () =>
        tn("{stage} Still working ({count} second).", "{stage} Still working ({count} seconds).", seconds, {
          stage: next.words(),
        }),
    });
  }, STILL_MS);
}

/** Follow the start-up: the listener gets { key, text } or { key: "failed", text }. */
export function watchRuntime(listener) {
  listeners.add(listener);
  if (stage) listener(view(stage));
  return () => listeners.delete(listener);
}

export function runtimeStarted() {
  return ready !== null;
}

const MB = (bytes) =>
  new Intl.NumberFormat(pageLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1e6);

function failureText(reason) {
  if (reason === "offline") {
    return savesData()
      ? t(
          "The worksheets need a connection to start Python (a download of about 13 MB), and your browser asks to save data, so it is not kept for offline use. Connect, then try again.",
        )
      : t(
          "The worksheets need one online start: Python (about 13 MB) is downloaded once, then kept on this device for offline use. Connect to the internet, then try again.",
        );
  }
  if (reason === "stalled") {
    return t(
      "The download of Python has stopped: nothing arrived for 15 seconds. Check your connection, then try again.",
    );
  }
  return t(
    "Python could not start: part of it could not be downloaded or loaded. Check your connection, then try again.",
  );
}

function stop(message) {
  for (const { reject, timer } of pending.values()) {
    clearTimeout(timer);
    reject(wordedError(message));
  }
  pending.clear();
  if (worker) worker.terminate();
  worker = null;
  ready = null; // the next startPython() starts a new worker from scratch
}

/** @param {() => string} words what the person is told (again, in a new page's language) */
function fail(words) {
  announceStage({ key: "failed", words });
  stop(words());
}

function failStart(reason, message) {
  if (reason === "error") console.warn(`Closer: Python could not start: ${message}`); // the detail is for developers
  fail(() => failureText(reason));
}

function whenIdle(send) {
  const idle = /** @type {any} */ (globalThis).requestIdleCallback;
  if (idle) idle(send, { timeout: 10000 });
  else setTimeout(send, 2000);
}

function onReady(how) {
  announceStage({ key: "ready", words: () => stageWords("ready") });
  performance.mark("closer:python-ready", { detail: { how } });
  const current = worker;
  // The snapshot is copied already; compressing and storing it waits for an idle page.
  whenIdle(() => current === worker && current.postMessage({ type: "idle" }));
}

/** The worker kept what it downloaded; files that came another way (the module Pyodide imports
 *  itself, or the HTTP cache) are kept too, with what the browser already has: never twice. */
function onKept() {
  whenIdle(() =>
    keepRuntime()
      .then(() => window.dispatchEvent(new Event("closer:runtime-kept")))
      .catch(() => {}),
  );
}

/** A reply from a call that failed inside the worker (no words there) gets the page's words. */
function worded(reply) {
  if (reply?.failure !== "python") return reply;
  console.warn(`Closer: Python could not evaluate: ${reply.detail}`); // the detail is for developers
  return {
    ...reply,
    error: t("Python could not work this out. Your answers are kept: try again, or reload the page."),
  };
}

function spawn(info, resolve, reject) {
  const keep = !savesData() && "caches" in window;
  worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  worker.addEventListener("message", ({ data }) => {
    if (isProgress(data)) {
      const percent = Math.floor((data.loaded / data.total) * 100);
      const words =
        data.stage === "download" && data.total
          ? () =>
              t("Downloading Python for the worksheets… {percent}% of {size} MB", {
                percent: formatNumber(percent),
                size: MB(data.total),
              })
          : () => stageWords(data.stage);
      if (data.stage === "download") announce({ key: data.stage, words });
      else announceStage({ key: data.stage, words });
    } else if (isReady(data)) {
      onReady(data.how);
      resolve();
    } else if (isKept(data)) {
      onKept();
    } else if (isFailed(data)) {
      reject(new Error(data.message));
      failStart(data.reason, data.message);
    } else if (isSnapshot(data)) {
      performance.mark(`closer:snapshot-${data.state}`);
    } else if (isRejected(data)) {
      console.warn(`Closer's Python worker refused a message: ${data.reason}`);
    } else if (isReply(data) && pending.has(data.id)) {
      const { resolve: done, timer } = pending.get(data.id);
      clearTimeout(timer);
      pending.delete(data.id);
      done(worded(data.reply));
    }
  });
  worker.addEventListener("error", (event) => {
    const why = event.message || "the worker script could not be loaded";
    reject(new Error(why));
    failStart(navigator.onLine ? "error" : "offline", why);
  });
  worker.postMessage({ type: "setup", info, keep, snapshots: "caches" in window });
}

/** Start Python in its worker once; resolves when the worksheets can be evaluated. */
export function startPython() {
  if (ready) return ready;
  announceStage({ key: "download", words: () => stageWords("download") });
  ready = runtimeInfo().then(
    (info) =>
      new Promise((resolve, reject) => {
        if ("caches" in window) forgetOldRuntimes(info.files).catch(() => {});
        spawn(info, resolve, reject);
      }),
    (error) => {
      failStart(navigator.onLine ? "error" : "offline", error.message);
      throw error;
    },
  );
  return ready;
}

function call(fn, args) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(wordedError(t("Python took too long to answer, so it was restarted. Your answers are kept: try again.")));
      // A worker busy for this long is stuck: replace it, or every later call would wait too.
      stop(t("Python was restarted."));
    }, timing.evaluateTimeoutMs);
    pending.set(id, { resolve, reject, timer });
    // Read at each call, not at start: instant navigation can move between /en and /es pages.
    worker.postMessage({ type: "call", id, fn, args, lang: pageLanguage() });
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

/** A calendar file of the person's reminders, written by Python (worksheets/reminders.py);
 *  `today` ("2026-12-01") dates the file. */
export async function reminderFile(request, today) {
  await startPython();
  return call("reminder_json", [JSON.stringify(request), today]);
}
