// The worker's logic as a pure handler: one page message in, replies out through `post`.
// It knows nothing of `self`, so node --test can drive it with a fake Pyodide.
import { isCall, isSetup } from "./protocol.js";

const firstLine = (error) => (error?.message ? error.message.split("\n")[0] : String(error));

/** A handler bound to a way of starting Python: `start(indexURL, post)` resolves to the API. */
export function createHandler(start) {
  let api = null;
  const handler = async (message, post) => {
    if (isSetup(message)) {
      try {
        api = await start(message.indexURL, post);
        post({ type: "ready" });
      } catch (error) {
        post({ type: "failed", message: firstLine(error) });
      }
    } else if (isCall(message)) {
      let reply;
      try {
        if (api === null) throw new Error("Python has not started");
        reply = JSON.parse(api[message.fn](...message.args));
      } catch (error) {
        reply = { ok: false, error: `Python could not evaluate this worksheet (${firstLine(error)}).` };
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
