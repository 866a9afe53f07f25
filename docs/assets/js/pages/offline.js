// Offline use: register the service worker (sw.js at the site root, built by
// macros/sw-build.mjs), say in the footer whether the guide works offline, and offer a new
// version without ever mixing two: the new worker waits until the reader presses "Reload".

import { elements } from "../shared/dom.js";
import { OFFLINE_ERASED } from "../shared/names.js";
import { siteRoot } from "../shared/paths.js";

const TEXT = {
  offlineChecking: "Offline",
  saving: "Saving the guide for offline use…",
  ready: "Available offline",
  offlineReady: "Offline: everything you have visited still works",
  offlineNotReady: "Offline: pages you have not opened yet may not load",
};

let state = "none"; // "checking" | "none" | "saving" | "ready"
let notice = null; // the update notice: a polite live region, created once
let waiting = null; // the newest installed version, waiting for the reader's "Reload"
let reloadRequested = false;

function statusText() {
  if (navigator.onLine) return TEXT[state] || "";
  if (state === "checking") return TEXT.offlineChecking;
  return state === "ready" ? TEXT.offlineReady : TEXT.offlineNotReady;
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
  footer.append(status);
}

function showStatus(next) {
  if (next) state = next;
  for (const status of elements("[data-offline-status]")) {
    status.textContent = statusText();
    status.dataset.state = navigator.onLine ? state : "offline";
  }
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
  text.textContent = "A new version is available.";
  const reload = document.createElement("button");
  reload.type = "button";
  reload.textContent = "Reload";
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
  const registration = await container.register(new URL("sw.js", siteRoot), { scope: siteRoot.pathname });
  if (registration.waiting && registration.active) offerUpdate(registration.waiting);
  if (registration.installing) watchInstall(registration, registration.installing);
  registration.addEventListener("updatefound", () => watchInstall(registration, registration.installing));
  await container.ready;
  showStatus((await hasPrecache()) ? "ready" : "none");
}

// A worker becomes active only after its install stored every file of the precache. The
// worker `mkdocs serve` writes has no precache (and removes itself): then there is none.
async function hasPrecache() {
  const registration = await navigator.serviceWorker.getRegistration(siteRoot.href);
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
  if (window.document$) window.document$.subscribe(placeStatus);
  else placeStatus();
  if (!("serviceWorker" in navigator)) return; // e.g. file:// or plain http on another host
  // What this browser already holds is known at once, without waiting for the page to load.
  showStatus("checking");
  hasPrecache()
    .then((held) => {
      if (held) showStatus("ready");
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
