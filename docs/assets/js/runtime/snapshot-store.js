// The memory snapshot on this device: gzip-compressed (CompressionStream) in Cache Storage,
// under a URL that names Pyodide's version and the wheel's sha256, so a new version or a new
// wheel never finds an old snapshot. Anything unreadable (truncated, corrupted, wrong size)
// reads as "no snapshot" and is removed; the caller then starts normally.
//
// The snapshot is taken right after Python starts, before any answer reaches it, so it holds
// nothing the reader wrote. "Erase everything" (pages/your-data.js) removes it with the other
// caches whose name ends with the site's address.

const SIZE = "X-Closer-Snapshot-Bytes";

/** @param {{ cacheName: string, base: string, caches?: CacheStorage }} where */
export function createSnapshotStore({ cacheName, base, caches = globalThis.caches }) {
  const url = (key) => new URL(`__snapshot__/${key}.bin.gz`, base).href;
  const open = () => caches.open(cacheName);

  async function drop(key) {
    await (await open()).delete(url(key));
  }

  return {
    /** The snapshot's bytes, or null (none, or unreadable: then it is removed). */
    async read(key) {
      const cache = await open();
      const response = await cache.match(url(key));
      if (!response?.body) return null;
      try {
        const expected = Number(response.headers.get(SIZE));
        const raw = new Uint8Array(
          await new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer(),
        );
        if (!expected || raw.byteLength !== expected) throw new Error("wrong size");
        return raw;
      } catch {
        await drop(key);
        return null;
      }
    },

    /** Store compressed; older snapshots of this site (other keys) are removed. */
    async write(key, bytes) {
      const cache = await open();
      for (const request of await cache.keys()) if (request.url !== url(key)) await cache.delete(request);
      const body = new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"));
      const response = new Response(body, {
        headers: { "Content-Type": "application/gzip", [SIZE]: String(bytes.byteLength) },
      });
      await cache.put(url(key), response);
    },

    drop,
    url,
  };
}
