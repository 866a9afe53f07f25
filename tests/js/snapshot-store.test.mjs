// The snapshot store (docs/assets/js/runtime/snapshot-store.js) on an in-memory Cache Storage:
// what is written reads back byte for byte; anything damaged reads as "no snapshot" and is gone.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createSnapshotStore } from "../../docs/assets/js/runtime/snapshot-store.js";

function memoryCaches() {
  const stores = new Map();
  const cache = (entries) => ({
    match: async (url) => {
      const found = entries.get(String(url));
      return found ? new Response(found.body, { headers: found.headers }) : undefined;
    },
    put: async (url, response) => {
      entries.set(String(url), { body: new Uint8Array(await response.arrayBuffer()), headers: response.headers });
    },
    delete: async (url) => entries.delete(typeof url === "string" ? url : url.url),
    keys: async () => [...entries.keys()].map((url) => ({ url })),
    entries,
  });
  return {
    open: async (name) => {
      if (!stores.has(name)) stores.set(name, cache(new Map()));
      return stores.get(name);
    },
  };
}

const bytes = () => {
  const data = new Uint8Array(300_000);
  for (let i = 0; i < data.length; i += 1) data[i] = (i * 7) % 251;
  return data;
};

function store() {
  const caches = memoryCaches();
  return { caches, snapshots: createSnapshotStore({ cacheName: "c", base: "http://x/", caches }) };
}

test("a stored snapshot reads back identical, and is stored compressed", async () => {
  const { caches, snapshots } = store();
  await snapshots.write("314.0.7/abc", bytes());
  assert.deepEqual(await snapshots.read("314.0.7/abc"), bytes());
  const [entry] = (await caches.open("c")).entries.values();
  assert.ok(entry.body.byteLength < bytes().byteLength / 2, "gzip-compressed");
});

test("another key (a new wheel or Pyodide) finds nothing, and writing it removes the old one", async () => {
  const { caches, snapshots } = store();
  await snapshots.write("314.0.7/old", bytes());
  assert.equal(await snapshots.read("314.0.7/new"), null);
  await snapshots.write("314.0.7/new", bytes());
  assert.equal((await caches.open("c")).entries.size, 1);
});

test("a corrupted or truncated snapshot reads as none and is removed", async () => {
  for (const damage of [(b) => b.fill(7, 20, 60), (b) => b.subarray(0, b.length - 9)]) {
    const { caches, snapshots } = store();
    await snapshots.write("k", bytes());
    const cache = await caches.open("c");
    const [url] = cache.entries.keys();
    const entry = cache.entries.get(url);
    cache.entries.set(url, { ...entry, body: damage(entry.body) });
    assert.equal(await snapshots.read("k"), null);
    assert.equal(cache.entries.size, 0);
  }
});
