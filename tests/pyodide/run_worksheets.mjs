// Run worksheets in real Pyodide under Node, from the runtime copied into the built site.
// stdin: JSON list of {worksheet, answers}; stdout: JSON list of Python's replies.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const runtime = path.resolve(process.argv[2]) + path.sep;
const { loadPyodide } = await import(pathToFileURL(`${runtime}pyodide.mjs`).href);
const pyodide = await loadPyodide({
  indexURL: runtime,
  lockFileURL: `${runtime}pyodide-lock.json`,
  stdout: () => {},
  stderr: (line) => process.stderr.write(`${line}\n`),
});
await pyodide.loadPackage("worksheets", { messageCallback: () => {} });
const api = pyodide.pyimport("worksheets.browser");
const cases = JSON.parse(readFileSync(0, "utf8"));
const replies = cases.map(({ worksheet, answers }) => {
  const started = performance.now();
  const reply = JSON.parse(api.evaluate_json(worksheet, JSON.stringify(answers)));
  return { reply, ms: performance.now() - started };
});
const version = pyodide.runPython("import sys; sys.version.split()[0]");
process.stdout.write(JSON.stringify({ python: version, replies }));
