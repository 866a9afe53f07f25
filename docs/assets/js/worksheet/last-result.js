// The last reflection a worksheet showed, kept for this tab (sessionStorage: gone when the tab
// closes, erased with everything else on "Your data"), so a reload shows it again at once,
// without waiting for Python, as long as the answers are still the ones it was made from.
import { storageKey } from "../shared/names.js";

const key = (id, profile) => storageKey(`last-result:${id}:${profile}`);

export function keepResult(id, profile, answers, result) {
  try {
    window.sessionStorage.setItem(key(id, profile), JSON.stringify({ answers, result }));
  } catch {
    /* full or blocked: the reflection is made again by Python instead */
  }
}

/** The kept result if it was made from exactly these answers, else null. */
export function keptResult(id, profile, answers) {
  try {
    const kept = JSON.parse(window.sessionStorage.getItem(key(id, profile)) || "null");
    return kept && JSON.stringify(kept.answers) === JSON.stringify(answers) ? kept.result : null;
  } catch {
    return null;
  }
}

export function forgetResult(id, profile) {
  try {
    window.sessionStorage.removeItem(key(id, profile));
  } catch {
    /* nothing kept */
  }
}
