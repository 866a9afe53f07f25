// The worker's fetch for the runtime's files: counts the bytes as they arrive (the page shows
// the download's progress), keeps each file in the runtime cache as it passes when the reader's
// choices allow it (so keeping it for offline use never downloads it twice), and gives up when
// nothing has arrived for STALL_MS (a stalled connection says so instead of waiting forever).
//
// A file already kept, or already in the browser's HTTP cache, is handed over untouched: a
// response rebuilt from a counted stream would lose the compiled-WebAssembly cache the browser
// keeps next to the original.

export const STALL_MS = 15000;

/** A failed download, with the reason the page words its message by (protocol.js FAILURES). */
export class DownloadFailed extends Error {
  constructor(message, reason) {
    super(message);
    this.name = "DownloadFailed";
    this.reason = reason;
  }
}

/**
 * @param {{ files: {url: string, bytes: number}[], cacheName: string, keep: boolean,
 *   onProgress: (loaded: number, total: number) => void, fetch?: typeof fetch,
 *   caches?: CacheStorage, stallMs?: number }} options
 */
export function createDownloader(options) {
  const realFetch = options.fetch || globalThis.fetch.bind(globalThis);
  const store = options.caches || globalThis.caches;
  const stallMs = options.stallMs ?? STALL_MS;
  const sizes = new Map(options.files.map((file) => [file.url, file.bytes]));
  const total = options.files.reduce((sum, file) => sum + file.bytes, 0);
  const arrived = new Map();
  const abort = new AbortController();
  let lastByte = Date.now();
  let active = 0;
  const puts = [];
  let failure = null;
  let rejectFailed;
  // Pyodide swallows a failed download of its core and never settles; this settles instead.
  const failed = new Promise((_, reject) => {
    rejectFailed = reject;
  });
  failed.catch(() => {});
  const fail = (error) => {
    failure ||= error;
    rejectFailed(failure);
    return failure;
  };

  const report = () => {
    let loaded = 0;
    for (const bytes of arrived.values()) loaded += bytes;
    options.onProgress(Math.min(loaded, total), total);
  };
  const done = (url) => {
    arrived.set(url, sizes.get(url) || 0);
    report();
  };

  const watchdog = setInterval(() => {
    if (active > 0 && Date.now() - lastByte > stallMs) {
      abort.abort(fail(new DownloadFailed("the download stopped: nothing arrived for 15 seconds", "stalled")));
    }
  }, 1000);

  function counted(url, response) {
    const reader = response.body.getReader();
    const body = new ReadableStream({
      async pull(controller) {
        try {
          const { value, done: finished } = await reader.read();
          if (finished) {
            active -= 1;
            controller.close();
            return;
          }
          lastByte = Date.now();
          arrived.set(url, (arrived.get(url) || 0) + value.byteLength);
          report();
          controller.enqueue(value);
        } catch (error) {
          active -= 1;
          controller.error(fail(failure || new DownloadFailed(`the download broke off (${error})`, "offline")));
        }
      },
      cancel(reason) {
        active -= 1;
        return reader.cancel(reason);
      },
    });
    // The body is already decoded: keep only its type (WebAssembly needs application/wasm).
    const headers = { "Content-Type": response.headers.get("Content-Type") || "" };
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  }

  /** @param {RequestInfo | URL} input @param {RequestInit} [init] */
  async function runtimeFetch(input, init) {
    const url = new URL(input instanceof Request ? input.url : String(input), globalThis.location?.href).href;
    if (!sizes.has(url)) return realFetch(input, init);
    if (failure) throw failure;
    const cache = store ? await store.open(options.cacheName) : null;
    const kept = cache ? await cache.match(url) : undefined;
    if (kept) {
      done(url);
      return kept;
    }
    const local = await realFetch(url, { cache: "only-if-cached", mode: "same-origin" }).catch(() => null);
    if (local?.ok) {
      done(url);
      if (options.keep && cache) puts.push(cache.put(url, local.clone()));
      return local;
    }
    active += 1;
    lastByte = Date.now();
    let response;
    try {
      response = await realFetch(url, { ...init, signal: abort.signal });
    } catch (error) {
      active -= 1;
      // fetch() rejects only when no answer came at all: no connection (or it stalled).
      // Offline only when the browser says so: a refused or broken request while online is an error.
      const reason = globalThis.navigator && globalThis.navigator.onLine !== false ? "error" : "offline";
      throw fail(failure || new DownloadFailed(`no connection (${error})`, reason));
    }
    if (!response.ok || !response.body) {
      active -= 1;
      const name = url.split("/").pop();
      throw fail(new DownloadFailed(`${name} could not be downloaded (HTTP ${response.status})`, "error"));
    }
    if (!(options.keep && cache)) return counted(url, response);
    // Keep and count the same bytes: one branch goes to the cache, the other to Pyodide.
    const [forCache, forPython] = response.body.tee();
    const headers = new Headers({ "Content-Type": response.headers.get("Content-Type") || "" });
    puts.push(cache.put(url, new Response(forCache, { status: response.status, headers })));
    return counted(url, new Response(forPython, { status: response.status, headers }));
  }

  return {
    fetch: runtimeFetch,
    /** Count a file that came another way (the module Pyodide imports itself). */
    arrived: done,
    /** Rejects with the first failed or stalled download. */
    failed,
    /** Settles once every file kept so far is in the cache. The copy to the cache is pumped by
     *  this worker's thread, which Python's start keeps busy: it can finish well after "ready". */
    kept: () => Promise.allSettled(puts),
    stop: () => clearInterval(watchdog),
  };
}
