// A link in the address: a page opened from `…/page/#name=value` (a partner's answers, a
// client's answers, a homework plan) reads the part after "#", which no browser sends to any
// server, when it mounts and each time a link is pasted into the address bar of this very page
// (only the fragment changes: `hashchange`, no new page load). What the link holds is private, so
// the page takes it out of the address (and this page's history entry) once it has it. Material's
// instant loading may swap in a fresh copy of this page for a pasted link; the copy being
// unmounted then puts the link back, so the fresh copy reads it again.

/** The part of `hash` ("#partner=…") after `name=`, or null when the fragment is not ours. */
export function fragmentValue(hash, name) {
  const prefix = `#${name}=`;
  return typeof hash === "string" && hash.startsWith(prefix) ? hash.slice(prefix.length) : null;
}

/**
 * @typedef {object} Found
 * @property {string} name the fragment's name, one of those watched ("partner" in `#partner=…`)
 * @property {string} value what follows `name=`
 */

/**
 * The first of `names` whose fragment `hash` is, with its value; null when it is none of them.
 * @param {string} hash
 * @param {readonly string[]} names
 * @returns {Found | null}
 */
export function linkIn(hash, names) {
  for (const name of names) {
    const value = fragmentValue(hash, name);
    if (value !== null) return { name, value };
  }
  return null;
}

/**
 * The fragment that carries a link again: `#name=value`.
 * @param {Found} found
 */
export const linkHash = (found) => `#${found.name}=${found.value}`;

/** Take the fragment out of this page's address: same path and search, same history entry. */
export function clearAddress() {
  history.replaceState(history.state, "", `${location.pathname}${location.search}`);
}

/**
 * @typedef {object} AddressLink
 * @property {() => void} read look at the address now: `onArrive` if it holds one of our links
 * @property {(found: Found) => void} take this page has the link: out of the address at once,
 *   and kept to hand back while `shown()`
 * @property {() => string | null} carried `#name=value` of the link taken last while what it
 *   opened is shown (for the language switch to take along), else null
 * @property {() => void} unmount stop watching; if this very page was swapped in again while the
 *   link's contents are shown, put the link back in the address for the fresh copy
 */

/**
 * Watch this page's address for `#name=value` with one of `names`: `onArrive(found)` each time a
 * link is pasted (and on `read()`). What `onArrive` does with it stays the caller's: it calls
 * `take(found)` when the link is its own, or `clearAddress()` later, once it is done with it.
 * @param {string | readonly string[]} names
 * @param {(found: Found) => void} onArrive
 * @param {() => boolean} [shown] whether what the taken link opened is still on the page
 * @returns {AddressLink}
 */
export function watchAddressLink(names, onArrive, shown = () => false) {
  const watched = typeof names === "string" ? [names] : names;
  const here = location.pathname;
  /** @type {Found | null} */
  let taken = null;
  function read() {
    const found = linkIn(location.hash, watched);
    if (found) onArrive(found);
  }
  const carried = () => (taken && shown() ? linkHash(taken) : null);
  window.addEventListener("hashchange", read);
  return {
    read,
    take(found) {
      taken = found;
      clearAddress();
    },
    carried,
    unmount() {
      window.removeEventListener("hashchange", read);
      const hash = carried();
      if (hash && location.pathname === here && !location.hash) {
        history.replaceState(history.state, "", `${location.pathname}${location.search}${hash}`);
      }
    },
  };
}
