// Data the build writes for the pages' scripts, fetched once per visit and kept:
// go/index.json (the permanent links: slug, kind, title, place; one per language, under the
// language's root, with its titles) and assets/data/worksheets.json (each worksheet's question
// and option labels, likewise one per language under its root: a page fetches only its own);
// and another language's browser words, from its pages' own catalog script (loadCatalog).
import { loadCatalogScript, pageLanguage, t } from "./i18n.js";
import { DEFAULT_LANGUAGE, languageRoot, siteRoot } from "./paths.js";
import { wordedError } from "./reasons.js";

const cache = new Map();

function fetchJson(path, root = siteRoot) {
  const url = new URL(path, root).href;
  if (!cache.has(url)) {
    const request = fetch(url).then((response) => {
      if (!response.ok) {
        console.error(`${url} answered HTTP ${response.status}`);
        throw wordedError(t("part of the site could not be loaded"));
      }
      return response.json();
    });
    // A failed fetch is forgotten, so a later page can try again.
    request.catch(() => cache.delete(url));
    cache.set(url, request);
  }
  return cache.get(url);
}

/** { links: [...], bySlug: Map, byWorksheet: Map, languages: [{ code, name, root }] } in a language. */
export async function loadLinks(language) {
  const data = await fetchJson("go/index.json", languageRoot(language));
  const links = data.links;
  return {
    languages: data.languages || [],
    links,
    bySlug: new Map(links.map((link) => [link.slug, link])),
    byWorksheet: new Map(links.filter((l) => l.worksheet).map((link) => [link.worksheet, link])),
  };
}

/** { [worksheet id]: { id, version, title, actions, sections: [{ title, fields: [...] }] } }, in
 *  the page's language: answers hold option ids, so they read in whichever language shows them. */
export async function loadLabels(language = pageLanguage()) {
  return (await fetchJson("assets/data/worksheets.json", languageRoot(language))).worksheets;
}

/** The browser's words in another language (its catalog), for inLanguage(); null for English.
 *  The same file as that language's pages load (macros/catalog_scripts.py). */
export async function loadCatalog(language) {
  if (language === DEFAULT_LANGUAGE) return null;
  return loadCatalogScript(language, new URL("closer-catalog.js", languageRoot(language)).href);
}

/** The link that never breaks: /go/<slug>/ on this site (/es/go/<slug>/ in Spanish). */
export function permanentURL(slug, language) {
  return new URL(`go/${slug}/`, languageRoot(language)).href;
}

/** Where a registered item lives now (page, plus the worksheet's anchor), in the page's language. */
export function currentURL(link) {
  return new URL(link.path + (link.anchor ? `#${link.anchor}` : ""), languageRoot()).href;
}

/** This page's path as the registry writes it: "chapters/vulnerability/" (also on /es/ pages). */
export function currentPath() {
  const path = window.location.pathname.replace(/index\.html$/, "");
  const root = languageRoot().pathname;
  return path.startsWith(root) ? path.slice(root.length) : path;
}
