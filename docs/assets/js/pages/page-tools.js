// Small page behaviours that need no Python: the quick exit (its button, or Esc twice) and
// dismissable glossary tips.

const ESCAPE_TWICE_MS = 1000;
let lastEscape = Number.NEGATIVE_INFINITY; // a first press, however soon after the page opened, is only one

function leave(link) {
  // replace() takes the page on screen out of the Back button's path (only that one page:
  // the browser keeps the pages read before it, as "Is this guide for you?" says).
  window.location.replace(link.href);
}

function leaveQuickly(event) {
  const link = event.target.closest("[data-quick-exit]");
  if (!link) return;
  event.preventDefault();
  leave(link);
}

/** Esc pressed twice within a second leaves too, from anywhere on the page. */
function leaveByKeyboard(event) {
  if (event.key !== "Escape" || event.repeat) return;
  const now = event.timeStamp;
  if (now - lastEscape < ESCAPE_TWICE_MS) {
    const link = document.querySelector("[data-quick-exit]");
    if (link) leave(link);
  }
  lastEscape = now;
}

function dismissTip(event) {
  if (event.key !== "Escape") return;
  const term = /** @type {HTMLElement | null} */ (document.activeElement?.closest(".term"));
  if (term) term.dataset.dismissed = "";
}

function restoreTip(event) {
  const term = event.target.closest?.(".term");
  if (term && event.type === "focusin") delete term.dataset.dismissed;
  if (term && event.type === "mouseover" && !term.contains(event.relatedTarget)) delete term.dataset.dismissed;
}

export function mountPageTools() {
  document.addEventListener("click", leaveQuickly);
  document.addEventListener("keydown", dismissTip);
  document.addEventListener("keydown", leaveByKeyboard);
  document.addEventListener("focusin", restoreTip);
  document.addEventListener("mouseover", restoreTip);
}
