// Data the build writes for the pages' scripts, fetched once per visit and kept:
// go/index.json (the permanent links: slug, kind, title, place) and
// assets/data/worksheets.json (each worksheet's question and option labels).
import { siteRoot } from "./paths.js";

const cache = new Map();

function fetchJson(path) {
  if (!cache.has(path)) {
    const request = fetch(new URL(path, siteRoot)).then((response) => {
      if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status}).`);
      return response.json();
    });
    // A failed fetch is forgotten, so a later page can try again.
    request.catch(() => cache.delete(path));
    cache.set(path, request);
  }
  return cache.get(path);
}

/** { links: [...], bySlug: Map, byWorksheet: Map } */
export async function loadLinks() {
  const data = await fetchJson("go/index.json");
  const links = data.links;
  return {
    links,
    bySlug: new Map(links.map((link) => [link.slug, link])),
    byWorksheet: new Map(links.filter((l) => l.worksheet).map((link) => [link.worksheet, link])),
  };
}

/** { [worksheet id]: { id, version, title, actions, sections: [{ title, fields: [...] }] } } */
export async function loadLabels() {
  return (await fetchJson("assets/data/worksheets.json")).worksheets;
}

/** The link that never breaks: /go/<slug>/ on this site. */
export function permanentURL(slug) {
  return new URL(`go/${slug}/`, siteRoot).href;
}

/** Where a registered item lives now (page, plus the worksheet's anchor). */
export function currentURL(link) {
  return new URL(link.path + (link.anchor ? `#${link.anchor}` : ""), siteRoot).href;
}

/** This page's path as the registry writes it: "chapters/vulnerability/". */
export function currentPath() {
  const path = window.location.pathname.replace(/index\.html$/, "");
  return path.startsWith(siteRoot.pathname) ? path.slice(siteRoot.pathname.length) : path;
}
