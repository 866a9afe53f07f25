// Module Web Worker: Pyodide and the worksheets wheel, off the main thread. The logic is the
// pure handler in worker-handler.js; this file only starts Python and wires the listeners.
import { loadPyodide } from "../../pyodide/pyodide.mjs";
import { createHandler, firstLine } from "./worker-handler.js";

async function startPython(indexURL, post) {
  post({ type: "progress", stage: "loading" });
  const pyodide = await loadPyodide({
    indexURL,
    lockFileURL: `${indexURL}pyodide-lock.json`,
    stdout: () => {},
    stderr: () => {},
  });
  post({ type: "progress", stage: "package" });
  await pyodide.loadPackage("worksheets", { messageCallback: () => {}, errorCallback: () => {} });
  return pyodide.pyimport("worksheets.browser");
}

const post = (message) => self.postMessage(message);
const handler = createHandler(startPython);

// Pyodide reports a failed download of its core (e.g. the .wasm file) as an unhandled rejection
// and never settles loadPyodide(); turn that into a clear failure the page can retry.
self.addEventListener("unhandledrejection", (event) => {
  if (!handler.started()) post({ type: "failed", message: firstLine(event.reason) });
});

self.addEventListener("message", (event) => handler(event.data, post));
