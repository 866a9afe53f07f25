// Names more than one module must agree on: where our data lives in the browser's storage, and
// the events pages use to tell each other that saved answers changed.
import { siteRoot } from "./paths.js";

/** Every key we write starts with this: our data is told apart from Material's and other sites'. */
export const STORAGE_PREFIX = `closer:${siteRoot.pathname}:`;

/** A storage key in our namespace, e.g. storageKey("homework"). */
export const storageKey = (name) => `${STORAGE_PREFIX}${name}`;

/** Dispatched on document after saved answers were replaced from outside the form (an import). */
export const ANSWERS_CHANGED = "closer:answers-changed";

/** Dispatched on document after "Your data" erased the offline copy (the status line updates). */
export const OFFLINE_ERASED = "closer:offline-erased";
/** Dispatched on a form after code (not the person) wrote or cleared its answers. */
export const ANSWERS_WRITTEN = "closer:answers-written";
/** Dispatched on document as the language switch opens this page in another language, with
 *  { hash }: a page that took what it shows out of its address (the viewer's link) puts it back
 *  there, so it comes along. */
export const LANGUAGE_SWITCHING = "closer:language-switching";
/** Dispatched on a comparable form with { file, loaded }: a partner's answers came by link. */
export const PARTNER_ARRIVED = "closer:partner-arrived";
