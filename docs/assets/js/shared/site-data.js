// Data the build writes for the pages' scripts, fetched once per visit and kept:
// go/index.json (the permanent links: slug, kind, title, place; one per language, under the
// language's root, with its titles) and assets/data/worksheets.json (each worksheet's question
// and option labels, once for the site).
import { languageRoot, siteRoot } from "./paths.js";

const cache = new Map();

function fetchJson(path, root = siteRoot) {
  const url = new URL(path, root).href;
  if (!cache.has(url)) {
    const request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status}).`);
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

/** { [worksheet id]: { id, version, title, actions, sections: [{ title, fields: [...] }] } } */
export async function loadLabels() {
  return (await fetchJson("assets/data/worksheets.json")).worksheets;
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
