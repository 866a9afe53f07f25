// Post-build: write site/sw.js, Closer's service worker, with Workbox (npm `workbox-build`).
// Run by macros/offline.py as `node macros/sw-build.mjs SITE_DIR PREFIXES`: PREFIXES is a JSON
// list of the languages' folders ("" for the default, "es/"). Prints one JSON line,
// {prefix: {count, size, warnings}}, for the build log and the tests.
//
// One worker per language, each with its language's pages, search index and sitemap and the
// files every language shares (scripts, styles, icons), registered for its language's folder (PREFIX/sw.js, scope
// PREFIX): a reader keeps the guide in the language they read, and the other language's pages
// are not downloaded (the first visit's budget, tests/build/test_offline_build.py). A browser
// sends each page's requests to the worker of the most specific scope, so /es/ pages are
// served by es/sw.js and the others by sw.js; someone who reads both keeps both.
//
// The worker precaches what reading needs: every page, style, script, icon and the language's
// search index, each keyed by a content hash, so one visit makes the guide readable offline. The
// Python runtime (assets/pyodide/<version>/, about 13 MB) is NOT precached: the page keeps it
// in its own cache (runtime/runtime-files.js) the first time a worksheet starts, from that same
// download, or when the reader asks; here a route only answers from that cache. Large
// downloads (PDFs) are not precached either. The Workbox runtime is inlined.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { generateSW } from "workbox-build";

const [site, prefixesJson = '[""]'] = process.argv.slice(2);
if (!site) {
  console.error('usage: node macros/sw-build.mjs SITE_DIR [PREFIXES_JSON, e.g. ["", "es/"]]');
  process.exit(2);
}
const prefixes = JSON.parse(prefixesJson);
// The files every language shares, by their folder or name at the site root. Each language's
// search index and sitemap are in its own folder (macros/search_indexes.py, sitemaps.py), the
// default's at the root: a reader's worker keeps the one their pages ask for.
const SHARED = ["assets/**/*", "manifest.webmanifest"];
// Workbox resolves each URL against the worker's own address (PREFIX/sw.js): a shared file of
// the root is one level up from es/sw.js, and es/x is x.
function relativeTo(prefix) {
  const up = prefix ? "../".repeat(prefix.split("/").filter(Boolean).length) : "";
  return (url) => (prefix && url.startsWith(prefix) ? url.slice(prefix.length) : up + url);
}

// Material's search worker loads lunr language packs only for languages other than English
// (see its worker: `n !== "en" && r.push(...)`). Precache exactly the ones it will ask for,
// read from the config of the language's own search index, instead of all ~1 MB of them.
async function lunrFiles(prefix, relative) {
  const index = JSON.parse(await readFile(join(site, prefix, "search", "search_index.json"), "utf8"));
  const langs = index.config?.lang || ["en"];
  const files = [];
  for (const lang of langs) {
    if (lang === "ja") files.push("tinyseg.js");
    if (lang === "hi" || lang === "th") files.push("wordcut.js");
    if (lang !== "en") files.push(`min/lunr.${lang}.min.js`);
  }
  if (langs.length > 1) files.push("min/lunr.multi.min.js");
  if (files.length) files.push("min/lunr.stemmer.support.min.js");
  // Listed apart from the glob (which leaves out the whole lunr folder), each with its revision.
  return Promise.all(files.map((file) => listed(`assets/javascripts/lunr/${file}`, relative)));
}

/** A precache entry for a file the globs leave out, with its revision (the hash of its bytes). */
async function listed(url, relative) {
  const revision = createHash("md5")
    .update(await readFile(join(site, url)))
    .digest("hex");
  return { url: relative(url), revision };
}

// The default language's worker also keeps, of each other language, what the homework builder
// needs to print a client's sheet in it (homework/homework-builder.js clientSheet): its browser
// words and its permanent links' titles, about 18 KB compressed. A therapist who reads the
// English guide offline can still make Spanish homework; no other Spanish file comes with them.
const FOR_THE_BUILDER = ["closer-catalog.js", "go/index.json"];

function builderFiles(others, relative) {
  // A language built without a catalog (no locale/ folder) has no closer-catalog.js to keep.
  const urls = others.flatMap((other) => FOR_THE_BUILDER.map((file) => `${other}${file}`));
  return Promise.all(urls.filter((url) => existsSync(join(site, url))).map((url) => listed(url, relative)));
}

async function writeWorker(prefix) {
  const others = prefixes.filter((other) => other && other !== prefix);
  const relative = relativeTo(prefix);
  return generateSW({
    globDirectory: site,
    globPatterns: prefix ? [`${prefix}**/*`, ...SHARED] : ["**/*"],
    additionalManifestEntries: [
      ...(await lunrFiles(prefix, relative)),
      ...(prefix ? [] : await builderFiles(others, relative)),
    ],
    manifestTransforms: [
      async (entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: relative(entry.url) })) }),
    ],
    globIgnores: [
      "**/*.map", // source maps: only developer tools ask for them
      "sitemap.xml.gz", // crawlers only; instant navigation reads sitemap.xml
      "assets/javascripts/lunr/**", // added back above, per language
      "assets/pyodide/**", // the Python runtime: kept on first use or on request, see above
      "print/**", // the printable book and handouts: downloaded when asked for, not for every visitor
      "**/*.pdf", // any other PDF, likewise
      "**/sw.js", // the workers themselves
      ...others.map((other) => `${other}**`), // the other languages' pages: their own worker's
    ],
    swDest: join(site, prefix, "sw.js"),
    // Nothing that reading needs comes near this; a larger file fails the build (offline.py).
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
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
    // The runtime's files answer from the cache the page fills (runtime/runtime-files.js, named
    // for the site root, which is not every worker's scope: so any of this origin's caches, where
    // an URL is one file); a file not kept there comes from the network. This function is copied
    // into sw.js as source: it can use nothing from this file.
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes("/assets/pyodide/"),
        handler: async ({ request }) => (await caches.match(request, { ignoreSearch: true })) || fetch(request),
      },
    ],
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
    disableDevLogs: true,
  });
}

const summaries = {};
for (const prefix of prefixes) {
  const { count, size, warnings } = await writeWorker(prefix);
  summaries[prefix] = { count, size, warnings };
}
console.log(JSON.stringify(summaries));
