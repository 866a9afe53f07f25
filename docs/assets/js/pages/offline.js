// Offline use: register the service worker (sw.js at the site root, built by
// macros/sw-build.mjs), say in the footer what works offline (reading only, or the worksheets
// too), and offer a new version without ever mixing two: the new worker waits until the reader
// presses "Reload".
//
// The download policy: a first visit keeps what reading needs (the precache, well under
// 1.5 MB). Python (about 13 MB) is kept the first time a worksheet starts (runtime/runtime.js,
// from that same download), when the reader presses "Make the worksheets available offline"
// (footer and the "Use it offline" page), or when the app is installed; never in the background
// when the browser asks to save data.

import { keepRuntime, runtimeKept, savesData } from "../runtime/runtime-files.js";
import { elements } from "../shared/dom.js";
import { formatNumber, t } from "../shared/i18n.js";
import { OFFLINE_ERASED } from "../shared/names.js";
import { languageRoot } from "../shared/paths.js";

// Words are looked up when shown: instant navigation may have changed the page's language.
const TEXT = {
  offlineChecking: () => t("Offline"),
  saving: () => t("Downloading the guide for offline use…"),
  ready: () => t("Reading available offline"),
  everything: () => t("Everything, worksheets too, available offline"),
  offlineReady: () => t("Offline: the pages you have visited still work; the worksheets need one online start"),
  offlineEverything: () => t("Offline: everything you have visited still works, worksheets too"),
  offlineNotReady: () => t("Offline: pages you have not opened yet may not load"),
};

let state = "none"; // "checking" | "none" | "saving" | "ready" | "keeping" | "everything"
let keeping = null; // the download of the runtime the reader asked for, while it runs
let keepingText = () => "";
let percentKept = 0; // how far that download is, for the bar where the button was
let pressed = false; // the reader asked for it on this page: its place says "Done" after
let failed = false; // the last download asked for failed: the button is offered again
let notice = null; // the update notice: a polite live region, created once
let waiting = null; // the newest installed version, waiting for the reader's "Reload"
let reloadRequested = false;

function statusText() {
  if (navigator.onLine) return state === "keeping" ? keepingText() : TEXT[state]?.() || "";
  if (state === "checking") return TEXT.offlineChecking();
  if (state === "everything") return TEXT.offlineEverything();
  return state === "ready" || state === "keeping" ? TEXT.offlineReady() : TEXT.offlineNotReady();
}

/** Download and keep Python for offline use, showing how far it is; once at a time. */
function keepWorksheets() {
  if (keeping) return keeping;
  failed = false;
  percentKept = 0;
  keepingText = () => t("Downloading the worksheets for offline use…");
  showStatus("keeping");
  keeping = keepRuntime((loaded, total) => {
    percentKept = Math.floor((loaded / total) * 100);
    const percent = formatNumber(percentKept);
    keepingText = () => t("Downloading the worksheets for offline use… {percent}%", { percent });
    showStatus();
  })
    .then(() => showStatus("everything"))
    .catch(() => {
      failed = true;
      keepingText = () =>
        t("The worksheets could not be downloaded for offline use. Check your connection, then try again.");
    })
    .finally(() => {
      keeping = null;
      showStatus(); // after a failure, the button is offered again
    });
  return keeping;
}

function keepButton() {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "offline-status__keep";
  button.dataset.keepWorksheets = "";
  button.textContent = t("Make the worksheets available offline");
  button.addEventListener("click", () => {
    pressed = true;
    keepWorksheets();
  });
  return button;
}

/** What the page's place says instead of the button (or beside it, after a failure). */
function placeText() {
  if (state === "everything") {
    return pressed
      ? t("Done: everything, worksheets too, is available offline on this device.")
      : t("Everything, worksheets too, is available offline on this device.");
  }
  if (keeping) return t("Downloading the worksheets for offline use…");
  if (failed) {
    return t(
      "The worksheets could not be downloaded for offline use. Check your connection, then press the button again.",
    );
  }
  if (!navigator.onLine)
    return t("You are offline. When you are connected, a button appears here to download the worksheets.");
  return "";
}

/** Only when reading is kept and the worksheets are not, and a download is possible. */
function offerKeep() {
  return (state === "ready" || (state === "keeping" && !keeping)) && navigator.onLine;
}

// The footer is replaced on every instant navigation, so the status line is put back each time.
// It is created with its text already in it: a screen reader hears changes, not every page.
function placeStatus() {
  const footer = document.querySelector(".md-footer-meta__inner");
  if (!footer || footer.querySelector("[data-offline-status]")) return;
  const status = document.createElement("p");
  status.className = "offline-status";
  status.setAttribute("role", "status");
  status.dataset.offlineStatus = "";
  status.textContent = statusText();
  footer.append(status, keepButton());
  showStatus();
}

// The "Use it offline" page holds a place for the same button: <div data-keep-worksheets-here>.
// There, the outcome is said where the reader pressed: a polite status in the button's place,
// with a bar while the download runs. It is created with its text, so a page load is not announced.
function placeKeepOnPage() {
  for (const place of elements("[data-keep-worksheets-here]")) {
    if (place.querySelector("[data-keep-worksheets]")) continue;
    const status = document.createElement("p");
    status.className = "offline-keep__status";
    status.id = "offline-keep-status";
    status.setAttribute("role", "status");
    status.dataset.keepStatus = "";
    status.textContent = placeText();
    const bar = document.createElement("progress");
    bar.className = "offline-keep__bar";
    bar.max = 100;
    bar.setAttribute("aria-labelledby", status.id);
    bar.dataset.keepBar = "";
    place.append(keepButton(), status, bar);
  }
  showStatus();
}

function showStatus(next) {
  if (next) state = next;
  // Once the reader pressed the page's button, its place speaks, and the footer's line is not
  // announced as well; until then the footer speaks, as on every page.
  const placed = elements("[data-keep-status]");
  const placeSpeaks = pressed && placed.length > 0;
  for (const status of elements("[data-offline-status]")) {
    status.textContent = statusText();
    status.dataset.state = navigator.onLine ? state : "offline";
    status.setAttribute("aria-live", placeSpeaks ? "off" : "polite");
  }
  for (const button of elements("[data-keep-worksheets]")) button.hidden = !offerKeep();
  const text = placeText();
  for (const status of placed) {
    status.setAttribute("aria-live", placeSpeaks ? "polite" : "off");
    if (status.textContent !== text) status.textContent = text;
    status.dataset.state = failed && !keeping ? "failed" : state;
  }
  for (const bar of /** @type {HTMLProgressElement[]} */ (elements("[data-keep-bar]"))) {
    bar.hidden = !keeping;
    bar.value = percentKept;
  }
}

/** Reading is kept; are the worksheets kept too? */
async function heldState() {
  if (!(await hasPrecache())) return "none";
  return (await runtimeKept().catch(() => false)) ? "everything" : "ready";
}

function createNotice() {
  notice = document.createElement("div");
  notice.className = "update-notice";
  notice.setAttribute("role", "status");
  notice.setAttribute("aria-live", "polite");
  notice.dataset.updateNotice = "";
  // Right under the header: early in the reading order, outside the part instant navigation swaps.
  const container = document.querySelector(".md-container");
  if (container) container.before(notice);
  else document.body.append(notice);
}

function offerUpdate(worker) {
  waiting = worker; // a later deployment may replace the one first offered
  if (notice.childElementCount) return;
  const text = document.createElement("p");
  text.textContent = t("A new version is available.");
  const reload = document.createElement("button");
  reload.type = "button";
  reload.textContent = t("Reload");
  reload.addEventListener("click", () => {
    reload.disabled = true;
    reloadRequested = true;
    // Saved answers live in localStorage, which an update never touches.
    waiting.postMessage({ type: "SKIP_WAITING" });
  });
  notice.replaceChildren(text, reload);
}

function whenActivated(worker) {
  if (worker.state === "activated") return Promise.resolve();
  return new Promise((resolve) => {
    worker.addEventListener("statechange", () => {
      if (worker.state === "activated") resolve();
    });
  });
}

function watchInstall(registration, worker) {
  if (!registration.active) showStatus("saving");
  worker.addEventListener("statechange", () => {
    // An update is "installed" while an older version is still active: it waits for the reader.
    if (worker.state === "installed" && registration.active) offerUpdate(worker);
    if (worker.state === "redundant" && !registration.active) showStatus("none");
  });
}

async function register() {
  const container = navigator.serviceWorker;
  let hadController = Boolean(container.controller);
  container.addEventListener("controllerchange", () => {
    // The first install takes over this page: same files, nothing to reload. Later changes
    // come from "Reload" (here or in another tab): reload so the page is all one version.
    if (hadController || reloadRequested) window.location.reload();
    hadController = true;
  });
  // One worker per language (macros/sw-build.mjs): this page's language's pages, and what all share.
  const root = languageRoot();
  const registration = await container.register(new URL("sw.js", root), { scope: root.pathname });
  if (registration.waiting && registration.active) offerUpdate(registration.waiting);
  if (registration.installing) watchInstall(registration, registration.installing);
  registration.addEventListener("updatefound", () => watchInstall(registration, registration.installing));
  await container.ready;
  showStatus(await heldState());
  // An installed app is expected to work offline: keep Python too, unless data is to be saved.
  if (state === "ready" && installed() && !savesData()) keepWorksheets();
}

function installed() {
  return window.matchMedia?.("(display-mode: standalone)").matches || /** @type {any} */ (navigator).standalone;
}

// A worker becomes active only after its install stored every file of the precache. The
// worker `mkdocs serve` writes has no precache (and removes itself): then there is none.
async function hasPrecache() {
  const registration = await navigator.serviceWorker.getRegistration(languageRoot().href);
  if (!registration?.active) return false;
  await whenActivated(registration.active);
  const names = await caches.keys();
  return names.some((name) => name.startsWith("closer-precache") && name.endsWith(registration.scope));
}

/** Once per document: the update notice, online/offline status and the service worker. */
export function mountOffline() {
  createNotice();
  window.addEventListener("online", () => showStatus());
  window.addEventListener("offline", () => showStatus());
  document.addEventListener(OFFLINE_ERASED, () => showStatus("none")); // "Your data" erased it
  // runtime/runtime.js kept Python after the first start of a worksheet.
  window.addEventListener("closer:runtime-kept", () => {
    if (state === "ready" || state === "keeping") showStatus("everything");
  });
  window.addEventListener("appinstalled", () => {
    if (!savesData() && state === "ready") keepWorksheets();
  });
  const place = () => {
    placeStatus();
    placeKeepOnPage();
  };
  if (window.document$) window.document$.subscribe(place);
  else place();
  if (!("serviceWorker" in navigator)) return; // e.g. file:// or plain http on another host
  // What this browser already holds is known at once, without waiting for the page to load.
  showStatus("checking");
  heldState()
    .then((held) => {
      if (held !== "none") showStatus(held);
      else if (state === "checking") showStatus("none");
    })
    .catch(() => showStatus("none"));
  // After "load", so precaching never competes with the page's own first download.
  const start = () =>
    register().catch(() => {
      // No offline copy (e.g. storage refused); the guide still works online.
      showStatus("none");
    });
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
