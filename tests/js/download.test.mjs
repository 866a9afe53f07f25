// The worker's runtime download (docs/assets/js/runtime/download.js) with a fake network:
// kept from the same download (one request), counted, and a stalled download gives up.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createDownloader } from "../../docs/assets/js/runtime/download.js";

const URL_A = "http://x/assets/pyodide/1/a.wasm";

function fakeCaches() {
  const entries = new Map();
  return {
    entries,
    open: async () => ({
      match: async (url) => (entries.has(url) ? new Response(entries.get(url)) : undefined),
      put: async (url, response) => entries.set(url, new Uint8Array(await response.arrayBuffer())),
    }),
  };
}

function network(body) {
  const calls = [];
  const fetch = async (url, init = {}) => {
    calls.push({ url, cache: init.cache });
    if (init.cache === "only-if-cached") return new Response(null, { status: 504 });
    return new Response(body(), { headers: { "Content-Type": "application/wasm" } });
  };
  return { calls, fetch };
}

test("a file is counted as it arrives and kept from that same download", async () => {
  const caches = fakeCaches();
  const net = network(() => new Uint8Array(1000).fill(3));
  const seen = [];
  const downloads = createDownloader({
    files: [{ url: URL_A, bytes: 1000 }],
    cacheName: "r",
    keep: true,
    onProgress: (loaded, total) => seen.push([loaded, total]),
    fetch: net.fetch,
    caches,
  });
  const response = await downloads.fetch(URL_A);
  assert.equal(response.headers.get("Content-Type"), "application/wasm");
  assert.equal((await response.arrayBuffer()).byteLength, 1000);
  downloads.stop();
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(seen.at(-1), [1000, 1000]);
  assert.equal(net.calls.filter((c) => c.cache !== "only-if-cached").length, 1, "downloaded once");
  assert.equal(caches.entries.get(URL_A).byteLength, 1000, "kept for offline use");
  // A second start takes the kept copy: no request at all.
  const again = createDownloader({
    files: [{ url: URL_A, bytes: 1000 }],
    cacheName: "r",
    keep: true,
    onProgress() {},
    fetch: net.fetch,
    caches,
  });
  await (await again.fetch(URL_A)).arrayBuffer();
  again.stop();
  assert.equal(net.calls.length, 2);
});

test("with keep off (Save-Data), nothing is stored", async () => {
  const caches = fakeCaches();
  const net = network(() => new Uint8Array(10));
  const downloads = createDownloader({
    files: [{ url: URL_A, bytes: 10 }],
    cacheName: "r",
    keep: false,
    onProgress() {},
    fetch: net.fetch,
    caches,
  });
  await (await downloads.fetch(URL_A)).arrayBuffer();
  downloads.stop();
  assert.equal(caches.entries.size, 0);
});

test("a download with no bytes for the stall time fails as stalled", async () => {
  const net = network(() => new ReadableStream({ pull: () => new Promise(() => {}) }));
  const downloads = createDownloader({
    files: [{ url: URL_A, bytes: 10 }],
    cacheName: "r",
    keep: false,
    onProgress() {},
    fetch: net.fetch,
    caches: fakeCaches(),
    stallMs: 50,
  });
  const response = await downloads.fetch(URL_A);
  response.arrayBuffer().catch(() => {});
  await assert.rejects(downloads.failed, (error) => error.reason === "stalled");
  downloads.stop();
});

test("no connection fails as offline", async () => {
  const downloads = createDownloader({
    files: [{ url: URL_A, bytes: 10 }],
    cacheName: "r",
    keep: true,
    onProgress() {},
    fetch: async () => {
      throw new TypeError("Failed to fetch");
    },
    caches: fakeCaches(),
  });
  await assert.rejects(downloads.fetch(URL_A), (error) => error.reason === "offline");
  await assert.rejects(downloads.failed, (error) => error.reason === "offline");
  downloads.stop();
});
