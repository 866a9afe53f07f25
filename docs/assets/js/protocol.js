// The worker protocol: a small vocabulary of named messages, one shape each.
//   page -> worker: { type: "setup", indexURL }
//                   { type: "call", id, fn, args }   fn: evaluate_json(worksheet, answers) |
//                        compare_json(worksheet, mine, theirs) | migrate_json(worksheet, from, answers);
//                        answers travel as JSON strings, never as Python source
//   worker -> page: { type: "progress", stage }                    (stage: one of STAGES)
//                   { type: "ready" }
//                   { type: "failed", message }
//                   { type: "reply", id, reply }                     (reply: Python's JSON, parsed)
export const STAGES = {
  loading: "Loading Python (about 13 MB the first time, then from your browser's cache)…",
  package: "Loading the worksheets…",
  ready: "Python is ready.",
};

export const isProgress = (m) => m && m.type === "progress" && m.stage in STAGES;
export const isReady = (m) => m && m.type === "ready";
export const isFailed = (m) => m && m.type === "failed" && typeof m.message === "string";
export const isReply = (m) => m && m.type === "reply" && typeof m.id === "number";
