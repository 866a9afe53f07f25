// The words a person reads in the browser, in the page's language. The English text is the key
// (gettext style: Babel extracts `t("…")` and `tn("…", "…", n)` calls into locale/browser.pot);
// a page in another language carries its catalog as JSON in
// <script type="application/json" id="closer-catalog"> in its <head>, written at build time from
// the compiled catalog (macros/browser_catalog.py). With no catalog, or no entry, the English
// text is used: a missing translation shows English, never a key.
//
// The catalog: { "messages": {english: text}, "plurals": {english singular: [form, …]},
// "categories": {CLDR plural category: form index} }. Intl.PluralRules names the category of a
// count, so no plural expression is evaluated here (the CSP allows no eval).

/** @typedef {{ messages: Record<string, string>, plurals: Record<string, string[]>, categories: Record<string, number> }} Catalog */

/** @type {Catalog | null} */
let catalog = null;

const EMPTY = () => ({ messages: {}, plurals: {}, categories: {} });

/** @param {unknown} value */
const isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/** @returns {Catalog} */
function load() {
  if (catalog) return catalog;
  catalog = EMPTY();
  const element = globalThis.document?.getElementById("closer-catalog");
  if (element?.textContent) {
    try {
      const parsed = JSON.parse(element.textContent);
      if (!isRecord(parsed)) throw new TypeError("not an object");
      catalog = {
        messages: isRecord(parsed.messages) ? parsed.messages : {},
        plurals: isRecord(parsed.plurals) ? parsed.plurals : {},
        categories: isRecord(parsed.categories) ? parsed.categories : {},
      };
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
 * The locale for dates and numbers: the reader's own (es-MX, en-GB) when it is in the page's
 * language, else the page's language, so a Spanish page never shows an English month.
 */
export function pageLocale() {
  const lang = pageLanguage();
  const own = globalThis.navigator?.languages || [];
  return own.find((tag) => tag.split("-")[0].toLowerCase() === lang) || lang;
}

/**
 * @param {string} text
 * @param {Record<string, string | number>} values
 */
function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/**
 * The text as pieces to append: a placeholder whose value is a node (a link inside a sentence)
 * stays that node, so the translated sentence decides where the link goes.
 * @param {string} text
 * @param {Record<string, string | number | Node>} values
 * @returns {(string | Node)[]}
 */
function fillParts(text, values) {
  /** @type {(string | Node)[]} */
  const parts = [];
  for (const piece of text.split(/(\{\w+\})/)) {
    const name = piece.slice(1, -1);
    const value = /^\{\w+\}$/.test(piece) && name in values ? values[name] : piece;
    const last = parts.length - 1;
    if (typeof value === "object") parts.push(value);
    else if (typeof parts[last] === "string") parts[last] += String(value);
    else if (value !== "") parts.push(String(value));
  }
  return parts;
}

/**
 * The page-language form of an English message; `{name}` placeholders are filled from values.
 * @param {string} message
 * @param {Record<string, string | number>} [values]
 */
export function t(message, values = {}) {
  return fill(load().messages[message] || message, values);
}

/** A number written the page's way ("1,200" or "1200"/"1 200"). @param {number} value */
export function formatNumber(value) {
  return new Intl.NumberFormat(pageLocale()).format(value);
}

/**
 * A message about `count` things, in the form the page's language uses for that count;
 * `{count}` is the count written the page's way, other placeholders come from values.
 * @param {string} singular the English for one ("{count} check-in")
 * @param {string} plural the English for any other count ("{count} check-ins")
 * @param {number} count
 * @param {Record<string, string | number>} [values]
 */
export function tn(singular, plural, count, values = {}) {
  return fill(pluralText(singular, plural, count), { count: formatNumber(count), ...values });
}

/** The catalog's form of a plural message for `count`, or the English one. */
function pluralText(singular, plural, count) {
  const { plurals, categories } = load();
  const forms = plurals[singular];
  if (Array.isArray(forms) && forms.length) {
    const category = new Intl.PluralRules(pageLanguage()).select(count);
    const form = forms[categories[category] ?? categories.other ?? forms.length - 1];
    if (form) return form;
  }
  return new Intl.PluralRules("en").select(count) === "one" ? singular : plural;
}

/**
 * t() for a sentence with an element inside it (a link): the pieces to append, in order.
 * @param {string} message
 * @param {Record<string, string | number | Node>} [values]
 */
export function tParts(message, values = {}) {
  return fillParts(load().messages[message] || message, values);
}

/**
 * tn() for a sentence with an element inside it.
 * @param {string} singular
 * @param {string} plural
 * @param {number} count
 * @param {Record<string, string | number | Node>} [values]
 */
export function tnParts(singular, plural, count, values = {}) {
  return fillParts(pluralText(singular, plural, count), { count: formatNumber(count), ...values });
}

/** Forget the loaded catalog (instant navigation to a page in another language; tests). */
export function resetCatalog() {
  catalog = null;
}

/**
 * After Material's instant navigation: the new page's <head> came with it (its catalog, or none,
 * and its language meta), but <html lang> did not. Set the language and read the catalog again.
 */
export function followPageLanguage() {
  const meta = globalThis.document?.querySelector('meta[name="closer-language"]');
  const lang = meta?.getAttribute("content");
  if (lang && document.documentElement.lang !== lang) document.documentElement.lang = lang;
  resetCatalog();
}
