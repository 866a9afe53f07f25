// Small page behaviours that need no Python: the quick exit and dismissable glossary tips.

function leaveQuickly(event) {
  const link = event.target.closest("[data-quick-exit]");
  if (!link) return;
  event.preventDefault();
  // replace() keeps this site out of the Back button's path.
  window.location.replace(link.href);
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
  document.addEventListener("focusin", restoreTip);
  document.addEventListener("mouseover", restoreTip);
}
