// The words a person reads in the browser, in the page's language. The English text is the key
// (gettext style: Babel extracts `t("…")` and `tn("…", "…", n)` calls into locale/browser.pot);
// a page in another language loads its language's catalog, one cached file per language
// (<lang>/closer-catalog.js, <script id="closer-catalog" defer> in its <head>, written at build
// time from the compiled catalog: macros/catalog_scripts.py). That classic script sets
// globalThis.closerCatalogs[lang] before any module runs, so t() stays synchronous. With no
// catalog, or no entry, the English text is used: a missing translation shows English, never a key.
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

/** @param {any} parsed @returns {Catalog} */
function asCatalog(parsed) {
  if (!isRecord(parsed)) throw new TypeError("not an object");
  return {
    messages: isRecord(parsed.messages) ? parsed.messages : {},
    plurals: isRecord(parsed.plurals) ? parsed.plurals : {},
    categories: isRecord(parsed.categories) ? parsed.categories : {},
  };
}

/** The catalogs the page's catalog scripts have set, by language (data, checked on use). @returns {Record<string, any>} */
function loadedCatalogs() {
  const catalogs = /** @type {any} */ (globalThis).closerCatalogs;
  return isRecord(catalogs) ? catalogs : {};
}

/** @returns {Catalog} */
function load() {
  if (catalog) return catalog;
  catalog = EMPTY();
  const language = pageLanguage();
  const found = loadedCatalogs()[language];
  if (isRecord(found)) {
    catalog = asCatalog(found);
  } else if (globalThis.document?.getElementById("closer-catalog")) {
    console.error(`Closer: the page's translation catalog for "${language}" did not load; showing English.`);
  }
  return catalog;
}

/** @type {string | null} the language of inLanguage()'s work, while it runs */
let speaking = null;

/** The page's language ("en", "es"), from <html lang> (inside inLanguage(), that language). */
export function pageLanguage() {
  if (speaking) return speaking;
  const lang = globalThis.document?.documentElement.lang || "en";
  return lang.split("-")[0].toLowerCase();
}

/**
 * Another language's catalog, for inLanguage(), from the one file its own pages load
 * (<lang>/closer-catalog.js at `src`), run as a script that sets closerCatalogs[language]: no
 * second copy to write or download, and a reader of both languages fetches it once. At once if
 * it already ran; rejects when it cannot be loaded (offline with no copy kept, say).
 * @param {string} language
 * @param {string} src
 * @returns {Promise<unknown>}
 */
export function loadCatalogScript(language, src) {
  const found = loadedCatalogs()[language];
  if (isRecord(found)) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.addEventListener("load", () => {
      script.remove();
      const loaded = loadedCatalogs()[language];
      if (isRecord(loaded)) resolve(loaded);
      else reject(new Error(`${src} set no catalog for "${language}"`));
    });
    script.addEventListener("error", () => {
      script.remove();
      reject(new Error(`${src} did not load`));
    });
    document.head.append(script);
  });
}

/**
 * Run `work` (synchronous) with the words, dates and numbers of another language: `data` is its
 * catalog (loadCatalogScript(); null for English). For something made for
 * another person in their language, such as a homework sheet the therapist prints for a client.
 * @template T
 * @param {string} language
 * @param {unknown} data
 * @param {() => T} work
 * @returns {T}
 */
export function inLanguage(language, data, work) {
  const savedCatalog = catalog;
  const savedLanguage = speaking;
  catalog = data ? asCatalog(data) : EMPTY();
  speaking = language;
  try {
    return work();
  } finally {
    catalog = savedCatalog;
    speaking = savedLanguage;
  }
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
  // A value that ends with its own full stop (a Spanish time: "10:00 a. m.") takes the place of
  // the sentence's, which would otherwise be doubled ("a. m..").
  return text.replace(/\{(\w+)\}(\.?)/g, (whole, name, stop) => {
    if (!(name in values)) return whole;
    const value = String(values[name]);
    return stop && value.endsWith(".") ? value : value + stop;
  });
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
 * After Material's instant navigation: the new page's <head> came with it (its catalog's script,
 * or none, and its language meta), but <html lang> did not, and a script swapped in with the
 * head does not run. Set the language; when the catalog of a language not read before is
 * needed, load its script and resolve once it ran (the caller shows the page after that, so no
 * word appears in English first); null when there is nothing to wait for. A catalog that fails
 * to load leaves English.
 * @returns {Promise<void> | null}
 */
export function followPageLanguage() {
  const meta = globalThis.document?.querySelector('meta[name="closer-language"]');
  const lang = meta?.getAttribute("content");
  if (lang && document.documentElement.lang !== lang) document.documentElement.lang = lang;
  resetCatalog();
  const script = /** @type {HTMLScriptElement | null} */ (document.getElementById("closer-catalog"));
  if (!script?.src || isRecord(loadedCatalogs()[pageLanguage()])) return null;
  return new Promise((resolve) => {
    const fresh = document.createElement("script");
    fresh.id = "closer-catalog";
    fresh.src = script.src;
    fresh.addEventListener("load", () => resolve());
    fresh.addEventListener("error", () => resolve());
    script.replaceWith(fresh);
  }).then(() => resetCatalog());
}
