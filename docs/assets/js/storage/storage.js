// Saved answers: one localStorage record per worksheet, plus an index of what exists.
// Keys carry the site path, the worksheet id and its version; a failed write is reported,
// never swallowed, so the page can tell the reader their answers are not being kept.
import { STORAGE_PREFIX, storageKey } from "../shared/names.js";

export const FORMAT = 1;
const indexKey = storageKey("index");

/** Profiles: "self" (the reader) and, in partner mode, "partner" (the other person). */
export function recordKey(worksheet, version, profile = "self") {
  const base = storageKey(`${worksheet}:v${version}`);
  return profile === "self" ? base : `${base}:${profile}`;
}

function isRecord(value, worksheet, version) {
  return (
    value !== null &&
    typeof value === "object" &&
    value.worksheet === worksheet &&
    value.version === version &&
    value.answers !== null &&
    typeof value.answers === "object" &&
    !Array.isArray(value.answers)
  );
}

/** { status: "empty" | "ok" | "corrupt" | "newer" | "unavailable", record? } */
export function load(worksheet, version, profile = "self") {
  let raw;
  try {
    raw = window.localStorage.getItem(recordKey(worksheet, version, profile));
  } catch {
    return { status: "unavailable" };
  }
  if (raw === null) return { status: "empty" };
  try {
    const record = JSON.parse(raw);
    if (!isRecord(record, worksheet, version)) return { status: "corrupt" };
    // A record written by a newer storage format is kept untouched rather than misread.
    return Number.isInteger(record.format) && record.format > FORMAT ? { status: "newer" } : { status: "ok", record };
  } catch {
    return { status: "corrupt" };
  }
}

function failure(error) {
  const quota = error && (error.name === "QuotaExceededError" || error.code === 22);
  return { ok: false, reason: quota ? "full" : "unavailable" };
}

function readIndex() {
  try {
    const index = JSON.parse(window.localStorage.getItem(indexKey) || "null");
    if (index && index.format === FORMAT && typeof index.records === "object") return index;
  } catch {
    /* a damaged index is rebuilt from the records themselves */
  }
  return { format: FORMAT, records: {} };
}

function writeIndex(update) {
  // The index is a convenience (every reader can rebuild it from the records): a failure to
  // write it never turns a record that was kept into one reported as lost.
  try {
    const index = readIndex();
    update(index.records);
    window.localStorage.setItem(indexKey, JSON.stringify(index));
    return true;
  } catch {
    return false;
  }
}

function recordText(worksheet, version, answers, profile, extra, updated) {
  return JSON.stringify({ ...extra, format: FORMAT, worksheet, version, profile, answers, updated });
}

/** Save answers; returns { ok: true, updated } or { ok: false, reason: "full" | "unavailable" }.
 *  `extra` carries fields kept beside the answers, e.g. `earlier` (answers a migration could
 *  not carry over, shown until the reader dismisses them). */
export function save(worksheet, version, answers, profile = "self", extra = {}) {
  // An imported record keeps the date it was last changed (extra.updated); a new save is dated now.
  const updated = typeof extra.updated === "string" ? extra.updated : new Date().toISOString();
  const key = recordKey(worksheet, version, profile);
  try {
    window.localStorage.setItem(key, recordText(worksheet, version, answers, profile, extra, updated));
  } catch (error) {
    return failure(error);
  }
  writeIndex((records) => {
    records[key] = { worksheet, version, profile, updated };
  });
  return { ok: true, updated };
}

/** Save many records as one change (an import): every record is written, then the index once.
 *  If any write fails, every key is put back as it was, so the batch is all or nothing.
 *  items: [{ worksheet, version, answers, profile, extra }]. */
export function saveMany(items) {
  const now = new Date().toISOString();
  const rows = items.map((item) => {
    const extra = item.extra || {};
    const updated = typeof extra.updated === "string" ? extra.updated : now;
    const key = recordKey(item.worksheet, item.version, item.profile);
    return {
      ...item,
      key,
      updated,
      text: recordText(item.worksheet, item.version, item.answers, item.profile, extra, updated),
    };
  });
  const before = new Map();
  try {
    for (const row of rows) {
      if (!before.has(row.key)) before.set(row.key, window.localStorage.getItem(row.key));
      window.localStorage.setItem(row.key, row.text);
    }
  } catch (error) {
    for (const [key, value] of before) {
      try {
        if (value === null) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, value);
      } catch {
        /* putting back an older, smaller value does not need more room */
      }
    }
    return failure(error);
  }
  writeIndex((records) => {
    for (const row of rows) {
      records[row.key] = { worksheet: row.worksheet, version: row.version, profile: row.profile, updated: row.updated };
    }
  });
  return { ok: true, count: rows.length, previous: [...before] };
}

/** Put keys back as they were before a saveMany (its `previous`), e.g. to undo an import. */
export function restoreRaw(previous) {
  try {
    for (const [key, value] of previous) {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    }
  } catch (error) {
    return failure(error);
  }
  writeIndex((records) => {
    for (const [key, value] of previous) {
      if (value === null) delete records[key];
    }
  });
  return { ok: true };
}

/** The newest readable record saved under an earlier version of this worksheet, if any. */
export function findOlder(worksheet, version, profile = "self") {
  for (let older = version - 1; older >= 1; older -= 1) {
    const found = load(worksheet, older, profile);
    if (found.status === "ok") return { version: older, record: found.record };
  }
  return null;
}

/** The raw stored text of a record (to let the reader save a damaged one to a file). */
export function rawRecord(worksheet, version, profile = "self") {
  try {
    return window.localStorage.getItem(recordKey(worksheet, version, profile));
  } catch {
    return null;
  }
}

/** Keep a copy of a damaged record beside it, so new answers never overwrite the only copy. */
export function backupDamaged(worksheet, version, profile = "self") {
  const raw = rawRecord(worksheet, version, profile);
  try {
    if (raw !== null) window.localStorage.setItem(`${recordKey(worksheet, version, profile)}:damaged`, raw);
    return true;
  } catch {
    return false;
  }
}

export function remove(worksheet, version, profile = "self") {
  const key = recordKey(worksheet, version, profile);
  try {
    window.localStorage.removeItem(key);
  } catch (error) {
    return failure(error);
  }
  writeIndex((records) => {
    delete records[key];
  });
  return { ok: true };
}

/** A named copy kept beside a record (e.g. "cleared": the answers before "Clear answers"). */
export function keepCopy(worksheet, version, profile, name, value) {
  try {
    window.localStorage.setItem(`${recordKey(worksheet, version, profile)}:${name}`, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function readCopy(worksheet, version, profile, name) {
  try {
    return JSON.parse(window.localStorage.getItem(`${recordKey(worksheet, version, profile)}:${name}`) || "null");
  } catch {
    return null;
  }
}

/** Suffixes of the copies kept beside records: never listed as records themselves. */
const COPY_SUFFIXES = [":damaged", ":cleared", ":replaced"];

/** Every readable saved record of this site, all profiles (unreadable ones are skipped, not deleted). */
export function listRecords() {
  const records = [];
  try {
    for (let i = 0; i < window.localStorage.length; i += 1) {
      const key = window.localStorage.key(i);
      if (!key?.startsWith(STORAGE_PREFIX) || key === indexKey || COPY_SUFFIXES.some((end) => key.endsWith(end)))
        continue;
      try {
        const record = JSON.parse(window.localStorage.getItem(key));
        if (record && typeof record.worksheet === "string" && record.answers && typeof record.answers === "object") {
          const profile = record.profile || "self";
          records.push({
            worksheet: record.worksheet,
            version: record.version,
            profile,
            answers: record.answers,
            updated: record.updated,
            // Answers a migration could not carry over belong to the record: they travel with it.
            ...(Array.isArray(record.earlier) && record.earlier.length ? { earlier: record.earlier } : {}),
          });
        }
      } catch {
        /* a damaged record is reported where its worksheet is shown */
      }
    }
  } catch {
    /* storage unavailable: there is nothing to list */
  }
  return records;
}
