// The worker protocol: a small vocabulary of named messages, one shape each, and a guard per
// message so that neither side acts on anything else.
//   page -> worker: { type: "setup", info, keep, snapshots }  info: assets/data/runtime.json;
//                        keep: store the files for offline use as they arrive;
//                        snapshots: restore from / make a memory snapshot
//                   { type: "idle" }                 the page is idle: store the snapshot now
//                   { type: "call", id, fn, args, lang }   fn: one of CALLABLE; answers travel as
//                        JSON strings, never as Python source; lang: the page's language
//                        ("en", "es"), so one Python answers pages in either language
//   worker -> page: { type: "progress", stage, loaded?, total? }  (stage: one of STAGES)
//                   { type: "ready", how }           how: one of STARTS
//                   { type: "failed", message, reason }   reason: one of FAILURES
//                   { type: "snapshot", state }      state: "stored" | "dropped" (for the status)
//                   { type: "kept" }                 every file kept from this download is cached
//                   { type: "reply", id, reply }     (reply: Python's JSON, parsed; or, when the
//                        call itself failed, { ok: false, failure: "python", detail }: the page
//                        words it, since the worker has no catalog)
//                   { type: "rejected", reason }     (a message the worker refused)
export const STAGES = {
  download: "Downloading Python for the worksheets…",
  starting: "Starting Python…",
  package: "Loading the worksheets…",
  ready: "Python is ready.",
};

/** How Python started: restored from this device's snapshot, or a normal start. */
export const STARTS = Object.freeze(["snapshot", "normal", "fallback"]);

/** Why a start failed: no connection, a download that stopped, or anything else. */
export const FAILURES = Object.freeze(["offline", "stalled", "error"]);

/** The only Python functions the page may call; each takes strings/numbers, returns JSON text. */
export const CALLABLE = Object.freeze(["evaluate_json", "compare_json", "migrate_json", "reminder_json"]);

const isObject = (m) => typeof m === "object" && m !== null;

export const isSetup = (m) =>
  isObject(m) &&
  m.type === "setup" &&
  isObject(m.info) &&
  typeof m.info.index === "string" &&
  typeof m.keep === "boolean" &&
  typeof m.snapshots === "boolean";
export const isIdle = (m) => isObject(m) && m.type === "idle";
export const isCall = (m) =>
  isObject(m) &&
  m.type === "call" &&
  Number.isInteger(m.id) &&
  CALLABLE.includes(m.fn) &&
  Array.isArray(m.args) &&
  m.args.every((a) => typeof a === "string" || typeof a === "number") &&
  typeof m.lang === "string" &&
  /^[a-z]{2,3}$/.test(m.lang);

export const isProgress = (m) => isObject(m) && m.type === "progress" && m.stage in STAGES;
export const isReady = (m) => isObject(m) && m.type === "ready" && STARTS.includes(m.how);
export const isFailed = (m) =>
  isObject(m) && m.type === "failed" && typeof m.message === "string" && FAILURES.includes(m.reason);
export const isKept = (m) => isObject(m) && m.type === "kept";
export const isSnapshot = (m) => isObject(m) && m.type === "snapshot" && typeof m.state === "string";
export const isReply = (m) => isObject(m) && m.type === "reply" && typeof m.id === "number";
export const isRejected = (m) => isObject(m) && m.type === "rejected" && typeof m.reason === "string";
