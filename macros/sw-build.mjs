// Post-build: write site/sw.js, Closer's service worker, with Workbox (npm `workbox-build`).
// Run by macros/offline.py as `node macros/sw-build.mjs SITE_DIR`; prints one JSON line
// ({count, size, warnings}) for the build log and the tests.
//
// The worker precaches every page, asset, the search index, the Pyodide core and the
// worksheets wheel, each keyed by a content hash, so one visit makes the whole guide work
// offline. The Workbox runtime is inlined: the site loads no other script for it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { generateSW } from "workbox-build";

const site = process.argv[2];
if (!site) {
  console.error("usage: node macros/sw-build.mjs SITE_DIR");
  process.exit(2);
}

// Material's search worker loads lunr language packs only for languages other than English
// (see its worker: `n !== "en" && r.push(...)`). Precache exactly the ones it will ask for,
// read from the search index's own config, instead of all ~1 MB of them.
async function lunrFiles() {
  const index = JSON.parse(await readFile(join(site, "search", "search_index.json"), "utf8"));
  const langs = index.config?.lang || ["en"];
  const files = [];
  for (const lang of langs) {
    if (lang === "ja") files.push("tinyseg.js");
    if (lang === "hi" || lang === "th") files.push("wordcut.js");
    if (lang !== "en") files.push(`min/lunr.${lang}.min.js`);
  }
  if (langs.length > 1) files.push("min/lunr.multi.min.js");
  if (files.length) files.push("min/lunr.stemmer.support.min.js");
  return files.map((file) => `assets/javascripts/lunr/${file}`);
}

const { count, size, warnings } = await generateSW({
  globDirectory: site,
  globPatterns: ["**/*", ...(await lunrFiles())],
  globIgnores: [
    "**/*.map", // source maps: only developer tools ask for them
    "sitemap.xml.gz", // crawlers only; instant navigation reads sitemap.xml
    "assets/javascripts/lunr/**", // added back above, per language
    "print/**", // the printable book and handouts: downloaded when asked for, not for every visitor
  ],
  swDest: join(site, "sw.js"),
  // Pyodide's .wasm is about 9 MB; Workbox's default limit is 2 MB.
  maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
  // Files whose name already carries a hash need no revision parameter.
  dontCacheBustURLsMatching: /\.[0-9a-f]{8}\.min\.(js|css)$|\/wheels\/[0-9a-f]{16}\//,
  directoryIndex: "index.html", // chapters/x/ is served from chapters/x/index.html
  // Material's search results link to pages with ?h=words (to highlight them): same page.
  ignoreURLParametersMatching: [/^h$/, /^utm_/, /^fbclid$/],
  cacheId: "closer",
  cleanupOutdatedCaches: true,
  // A new version waits until the reader presses "Reload" (the page posts SKIP_WAITING):
  // an open page never gets files of two versions.
  skipWaiting: false,
  // The first install takes over the page that registered it, so that page works offline
  // without a reload; it cannot mix versions, as there was no earlier worker.
  clientsClaim: true,
  inlineWorkboxRuntime: true,
  mode: "production",
  sourcemap: false,
  disableDevLogs: true,
});

console.log(JSON.stringify({ count, size, warnings }));
