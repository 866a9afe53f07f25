// Module Web Worker: Pyodide and the worksheets wheel, off the main thread. The logic is the
// pure handler in worker-handler.js; this file starts Python (pyodide-boot.js), from this
// device's memory snapshot when there is a good one, and wires the listeners.
import { siteRoot } from "../shared/paths.js";
import { createDownloader, DownloadFailed } from "./download.js";
import { snapshotKey, snapshotsSupported, startFromSnapshot, startNormally, takeSnapshot } from "./pyodide-boot.js";
import { RUNTIME_CACHE } from "./runtime-files.js";
import { createSnapshotStore } from "./snapshot-store.js";
import { createHandler, firstLine } from "./worker-handler.js";

const SNAPSHOT_CACHE = `closer-snapshot-${siteRoot.href}`;

function progressPoster(post) {
  let shown = -1;
  let starting = false;
  return (loaded, total) => {
    if (starting) return;
    if (loaded >= total) {
      starting = true;
      post({ type: "progress", stage: "starting" });
      return;
    }
    const percent = Math.floor((loaded / total) * 100);
    if (percent === shown) return;
    shown = percent;
    post({ type: "progress", stage: "download", loaded, total });
  };
}

function snapshotStore(wanted) {
  if (!wanted || !("caches" in self) || !("DecompressionStream" in self)) return null;
  return createSnapshotStore({ cacheName: SNAPSHOT_CACHE, base: siteRoot.href });
}

async function startPython({ info, keep, snapshots }, post) {
  const file = (name) => `${info.index}${name}`;
  const onProgress = progressPoster(post);
  const downloads = createDownloader({ files: info.files, cacheName: RUNTIME_CACHE, keep, onProgress });
  const realFetch = self.fetch;
  self.fetch = downloads.fetch; // Pyodide's own fetches (the .wasm, the stdlib) are counted too
  const settle = (work) => Promise.race([work, downloads.failed]);
  try {
    onProgress(0, info.total);
    const pyodideModule = await settle(import(file("pyodide.mjs")));
    downloads.arrived(file("pyodide.mjs"));
    if (keep) {
      // Pyodide imports this one itself, past any fetch; fetched here first, it is counted and
      // kept, and the import then finds it in the cache.
      await settle(downloads.fetch(file("pyodide.asm.mjs")).then((r) => r.arrayBuffer()));
    } else downloads.arrived(file("pyodide.asm.mjs"));
    const wheel = settle(downloads.fetch(info.wheel.url).then((r) => r.arrayBuffer()));
    wheel.catch(() => {});

    const store = snapshotStore(snapshots && snapshotsSupported(pyodideModule));
    const key = snapshotKey(info);
    let how = "normal";
    const saved = store ? await store.read(key).catch(() => null) : null;
    if (saved) {
      try {
        const { api } = await settle(startFromSnapshot(pyodideModule, info, saved));
        return { api, how: "snapshot" };
      } catch (error) {
        if (error instanceof DownloadFailed) throw error;
        await store.drop(key).catch(() => {});
        how = "fallback"; // the reader notices nothing but the time a normal start takes
      }
    }
    const onStage = (stage) => post({ type: "progress", stage });
    const { pyodide, api } = await settle(
      startNormally(pyodideModule, info, wheel, { snapshots: Boolean(store), onStage }),
    );
    const capture = store
      ? () => {
          const bytes = takeSnapshot(pyodide);
          return () => store.write(key, bytes);
        }
      : undefined;
    return { api, how, capture };
  } catch (error) {
    if (error instanceof DownloadFailed) throw error;
    // A module import that failed for want of a connection names no reason: ask the browser.
    const reason = self.navigator.onLine === false ? "offline" : "error";
    throw Object.assign(new Error(firstLine(error)), { reason });
  } finally {
    downloads.stop();
    self.fetch = realFetch;
    // The page then keeps what came another way (runtime/runtime-files.js keepRuntime).
    if (keep) downloads.kept().then(() => post({ type: "kept" }));
  }
}

const post = (message) => self.postMessage(message);
const handler = createHandler(startPython);

// Pyodide reports some failures only as an unhandled rejection and never settles
// loadPyodide(); turn that into a clear failure the page can retry.
self.addEventListener("unhandledrejection", (event) => {
  if (!handler.started()) post({ type: "failed", message: firstLine(event.reason), reason: "error" });
});

self.addEventListener("message", (event) => handler(event.data, post));
