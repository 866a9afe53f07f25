// Material's language selector, made to work with instant navigation: the header is not
// swapped when instant navigation changes page, so its links would still point to the first
// page's translation, and an instant swap would keep the old <html lang> and catalog. Every
// language has the same slugs, so the page in the chosen language is this path under that
// language's root; it is opened with a full page load, its fragment kept (and put back by a
// page that took it out of the address: LANGUAGE_SWITCHING).

import { pageLanguage } from "../shared/i18n.js";
import { LANGUAGE_SWITCHING } from "../shared/names.js";
import { DEFAULT_LANGUAGE, languageRoot, siteRoot } from "../shared/paths.js";

/** This page's path below its language's root ("chapters/vulnerability/"), with search and hash. */
function pathInLanguage(hash) {
  const root = languageRoot().pathname;
  const here = window.location.pathname;
  const path = here.startsWith(root) ? here.slice(root.length) : here.slice(siteRoot.pathname.length);
  return path + window.location.search + hash;
}

function switchLanguage(event) {
  const link = event.target.closest?.("a.md-select__link[hreflang]");
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const language = link.getAttribute("hreflang") || DEFAULT_LANGUAGE;
  // Before Material's own (bubbling) handler, which would navigate without a reload.
  event.preventDefault();
  event.stopPropagation();
  if (language === pageLanguage()) return;
  const carried = { hash: window.location.hash };
  document.dispatchEvent(new CustomEvent(LANGUAGE_SWITCHING, { detail: carried }));
  window.location.assign(new URL(pathInLanguage(carried.hash), languageRoot(language)).href);
}

export function mountLanguageSwitch() {
  window.addEventListener("click", switchLanguage, { capture: true });
}
