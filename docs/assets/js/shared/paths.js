// Where things are, derived from this module's own URL so the site works under any sub-path.
export const siteRoot = new URL("../../../", import.meta.url);
export const runtimeURL = new URL("../../pyodide/", import.meta.url);

/** A site-relative href from Python (e.g. "chapters/vulnerability/") as an absolute URL. */
export function siteHref(path) {
  return new URL(path, siteRoot).href;
}
