// Where things are, derived from this module's own URL so the site works under any sub-path.
// Scripts, styles, data and the runtime exist once, at the site root, for every language, so
// siteRoot (and with it the storage prefix, shared/names.js) is the same on /es/ pages: answers
// saved in one language are there in the other.
import { pageLanguage } from "./i18n.js";

export const siteRoot = new URL("../../../", import.meta.url);
export const runtimeURL = new URL("../../pyodide/", import.meta.url);
/** The language at the site root; every other language's pages are under /<code>/ (same slugs). */
export const DEFAULT_LANGUAGE = "en";

/** The root of a language's pages: the site root for English, <root>es/ for Spanish. */
export function languageRoot(language = pageLanguage()) {
  return language === DEFAULT_LANGUAGE ? siteRoot : new URL(`${language}/`, siteRoot);
}

/** A page's href from Python (e.g. "chapters/vulnerability/") as an absolute URL in the page's language. */
export function siteHref(path) {
  return new URL(path, languageRoot()).href;
}
