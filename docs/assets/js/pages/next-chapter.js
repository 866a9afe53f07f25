// The reading order a check-in suggested, kept on this device and offered at the end of each
// chapter as "Your next chapter: …", instead of only the site's own order in the footer.
import { element } from "../shared/dom.js";
import { t, tParts } from "../shared/i18n.js";
import { storageKey } from "../shared/names.js";
import { siteHref } from "../shared/paths.js";

const KEY = storageKey("reading-order");

/** Keep the order a check-in's result suggests ([{ text, href }], site-relative hrefs). */
export function keepReadingOrder(result) {
  if (!result?.links?.length) return;
  try {
    window.localStorage.setItem(
      KEY,
      JSON.stringify({
        links: result.links.map(({ text, href }) => ({ text, href })),
        updated: new Date().toISOString(),
      }),
    );
  } catch {
    /* storage full or blocked: the result still shows the order */
  }
}

function readOrder() {
  try {
    const kept = JSON.parse(window.localStorage.getItem(KEY) || "null");
    return Array.isArray(kept?.links)
      ? kept.links.filter((l) => typeof l?.href === "string" && typeof l?.text === "string")
      : [];
  } catch {
    return [];
  }
}

/** On a chapter page, the next chapter in the kept order; returns an unmount function. */
export function mountNextChapter() {
  const links = readOrder();
  const article = document.querySelector(".md-content__inner");
  const here = window.location.pathname;
  if (!links.length || !article || !here.includes("/chapters/")) return () => {};
  const at = links.findIndex((link) => new URL(siteHref(link.href)).pathname === here);
  const box = element("aside", "next-chapter");
  box.setAttribute("aria-label", t("Your reading order"));
  if (at === links.length - 1) {
    box.append(
      element("p", "next-chapter__title", t("This is the last chapter of the order your check-in suggested.")),
    );
  } else {
    const next = links[at + 1];
    const anchor = element("a", null, next.text);
    anchor.href = siteHref(next.href);
    const line = element("p", "next-chapter__title");
    line.append(...tParts("Your next chapter: {chapter}", { chapter: anchor }));
    box.append(line, element("p", "next-chapter__why", t("From the reading order your last check-in suggested.")));
  }
  article.append(box);
  return () => box.remove();
}
