// The worker protocol: a small vocabulary of named messages, one shape each, and a guard per
// message so that neither side acts on anything else.
//   page -> worker: { type: "setup", indexURL }
//                   { type: "call", id, fn, args }   fn: one of CALLABLE; answers travel as JSON
//                        strings, never as Python source
//   worker -> page: { type: "progress", stage }                    (stage: one of STAGES)
//                   { type: "ready" }
//                   { type: "failed", message }
//                   { type: "reply", id, reply }                     (reply: Python's JSON, parsed)
//                   { type: "rejected", reason }                     (a message the worker refused)
export const STAGES = {
  loading: "Loading Python (about 13 MB the first time, then from your browser's cache)…",
  package: "Loading the worksheets…",
  ready: "Python is ready.",
};

/** The only Python functions the page may call; each takes strings/numbers, returns JSON text. */
export const CALLABLE = Object.freeze(["evaluate_json", "compare_json", "migrate_json"]);

const isObject = (m) => typeof m === "object" && m !== null;

export const isSetup = (m) => isObject(m) && m.type === "setup" && typeof m.indexURL === "string";
export const isCall = (m) =>
  isObject(m) &&
  m.type === "call" &&
  Number.isInteger(m.id) &&
  CALLABLE.includes(m.fn) &&
  Array.isArray(m.args) &&
  m.args.every((a) => typeof a === "string" || typeof a === "number");

export const isProgress = (m) => isObject(m) && m.type === "progress" && m.stage in STAGES;
export const isReady = (m) => isObject(m) && m.type === "ready";
export const isFailed = (m) => isObject(m) && m.type === "failed" && typeof m.message === "string";
export const isReply = (m) => isObject(m) && m.type === "reply" && typeof m.id === "number";
export const isRejected = (m) => isObject(m) && m.type === "rejected" && typeof m.reason === "string";
