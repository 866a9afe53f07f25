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

function evaluate({ id, worksheet, answers }) {
  const reply = JSON.parse(api.evaluate_json(worksheet, answers));
  self.postMessage({ type: "reply", id, reply });
}

const firstLine = (error) => (error && error.message ? error.message.split("\n")[0] : String(error));

async function handler(message) {
  if (message.type === "setup") {
    try {
      await setup(message.indexURL);
    } catch (error) {
      self.postMessage({ type: "failed", message: firstLine(error) });
    }
  } else if (message.type === "evaluate") {
    try {
      evaluate(message);
    } catch (error) {
      const reply = { ok: false, error: `Python could not evaluate this worksheet (${firstLine(error)}).` };
      self.postMessage({ type: "reply", id: message.id, reply });
    }
  }
}

self.addEventListener("message", (event) => handler(event.data));
