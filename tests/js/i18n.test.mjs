import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { readableDate, readableDay, readableText } from "../../docs/assets/js/shared/dates.js";
import {
  followPageLanguage,
  formatNumber,
  inLanguage,
  pageLanguage,
  resetCatalog,
  t,
  tn,
  tParts,
} from "../../docs/assets/js/shared/i18n.js";

// A page as i18n.js reads it: <html lang>, the language <meta>, and the catalog's <script>
// (es/closer-catalog.js), which, once run, has set globalThis.closerCatalogs[language]. A
// `catalog` that is not JSON stands for a script that did not run (failed to load).
function page({ lang = "en", catalog = null, meta = null } = {}) {
  const html = { lang };
  let parsed;
  try {
    parsed = catalog === null ? undefined : JSON.parse(catalog);
  } catch {
    parsed = undefined;
  }
  globalThis.closerCatalogs = parsed === undefined ? {} : { [meta || lang]: parsed };
  globalThis.document = {
    documentElement: html,
    getElementById: (id) =>
      id === "closer-catalog" && catalog !== null ? { src: `${meta || lang}/closer-catalog.js` } : null,
    querySelector: (selector) =>
      selector === 'meta[name="closer-language"]' && meta ? { getAttribute: () => meta } : null,
  };
  resetCatalog();
  return html;
}

// The shape macros/browser_catalog.py writes: Spanish has three gettext forms (one, many, other).
const SPANISH = JSON.stringify({
  messages: {
    "Starting Python…": "Iniciando Python…",
    "Saved {date}.": "Guardado el {date}.",
    "Your next chapter: {chapter}": "Tu próximo capítulo: {chapter}",
  },
  plurals: {
    "One answer needs a look:": [
      "Hay que revisar una respuesta:",
      "Hay que revisar {count} respuestas:",
      "Hay que revisar {count} respuestas:",
    ],
    "{count} file": ["{count} archivo", "{count} de archivos", "{count} archivos"],
  },
  categories: { one: 0, many: 1, other: 2 },
});

afterEach(() => {
  delete globalThis.document;
  delete globalThis.closerCatalogs;
  resetCatalog();
});

test("with no catalog, the English text is shown with its placeholders filled", () => {
  resetCatalog();
  assert.equal(t("Choose up to {count} cards", { count: 3 }), "Choose up to 3 cards");
});

test("an unknown placeholder is left as written, not dropped", () => {
  resetCatalog();
  assert.equal(t("Hello {name}"), "Hello {name}");
});

test("a Spanish page shows the catalog's words, placeholders filled in the translated sentence", () => {
  page({ lang: "es", catalog: SPANISH });
  assert.equal(pageLanguage(), "es");
  assert.equal(t("Starting Python…"), "Iniciando Python…");
  assert.equal(t("Saved {date}.", { date: "hoy" }), "Guardado el hoy.");
  assert.equal(t("A sentence nobody translated."), "A sentence nobody translated.");
});

test("a value ending with its own full stop does not double the sentence's", () => {
  page({ lang: "es", catalog: SPANISH });
  assert.equal(
    t("Saved {date}.", { date: "26 de noviembre, 10:00 a. m." }),
    "Guardado el 26 de noviembre, 10:00 a. m.",
  );
  assert.equal(t("Saved {date}.", { date: "hoy" }), "Guardado el hoy.");
});

test("plural forms follow the page language's categories, the count written the Spanish way", () => {
  page({ lang: "es", catalog: SPANISH });
  assert.equal(tn("One answer needs a look:", "{count} answers need a look:", 1), "Hay que revisar una respuesta:");
  assert.equal(tn("One answer needs a look:", "{count} answers need a look:", 12), "Hay que revisar 12 respuestas:");
  assert.equal(tn("{count} file", "{count} files", 0), "0 archivos");
  // CLDR's "many" in Spanish: a round million takes "de".
  assert.match(tn("{count} file", "{count} files", 1_000_000), /^1\.000\.000 de archivos$/);
  assert.equal(tn("{count} file", "{count} files", 1500), "1500 archivos");
});

test("English plurals without a catalog: one and other, the count in English digits", () => {
  page({ lang: "en" });
  assert.equal(tn("{count} file", "{count} files", 1), "1 file");
  assert.equal(tn("{count} file", "{count} files", 2), "2 files");
  assert.equal(tn("One answer needs a look:", "{count} answers need a look:", 1200), "1,200 answers need a look:");
  assert.equal(formatNumber(1200), "1,200");
});

test("a catalog whose script did not run falls back to English and says so in the console", () => {
  page({ lang: "es", catalog: "{ not json" });
  const errors = [];
  const original = console.error;
  console.error = (message) => errors.push(message);
  try {
    assert.equal(t("Starting Python…"), "Starting Python…");
    assert.equal(tn("{count} file", "{count} files", 3), "3 files");
  } finally {
    console.error = original;
  }
  assert.equal(errors.length, 1);
  assert.match(errors[0], /did not load/);
});

test("a catalog of the wrong shape is ignored, not trusted", () => {
  page({ lang: "es", catalog: JSON.stringify(["Iniciando Python…"]) });
  const original = console.error;
  console.error = () => {};
  try {
    assert.equal(t("Starting Python…"), "Starting Python…");
  } finally {
    console.error = original;
  }
});

test("a link inside a sentence stays a node, where the translation puts it", () => {
  page({ lang: "es", catalog: SPANISH });
  const link = { nodeType: 1, text: "Vulnerabilidad" };
  assert.deepEqual(tParts("Your next chapter: {chapter}", { chapter: link }), ["Tu próximo capítulo: ", link]);
  resetCatalog();
  page({ lang: "en" });
  assert.deepEqual(tParts("Your next chapter: {chapter}, {when}", { chapter: link, when: "today" }), [
    "Your next chapter: ",
    link,
    ", today",
  ]);
});

test("dates on a Spanish page are written in Spanish", () => {
  page({ lang: "es", catalog: SPANISH });
  assert.equal(readableDay("2026-12-01"), "1 de diciembre de 2026");
  assert.match(readableDate("2026-12-01T10:30:00"), /^1 de diciembre de 2026\b.*\b10:30\b/);
  assert.match(readableText("Tu chequeo del 2026-03-05"), /^Tu chequeo del 5 de marzo de 2026$/);
  page({ lang: "en" });
  assert.equal(readableDay("2026-12-01"), "December 1, 2026");
});

/** Run `work` as in a browser whose own language is `language` (navigator.language). */
function inBrowserOf(language, work) {
  const saved = Object.getOwnPropertyDescriptor(globalThis, "navigator");
  Object.defineProperty(globalThis, "navigator", { value: { language, languages: [language] }, configurable: true });
  try {
    return work();
  } finally {
    if (saved) Object.defineProperty(globalThis, "navigator", saved);
    else delete globalThis.navigator;
  }
}

test("times keep the reader's own clock, in the page's language, and a span is written once", () => {
  page({ lang: "es", catalog: SPANISH });
  const spaced = (text) => text.replace(/[\u2009\u202f\u00a0]/g, " ");
  // A 24-hour browser (its time fields say "07:30"), then a 12-hour one ("07:30 AM").
  assert.equal(spaced(inBrowserOf("de-DE", () => readableText("07:30–07:40: Chequeo"))), "7:30–7:40: Chequeo");
  assert.equal(spaced(inBrowserOf("en-US", () => readableText("07:30–07:40: Chequeo"))), "7:30 – 7:40 a. m.: Chequeo");
  assert.match(spaced(inBrowserOf("en-US", () => readableDate("2026-12-01T10:30:00"))), /\b10:30 a\. m\.$/);
  page({ lang: "en" });
  assert.equal(
    spaced(inBrowserOf("en-US", () => readableText("at 21:00, 23:30–00:10"))),
    "at 9:00 PM, 11:30 PM – 12:10 AM",
  );
  assert.equal(spaced(inBrowserOf("en-GB", () => readableText("at 21:00, 07:30–07:40"))), "at 21:00, 07:30–07:40");
});

test("a Spanish 12-hour time at the end of a sentence keeps one full stop", () => {
  page({ lang: "es", catalog: SPANISH });
  const spaced = (text) => text.replace(/[\u2009\u202f\u00a0]/g, " ");
  assert.equal(spaced(inBrowserOf("en-US", () => readableText("Empieza a las 19:30."))), "Empieza a las 7:30 p. m.");
  assert.equal(spaced(inBrowserOf("de-DE", () => readableText("Empieza a las 19:30."))), "Empieza a las 19:30.");
  page({ lang: "en" });
  assert.equal(spaced(inBrowserOf("en-US", () => readableText("Starts at 19:30."))), "Starts at 7:30 PM.");
});

test("a Spanish “a. m.” is never split across two lines", () => {
  page({ lang: "es", catalog: SPANISH });
  const time = inBrowserOf("en-US", () => readableText("a las 07:30"));
  assert.match(time, /a\.\u00a0m\.$/);
  assert.match(
    inBrowserOf("en-US", () => readableDate("2026-12-01T10:30:00")),
    /a\.\u00a0m\.$/,
  );
});

test("an unreadable date says 'earlier' in the page's language", () => {
  page({ lang: "es", catalog: JSON.stringify({ messages: { earlier: "antes" }, plurals: {}, categories: {} }) });
  assert.equal(readableDate("not a date"), "antes");
});

test("instant navigation to a page in the other language: the language and the catalog follow it", () => {
  const html = page({ lang: "en", meta: "es", catalog: SPANISH });
  // The new head's catalog has run already: nothing to wait for, and the words are Spanish.
  assert.equal(followPageLanguage(), null);
  assert.equal(html.lang, "es");
  assert.equal(t("Starting Python…"), "Iniciando Python…");
  // Back to an English page: its head has no catalog, and the cached one is forgotten.
  globalThis.document.getElementById = () => null;
  globalThis.document.querySelector = () => ({ getAttribute: () => "en" });
  followPageLanguage();
  assert.equal(html.lang, "en");
  assert.equal(t("Starting Python…"), "Starting Python…");
});

test("inLanguage speaks another language for its work only: words, plurals and dates", () => {
  page({ lang: "en" });
  const made = inLanguage("es", JSON.parse(SPANISH), () => ({
    lang: pageLanguage(),
    words: t("Starting Python…"),
    count: tn("{count} file", "{count} files", 2),
    day: readableDay("2026-12-15"),
  }));
  assert.deepEqual(made, {
    lang: "es",
    words: "Iniciando Python…",
    count: "2 archivos",
    day: "15 de diciembre de 2026",
  });
  // Back to the page's own language and words afterwards, even after an error inside.
  assert.throws(() =>
    inLanguage("es", JSON.parse(SPANISH), () => {
      throw new Error("inside");
    }),
  );
  assert.equal(pageLanguage(), "en");
  assert.equal(t("Starting Python…"), "Starting Python…");
  assert.equal(readableDay("2026-12-15"), "December 15, 2026");
});

test("inLanguage with no catalog (English) on a Spanish page writes English", () => {
  page({ lang: "es", catalog: SPANISH });
  assert.equal(
    inLanguage("en", null, () => t("Starting Python…")),
    "Starting Python…",
  );
  assert.equal(t("Starting Python…"), "Iniciando Python…");
});
