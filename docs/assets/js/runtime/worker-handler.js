// The worker's logic as a pure handler: one page message in, replies out through `post`.
// It knows nothing of `self`, so node --test can drive it with a fake Pyodide.
import { FAILURES, isCall, isIdle, isSetup } from "./protocol.js";

const firstLine = (error) => (error?.message ? error.message.split("\n")[0] : String(error));
const reasonOf = (error) => (FAILURES.includes(error?.reason) ? error.reason : "error");

/**
 * A handler bound to a way of starting Python. `start(setup, post)` resolves to
 * `{ api, how, capture? }`: the worksheets' Python functions, how Python started, and, after a
 * normal start, `capture()`, which copies Python's memory at once (before any answer reaches it)
 * and returns `save()`, run when the page says it is idle.
 */
export function createHandler(start) {
  let api = null;
  let save = null;
  const handler = async (message, post) => {
    if (isSetup(message)) {
      let started;
      try {
        started = await start(message, post);
      } catch (error) {
        post({ type: "failed", message: firstLine(error), reason: reasonOf(error) });
        return;
      }
      api = started.api;
      post({ type: "ready", how: started.how });
      // Synchronously after "ready": no call can have run in between.
      try {
        save = started.capture ? started.capture() : null;
      } catch {
        save = null; // no snapshot this time; the next start is a normal one
      }
    } else if (isIdle(message)) {
      if (!save) return;
      const saving = save;
      save = null;
      try {
        await saving();
        post({ type: "snapshot", state: "stored" });
      } catch {
        post({ type: "snapshot", state: "dropped" });
      }
    } else if (isCall(message)) {
      let reply;
      try {
        if (api === null) throw new Error("Python has not started");
        // The language is every callable's last argument (Python's `lang`).
        reply = JSON.parse(api[message.fn](...message.args, message.lang));
      } catch (error) {
        // No words here: the worker has no catalog. The page says it in its language (runtime.js).
        reply = { ok: false, failure: "python", detail: firstLine(error) };
      }
      post({ type: "reply", id: message.id, reply });
    } else {
      const type = message && typeof message.type === "string" ? message.type : typeof message;
      post({ type: "rejected", reason: `unknown or malformed message (${type.slice(0, 40)})` });
    }
  };
  handler.started = () => api !== null;
  return handler;
}

export { firstLine };
