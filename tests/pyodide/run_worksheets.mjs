// Run worksheets in real Pyodide under Node, from the runtime copied into the built site, started
// by the page's own boot module (docs/assets/js/runtime/pyodide-boot.js).
// argv: SITE_DIR [normal|snapshot]. "snapshot": start normally, take the memory snapshot the
// browser would store, then answer every case from a Python restored from it (and check that a
// damaged snapshot is refused, so the browser falls back to a normal start).
// stdin: JSON list of {worksheet, answers, lang?} (lang: the page's language, "en" when absent);
// stdout: JSON {python, how, replies, refused}.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const site = path.resolve(process.argv[2]);
const mode = process.argv[3] || "normal";
const boot = await import(pathToFileURL(path.resolve("docs/assets/js/runtime/pyodide-boot.js")).href);
const raw = JSON.parse(readFileSync(path.join(site, "assets/data/runtime.json"), "utf8"));
const info = { ...raw, index: path.join(site, raw.index) + path.sep };
const pyodideModule = await import(pathToFileURL(`${info.index}pyodide.mjs`).href);
const wheel = readFileSync(path.join(site, raw.wheel.url));
const wheelBytes = () => Promise.resolve(wheel.buffer.slice(wheel.byteOffset, wheel.byteOffset + wheel.byteLength));

let started = await boot.startNormally(pyodideModule, info, wheelBytes(), { snapshots: mode === "snapshot" });
let refused = null;
if (mode === "snapshot") {
  const snapshot = boot.takeSnapshot(started.pyodide);
  const damaged = snapshot.slice();
  damaged.fill(0, 16, 48); // the build id Pyodide checks
  refused = await boot.startFromSnapshot(pyodideModule, info, damaged).then(
    () => false,
    () => true,
  );
  started = await boot.startFromSnapshot(pyodideModule, info, snapshot);
}
const cases = JSON.parse(readFileSync(0, "utf8"));
const replies = cases.map(({ worksheet, answers, lang = "en" }) => {
  const began = performance.now();
  const reply = JSON.parse(started.api.evaluate_json(worksheet, JSON.stringify(answers), lang));
  return { reply, ms: performance.now() - began };
});
const version = started.pyodide.runPython("import sys; sys.version.split()[0]");
process.stdout.write(JSON.stringify({ python: version, how: mode, replies, refused }));
