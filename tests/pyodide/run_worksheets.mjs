// Run worksheets in real Pyodide under Node, from the runtime copied into the built site, started
// by the page's own boot module (docs/assets/js/runtime/pyodide-boot.js), as the browser does:
// a normal start that can make a memory snapshot, the snapshot taken before any answer reaches
// Python, every case answered by that Python; then a damaged snapshot (must be refused, so the
// browser falls back to a normal start) and the good one restored, answering every case again.
// One Node process for both starts: each costs a Pyodide boot.
// argv: SITE_DIR. stdin: JSON list of {worksheet, answers, lang?} (lang: the page's language,
// "en" when absent). stdout: JSON {python, normal, snapshot, refused}; normal and snapshot are
// lists of {reply, ms}, one per case.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const site = path.resolve(process.argv[2]);
const boot = await import(pathToFileURL(path.resolve("docs/assets/js/runtime/pyodide-boot.js")).href);
const raw = JSON.parse(readFileSync(path.join(site, "assets/data/runtime.json"), "utf8"));
const info = { ...raw, index: path.join(site, raw.index) + path.sep };
const pyodideModule = await import(pathToFileURL(`${info.index}pyodide.mjs`).href);
const wheel = readFileSync(path.join(site, raw.wheel.url));
const wheelBytes = () => Promise.resolve(wheel.buffer.slice(wheel.byteOffset, wheel.byteOffset + wheel.byteLength));
const cases = JSON.parse(readFileSync(0, "utf8"));

const answerAll = (api) =>
  cases.map(({ worksheet, answers, lang = "en" }) => {
    const began = performance.now();
    const reply = JSON.parse(api.evaluate_json(worksheet, JSON.stringify(answers), lang));
    return { reply, ms: performance.now() - began };
  });

const started = await boot.startNormally(pyodideModule, info, wheelBytes(), { snapshots: true });
const snapshot = boot.takeSnapshot(started.pyodide);
const normal = answerAll(started.api);
const version = started.pyodide.runPython("import sys; sys.version.split()[0]");

const damaged = snapshot.slice();
damaged.fill(0, 16, 48); // the build id Pyodide checks
const refused = await boot.startFromSnapshot(pyodideModule, info, damaged).then(
  () => false,
  () => true,
);
const restored = await boot.startFromSnapshot(pyodideModule, info, snapshot);
process.stdout.write(JSON.stringify({ python: version, normal, snapshot: answerAll(restored.api), refused }));
