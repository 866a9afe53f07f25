// The "Your data" page: list everything this site keeps in this browser, live, and erase it all
// after a confirmation step. Loaded only on the page that has a [data-your-data] section.
import { readableDate } from "../shared/dates.js";
import { pageLocale, t, tn } from "../shared/i18n.js";
import { ANSWERS_CHANGED, OFFLINE_ERASED, STORAGE_PREFIX } from "../shared/names.js";
import { siteRoot } from "../shared/paths.js";
import { reasonFor } from "../shared/reasons.js";
import { loadLabels } from "../shared/site-data.js";
import { channelName, readKeeping } from "../storage/keeping.js";

// Our answers live under `closer:<site path>:`; Material keeps its own small settings under
// `<site path>.__` (its __md_scope); the service worker's caches end with the site's address.
const PREFIXES = [STORAGE_PREFIX, `${siteRoot.pathname}.__`];
const ours = (key) => PREFIXES.some((prefix) => key.startsWith(prefix));
const ourCache = (name) => name.endsWith(siteRoot.href) || (name.startsWith("closer-") && !name.includes("://"));

function text(tag, content, className) {
  const node = document.createElement(tag);
  node.textContent = content;
  if (className) node.className = className;
  return node;
}

/** Where an item is kept, in words (the storage name itself is shown beside it, small). */
const WHERE = {
  local: () => t("Local storage"),
  session: () => t("Session storage"),
  cache: () => t("Cache Storage (offline copy)"),
  worker: () => t("Service worker"),
};

/** What a stored item is, in words. */
function describe(where, key, titles) {
  // The worksheets' Python and its started state are caches of their own (runtime/): named apart
  // from the site's copy, or the list shows the same words two or three times.
  if (where === "cache" && key.startsWith("closer-runtime-"))
    return t("Python for the worksheets, kept for offline use");
  if (where === "cache" && key.startsWith("closer-snapshot-"))
    return t("Python already started, so that worksheets open faster");
  if (where === "cache") return t("Offline copy of the site");
  if (where === "worker") return t("Offline helper (keeps the offline copy up to date)");
  if (!key.startsWith(STORAGE_PREFIX)) return t("Theme setting (light or dark colours)");
  const name = key.slice(STORAGE_PREFIX.length);
  if (name === "index") return t("List of the worksheets with saved answers");
  if (name === "homework") return t("Homework from your therapist's link");
  if (name === "reading-order") return t("The reading order your last check-in suggested");
  if (name === "keeping")
    return t("When you first saved answers and last saved them to a file (for the reminder to keep a copy)");
  const last = /^last-result:([^:]+):(\w+)$/.exec(name);
  if (last) return t("Last reflection shown for “{title}” (this tab only)", { title: titles[last[1]] || last[1] });
  const record = /^([^:]+):v(\d+)(?::(\w+))?$/.exec(name);
  if (!record) return t("Other saved item");
  const title = titles[record[1]] || record[1];
  if (record[3] === "partner") return t("Your partner's answers to “{title}”", { title });
  if (record[3] === "damaged")
    return t("A damaged copy of your answers to “{title}”, kept so nothing is lost", { title });
  return t("Your answers to “{title}”", { title });
}

function size(bytes) {
  if (bytes < 1000) return tn("{count} byte", "{count} bytes", bytes);
  const kb = new Intl.NumberFormat(pageLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return t("{size} kB", { size: kb.format(bytes / 1000) });
}

function savedAt(value) {
  try {
    const data = JSON.parse(value);
    const times = data?.records ? Object.values(data.records).map((r) => r.updated) : [data?.updated];
    const latest = times.filter(Boolean).sort().pop();
    return latest ? t("last saved {date}", { date: readableDate(latest) }) : t("no date kept");
  } catch {
    return t("no date kept");
  }
}

// Reading `window.localStorage` itself throws where storage is blocked: pass getters.
const STORES = [
  ["local", () => window.localStorage],
  ["session", () => window.sessionStorage],
];

function keysOf(getStorage) {
  try {
    const storage = getStorage();
    return Object.keys(storage)
      .filter(ours)
      .sort()
      .map((key) => ({ storage, key, value: storage.getItem(key) || "" }));
  } catch {
    return []; // storage blocked: this site cannot have kept anything there
  }
}

/** Everything this site keeps here: [{ where, name, detail }], read fresh each time. */
async function inventory() {
  const items = [];
  for (const [where, getStorage] of STORES) {
    for (const { key, value } of keysOf(getStorage)) {
      const bytes = new Blob([key, value]).size;
      const when = key.startsWith(STORAGE_PREFIX) ? savedAt(value) : t("a setting of the site's theme");
      items.push({ where, name: key, detail: t("{size}, {when}", { size: size(bytes), when }) });
    }
  }
  if ("caches" in window) {
    for (const name of (await caches.keys()).filter(ourCache)) {
      const files = (await (await caches.open(name)).keys()).length;
      items.push({
        where: "cache",
        name,
        detail: tn(
          "{count} file of the site itself, no answers",
          "{count} files of the site itself, no answers",
          files,
        ),
      });
    }
  }
  if ("serviceWorker" in navigator) {
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      if (registration.scope.startsWith(siteRoot.href)) {
        items.push({ where: "worker", name: registration.scope, detail: t("keeps the offline copy up to date") });
      }
    }
  }
  return items;
}

/** Remove every item inventory() can list; returns how many of each kind went. */
async function eraseEverything() {
  const done = { keys: 0, caches: 0, workers: 0 };
  for (const [, getStorage] of STORES) {
    for (const { storage, key } of keysOf(getStorage)) {
      storage.removeItem(key);
      done.keys += 1;
    }
  }
  if ("caches" in window) {
    for (const name of (await caches.keys()).filter(ourCache)) if (await caches.delete(name)) done.caches += 1;
  }
  if ("serviceWorker" in navigator) {
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      if (registration.scope.startsWith(siteRoot.href) && (await registration.unregister())) done.workers += 1;
    }
  }
  return done;
}

function mountYourData(section) {
  const list = section.querySelector("[data-your-data-items]");
  const summary = section.querySelector("[data-your-data-summary]");
  const status = section.querySelector("[data-your-data-status]");
  const eraseButton = section.querySelector("[data-your-data-erase]");
  const confirmBox = section.querySelector("[data-your-data-confirm]");
  const yes = section.querySelector("[data-your-data-yes]");
  const no = section.querySelector("[data-your-data-no]");
  const backup = section.querySelector("[data-your-data-backup]");

  async function refresh() {
    const items = await inventory();
    const labels = await loadLabels().catch(() => ({}));
    const titles = Object.fromEntries(Object.entries(labels).map(([id, sheet]) => [id, sheet.title]));
    list.replaceChildren(
      ...items.map((item) => {
        const row = document.createElement("li");
        row.append(
          text("span", describe(item.where, item.name, titles), "your-data__what"),
          text(
            "span",
            t("{where}: {detail}", { where: WHERE[item.where](), detail: item.detail }),
            "your-data__detail",
          ),
          text("code", item.name, "your-data__name"),
        );
        return row;
      }),
    );
    summary.textContent = items.length
      ? tn(
          "This site keeps {count} item in this browser:",
          "This site keeps {count} items in this browser:",
          items.length,
        )
      : t("This site keeps nothing in this browser right now.");
    eraseButton.disabled = items.length === 0;
    if (backup) {
      const { exported, kept } = readKeeping();
      const saved = exported
        ? t("Your answers were last saved to a file from this browser on {date}.", { date: readableDate(exported) })
        : t("Your answers have not been saved to a file from this browser yet.");
      const promise = kept
        ? t("This browser has agreed to keep this site's data unless you clear it yourself.")
        : t("This browser has not promised to keep this site's data: a file is the safe copy.");
      backup.textContent = `${saved} ${promise}`;
    }
  }

  function ask() {
    confirmBox.hidden = false;
    no.focus();
  }
  function cancel() {
    confirmBox.hidden = true;
    eraseButton.focus();
  }
  async function erase() {
    confirmBox.hidden = true;
    try {
      const done = await eraseEverything();
      if (done.caches || done.workers) document.dispatchEvent(new CustomEvent(OFFLINE_ERASED));
      // Open tabs with a worksheet would save their answers again at the next change: tell them.
      if ("BroadcastChannel" in window) {
        const tabs = new BroadcastChannel(channelName);
        tabs.postMessage({ type: "erased" });
        tabs.close();
      }
      const erased = t("Erased: {items}, {copies}, {workers}.", {
        items: tn("{count} saved item", "{count} saved items", done.keys),
        copies: tn("{count} offline copy", "{count} offline copies", done.caches),
        workers: tn("{count} service worker", "{count} service workers", done.workers),
      });
      const after = t(
        "To keep it that way, close this tab: opening another page of the guide stores its theme setting again and, if your browser allows it, downloads the offline copy again.",
      );
      status.textContent = `${erased} ${after}`;
    } catch (error) {
      status.textContent = t(
        "Not everything could be erased ({reason}). Your browser's settings can clear this site's data.",
        { reason: reasonFor(error) },
      );
    }
    await refresh();
    // The erase button is now disabled (nothing left), so focus the list's summary instead.
    summary.focus();
  }
  const onStorage = () => refresh();
  const onKey = (event) => event.key === "Escape" && !confirmBox.hidden && cancel();

  eraseButton.addEventListener("click", ask);
  no.addEventListener("click", cancel);
  yes.addEventListener("click", erase);
  confirmBox.addEventListener("keydown", onKey);
  window.addEventListener("storage", onStorage); // another tab saved or erased something
  document.addEventListener(ANSWERS_CHANGED, onStorage); // answers imported here
  section.hidden = false;
  refresh();
  return () => {
    window.removeEventListener("storage", onStorage);
    document.removeEventListener(ANSWERS_CHANGED, onStorage);
  };
}

/** Loaded on demand by sharing-tools.js on the page that has a [data-your-data] section. */
export function mount(section) {
  return mountYourData(section);
}
