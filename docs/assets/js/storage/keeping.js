// Keeping answers for the long run: ask the browser not to evict this site's storage (after the
// first answer is saved, when it means something), remember when answers were last saved to a
// file, and say gently when that was over a month ago. Browsers may clear a site's storage when
// space runs short or, in Safari, after days of use without a visit; a file is the safe copy.
import { STORAGE_PREFIX, storageKey } from "../shared/names.js";

const KEY = storageKey("keeping");
export const REMIND_AFTER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The channel tabs use to tell each other that everything was erased. */
export const channelName = `${STORAGE_PREFIX}tabs`;

/** { since?: ISO date of the first saved answer, exported?: ISO date, asked?: ISO date, kept?: bool } */
export function readKeeping() {
  try {
    const data = JSON.parse(window.localStorage.getItem(KEY) || "{}");
    return data && typeof data === "object" && !Array.isArray(data) ? data : {};
  } catch {
    return {};
  }
}

function writeKeeping(change) {
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ ...readKeeping(), ...change }));
  } catch {
    /* a reminder that cannot be kept is not worth a warning of its own */
  }
}

/** Whole days from `earlier` to `now` (ISO strings or Dates); NaN when unreadable. */
export function daysBetween(earlier, now) {
  return Math.floor((new Date(now).getTime() - new Date(earlier).getTime()) / DAY_MS);
}

/** Days since answers were last saved to a file, when a reminder is due; otherwise null. */
export function reminderDue(keeping, now = new Date()) {
  const since = keeping.exported || keeping.since;
  if (!since) return null;
  const days = daysBetween(since, now);
  return days >= REMIND_AFTER_DAYS ? { days, never: !keeping.exported } : null;
}

/** Called after every successful save of answers. */
export function noteSaved() {
  const keeping = readKeeping();
  if (!keeping.since) writeKeeping({ since: new Date().toISOString() });
  askToKeep(keeping);
}

let askedThisVisit = false;
/** Ask once per visit, and again a month after a refusal: the browser decides, often silently. */
function askToKeep(keeping) {
  if (askedThisVisit || keeping.kept || !navigator.storage?.persist) return;
  if (keeping.asked && daysBetween(keeping.asked, new Date()) < REMIND_AFTER_DAYS) return;
  askedThisVisit = true;
  navigator.storage
    .persist()
    .then((kept) => writeKeeping({ asked: new Date().toISOString(), kept }))
    .catch(() => {});
}

export function noteExported() {
  writeKeeping({ exported: new Date().toISOString() });
}
