// While a homework is kept on this device, every page's header offers "Your homework".
// The header survives instant navigation, so the link is added once and removed when the
// homework is removed (refreshHomeworkNav is called again then).

import { t } from "../shared/i18n.js";
import { siteHref } from "../shared/paths.js";
import { loadHomework } from "./homework-store.js";

export function refreshHomeworkNav() {
  const header = document.querySelector(".md-header__inner");
  const existing = document.querySelector(".homework-link");
  const has = loadHomework().status === "ok";
  if (!has || !header) {
    existing?.remove();
    return;
  }
  // Instant navigation may have changed the page's language: the kept link follows it.
  if (existing instanceof HTMLAnchorElement) {
    existing.href = siteHref("therapists/homework/");
    existing.textContent = t("Your homework");
    return;
  }
  const link = document.createElement("a");
  link.className = "homework-link";
  link.href = siteHref("therapists/homework/"); // in the page's language
  link.textContent = t("Your homework");
  const search = header.querySelector(".md-search");
  if (search) search.before(link);
  else header.append(link);
}

export function mountHomeworkNav() {
  refreshHomeworkNav();
  return () => {};
}
