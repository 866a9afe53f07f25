// The Python runtime's files and the cache that keeps them for offline use. The build lists
// them in assets/data/runtime.json (macros/runtime.py); every URL holds the Pyodide version or
// the wheel's hash, so a kept file never goes stale. The service worker answers from this cache
// (macros/sw-build.mjs, same name) and never fills it: the page decides what is kept, and when.
import { siteRoot } from "../shared/paths.js";

/** The cache's name ends with the site's address, like the precache's (see pages/your-data.js). */
export const RUNTIME_CACHE = `closer-runtime-${siteRoot.href}`;

let info = null;

/**
 * The build's description of the runtime, with absolute URLs.
 * @returns {Promise<{pyodide: string, index: string, wheel: {url: string, sha256: string},
 *   lock: object, files: {url: string, bytes: number}[], total: number}>}
 */
export function runtimeInfo() {
  if (!info) {
    info = fetch(new URL("assets/data/runtime.json", siteRoot)).then(async (response) => {
      if (!response.ok) throw new Error(`the runtime's description could not be loaded (HTTP ${response.status})`);
      const data = await response.json();
      const absolute = (path) => new URL(path, siteRoot).href;
      const files = data.files.map((file) => ({ url: absolute(file.url), bytes: file.bytes }));
      return {
        ...data,
        index: absolute(data.index),
        wheel: { ...data.wheel, url: absolute(data.wheel.url) },
        files,
        total: files.reduce((sum, file) => sum + file.bytes, 0),
      };
    });
    info.catch(() => {
      info = null; // a later start tries again
    });
  }
  return info;
}

/** The browser asks sites to save data (a metered or slow connection). */
export function savesData() {
  return Boolean(/** @type {any} */ (navigator).connection?.saveData);
}

/** How many of the runtime's files are kept, and how many there are. */
export async function keptFiles() {
  if (!("caches" in globalThis)) return { kept: 0, of: 1 };
  const { files } = await runtimeInfo();
  const cache = await caches.open(RUNTIME_CACHE);
  const found = await Promise.all(files.map((file) => cache.match(file.url)));
  return { kept: found.filter(Boolean).length, of: files.length };
}

export async function runtimeKept() {
  const { kept, of } = await keptFiles();
  return kept === of;
}

/**
 * Keep every runtime file not yet kept. `force-cache` takes what the browser already
 * downloaded (e.g. for a worksheet started before the service worker was ready), so nothing is
 * downloaded twice. onProgress(loaded, total) follows the bytes.
 */
export async function keepRuntime(onProgress = (_loaded, _total) => {}) {
  const { files, total } = await runtimeInfo();
  const cache = await caches.open(RUNTIME_CACHE);
  let loaded = 0;
  for (const file of files) {
    if (await cache.match(file.url)) {
      loaded += file.bytes;
      onProgress(loaded, total);
      continue;
    }
    const response = await fetch(file.url, { cache: "force-cache" });
    if (!response.ok) throw new Error(`${file.url} could not be downloaded (HTTP ${response.status})`);
    await cache.put(file.url, response);
    loaded += file.bytes;
    onProgress(loaded, total);
  }
  await forgetOldRuntimes(files);
}

/** Remove kept files that the current build no longer lists (an earlier version or wheel). */
export async function forgetOldRuntimes(files) {
  const current = new Set(files.map((file) => file.url));
  const cache = await caches.open(RUNTIME_CACHE);
  for (const request of await cache.keys()) if (!current.has(request.url)) await cache.delete(request);
}
