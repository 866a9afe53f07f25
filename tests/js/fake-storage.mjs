// A localStorage stand-in for node --test: the Web Storage methods the modules use, with an
// optional quota so "storage is full" can be tested like a browser throws it.
export class FakeStorage {
  constructor(quota = Number.POSITIVE_INFINITY) {
    this.map = new Map();
    this.quota = quota;
  }
  get length() {
    return this.map.size;
  }
  key(i) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k) {
    return this.map.has(k) ? this.map.get(k) : null;
  }
  setItem(k, v) {
    const used = [...this.map].reduce((n, [a, b]) => n + a.length + b.length, 0) - (this.map.get(k)?.length ?? 0);
    if (used + k.length + String(v).length > this.quota) {
      const error = new Error("quota");
      error.name = "QuotaExceededError";
      throw error;
    }
    this.map.set(k, String(v));
  }
  removeItem(k) {
    this.map.delete(k);
  }
}

/** Install a fresh fake as window.localStorage (the modules read `window.localStorage`). */
export function installStorage(quota) {
  const storage = new FakeStorage(quota);
  globalThis.window = { localStorage: storage };
  return storage;
}
