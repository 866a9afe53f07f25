// Starting Pyodide with the worksheets package, normally or from a memory snapshot. The only
// module that touches Pyodide's private snapshot options (`_makeSnapshot`, `_loadSnapshot`,
// `makeMemorySnapshot`): they are pinned to PINNED and to nothing else. Runs in the worker and
// under Node (tests/pyodide/run_worksheets.mjs drives the same functions).
//
// Why the wheel is unpacked here instead of `loadPackage("worksheets")`: loadPackage records the
// package in a JavaScript object that Python holds, and a memory snapshot refuses to serialise
// it ("Unexpected hiwire entry"). So the wheel's sha256 is checked here, the wheel unpacked
// into site-packages, and every worksheets module imported before the snapshot is taken: a
// restored Python has them all in memory (its file system starts empty but for the stdlib).

/** The Pyodide version whose private snapshot API this module was written and tested against. */
export const PINNED = "314.0.7";

const IMPORT_ALL = `
import importlib, pkgutil, worksheets
for _module in pkgutil.walk_packages(worksheets.__path__, "worksheets."):
    importlib.import_module(_module.name)
`;

const quiet = { stdout: () => {}, stderr: () => {} };

async function sha256(bytes) {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Snapshots work only with the exact version they were written for. */
export function snapshotsSupported(pyodideModule) {
  return pyodideModule.version === PINNED;
}

/** What a snapshot belongs to: Pyodide's version and the wheel's hash (Pyodide adds its build id). */
export function snapshotKey(info) {
  return `${info.pyodide}/${info.wheel.sha256}`;
}

function options(info, extra) {
  return { indexURL: info.index, lockFileContents: info.lock, packageBaseUrl: info.index, ...quiet, ...extra };
}

/**
 * A normal start: Pyodide, then the wheel (checked against its sha256), then every module.
 * With `snapshots`, the result can make a memory snapshot (takeSnapshot) before its first call.
 * @returns {Promise<{pyodide: any, api: any}>}
 */
export async function startNormally(pyodideModule, info, wheel, { snapshots = false, onStage = (_s) => {} } = {}) {
  const pyodide = await pyodideModule.loadPyodide(
    options(info, snapshots && snapshotsSupported(pyodideModule) ? { _makeSnapshot: true } : {}),
  );
  onStage("package");
  const bytes = new Uint8Array(await wheel);
  if ((await sha256(bytes)) !== info.wheel.sha256) {
    throw new Error("the worksheets package does not match its checksum");
  }
  pyodide.unpackArchive(bytes, "wheel");
  pyodide.runPython(IMPORT_ALL);
  return { pyodide, api: pyodide.pyimport("worksheets.browser") };
}

/** A start from a snapshot this device made earlier; throws if it does not fit. */
export async function startFromSnapshot(pyodideModule, info, snapshot) {
  if (!snapshotsSupported(pyodideModule)) throw new Error(`snapshots need Pyodide ${PINNED}`);
  const pyodide = await pyodideModule.loadPyodide(options(info, { _loadSnapshot: snapshot }));
  const api = pyodide.pyimport("worksheets.browser");
  // A snapshot that restores but cannot run must not pass for a working start.
  const probe = JSON.parse(api.evaluate_json("", "{}"));
  if (probe.ok !== false || typeof probe.error !== "string") throw new Error("the restored Python does not answer");
  return { pyodide, api };
}

/** The memory of a started Python, before anything of the reader's has been in it. */
export function takeSnapshot(pyodide) {
  return pyodide.makeMemorySnapshot();
}
