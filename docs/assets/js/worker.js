// Module Web Worker: Pyodide and the worksheets wheel, off the main thread.
// Answers arrive as a JSON string and are passed to Python as an argument, never as source.
import { loadPyodide } from "../pyodide/pyodide.mjs";

let api = null;

async function setup(indexURL) {
  self.postMessage({ type: "progress", stage: "loading" });
  const pyodide = await loadPyodide({
    indexURL,
    lockFileURL: `${indexURL}pyodide-lock.json`,
    stdout: () => {},
    stderr: () => {},
  });
  self.postMessage({ type: "progress", stage: "package" });
  await pyodide.loadPackage("worksheets", { messageCallback: () => {}, errorCallback: () => {} });
  api = pyodide.pyimport("worksheets.browser");
  self.postMessage({ type: "ready" });
}

// The only Python functions the page may call; each takes strings/numbers, returns JSON text.
const CALLABLE = new Set(["evaluate_json", "compare_json", "migrate_json"]);

function call({ id, fn, args }) {
  if (!CALLABLE.has(fn)) throw new Error(`unknown function ${fn}`);
  self.postMessage({ type: "reply", id, reply: JSON.parse(api[fn](...args)) });
}

const firstLine = (error) => (error && error.message ? error.message.split("\n")[0] : String(error));

async function handler(message) {
  if (message.type === "setup") {
    try {
      await setup(message.indexURL);
    } catch (error) {
      self.postMessage({ type: "failed", message: firstLine(error) });
    }
  } else if (message.type === "call") {
    try {
      call(message);
    } catch (error) {
      const reply = { ok: false, error: `Python could not evaluate this worksheet (${firstLine(error)}).` };
      self.postMessage({ type: "reply", id: message.id, reply });
    }
  }
}

// Pyodide reports a failed download of its core (e.g. the .wasm file) as an unhandled rejection
// and never settles loadPyodide(); turn that into a clear failure the page can retry.
self.addEventListener("unhandledrejection", (event) => {
  if (api === null) self.postMessage({ type: "failed", message: firstLine(event.reason) });
});

self.addEventListener("message", (event) => handler(event.data));
