// The language's root (docs/assets/js/shared/paths.js): every language shares the site root (and
// so the storage prefix), and its pages, permanent links and homework links sit under /<code>/.
import assert from "node:assert/strict";
import { test } from "node:test";
import { homeworkURL } from "../../docs/assets/js/homework/homework-link.js";
import { STORAGE_PREFIX } from "../../docs/assets/js/shared/names.js";
import { languageRoot, siteHref, siteRoot } from "../../docs/assets/js/shared/paths.js";
import { permanentURL } from "../../docs/assets/js/shared/site-data.js";

function withPageLanguage(lang, run) {
  const saved = globalThis.document;
  globalThis.document = { documentElement: { lang }, getElementById: () => null };
  try {
    run();
  } finally {
    globalThis.document = saved;
  }
}

test("English is at the site root and Spanish under es/", () => {
  assert.equal(languageRoot("en").href, siteRoot.href);
  assert.equal(languageRoot("es").href, new URL("es/", siteRoot).href);
});

test("a Spanish page's links stay in Spanish, its storage prefix is the site's", () => {
  withPageLanguage("es", () => {
    assert.equal(siteHref("your-answers/"), new URL("es/your-answers/", siteRoot).href);
    assert.equal(permanentURL("checkin"), new URL("es/go/checkin/", siteRoot).href);
  });
  assert.equal(STORAGE_PREFIX, `closer:${siteRoot.pathname}:`, "one prefix for every language");
});

test("a homework link can be made in another language than the page's", () => {
  withPageLanguage("en", () => {
    const url = new URL(homeworkURL({ items: ["checkin"] }, "es"));
    assert.equal(url.pathname, new URL("es/therapists/homework/", siteRoot).pathname);
    assert.match(url.hash, /^#h=/);
    assert.equal(new URL(homeworkURL({ items: ["checkin"] })).pathname, `${siteRoot.pathname}therapists/homework/`);
    assert.equal(permanentURL("checkin", "es"), new URL("es/go/checkin/", siteRoot).href);
  });
});
