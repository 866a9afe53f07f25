// Why something failed, in words a person can read. The site's own errors are worded where they
// are made (wordedError). A browser's own (a fetch that failed, a module that did not load, full
// storage) reads as developer text, often in another language than the page's: it is named here
// by its kind, and its details go to the console for developers.
import { t } from "./i18n.js";

/** An error whose message is already written for a person, in the page's language. */
export function wordedError(message) {
  return Object.assign(new Error(message), { worded: true });
}

/** The reason for `error` as words to fit in a sentence ("… could not be made ({reason})."). */
export function reasonFor(error) {
  if (error?.worded) return error.message;
  console.error(error);
  if (error?.name === "QuotaExceededError") return t("this browser's storage for the site is full");
  if (typeof navigator !== "undefined" && navigator.onLine === false) return t("this device is offline");
  // Failed fetches and module imports are TypeErrors.
  if (error instanceof TypeError) return t("part of the site could not be loaded");
  return t("something went wrong in this browser");
}

/** The reason for `error` as a sentence of its own. */
export function reasonSentence(error) {
  if (error?.worded) return error.message;
  const reason = reasonFor(error);
  return t("This did not work: {reason}.", { reason });
}
