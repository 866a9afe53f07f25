// The words a person reads in the browser, in the page's language. The English text is the key
// (gettext style, so Babel extracts `t("…")` calls into the site catalog); a page in another
// language carries its catalog as JSON in <script type="application/json" id="closer-catalog">,
// written at build time from the compiled catalog. With no catalog, or no entry, the English
// text is used: a missing translation shows English, never a key.

/** @type {Record<string, string> | null} */
let catalog = null;

function load() {
  if (catalog) return catalog;
  catalog = {};
  const element = globalThis.document?.getElementById("closer-catalog");
  if (element?.textContent) {
    try {
      catalog = JSON.parse(element.textContent);
    } catch {
      console.error("Closer: the page's translation catalog is not valid JSON; showing English.");
    }
  }
  return catalog;
}

/** The page's language ("en", "es"), from <html lang>. */
export function pageLanguage() {
  const lang = globalThis.document?.documentElement.lang || "en";
  return lang.split("-")[0].toLowerCase();
}

/**
 * The page-language form of an English message; `{name}` placeholders are filled from values.
 * @param {string} message
 * @param {Record<string, string | number>} [values]
 */
export function t(message, values = {}) {
  const text = load()[message] || message;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** Forget the loaded catalog (instant navigation to a page in another language; tests). */
export function resetCatalog() {
  catalog = null;
}
