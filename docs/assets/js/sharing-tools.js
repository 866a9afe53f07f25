// Entry for the therapist and sharing features, mounted on every page by main.js:
// "Copy link" and print buttons, the "Your homework" header link, and, only on the pages that
// have their container, the page's own module (loaded on demand, so other pages stay light).
import { mountHomeworkNav } from "./homework-nav.js";
import { mountPermalinks } from "./permalinks.js";
import { mountPrintButtons } from "./print.js";

const PAGE_MODULES = [
  ["[data-homework-builder]", () => import("./homework-builder.js")],
  ["[data-homework]", () => import("./homework.js")],
  ["[data-share]", () => import("./share.js")],
  ["[data-saved-answers]", () => import("./your-answers.js")],
  ["[data-answers-export]", () => import("./export-answers.js")],
  ["[data-answers-import]", () => import("./import-answers.js")],
  ["[data-viewer]", () => import("./viewer.js")],
  ["[data-your-data]", () => import("./your-data.js")],
];

export function mountSharingTools() {
  let live = true;
  const unmounts = [mountPrintButtons(), mountPermalinks(), mountHomeworkNav()];
  for (const [selector, load] of PAGE_MODULES) {
    for (const container of document.querySelectorAll(selector)) {
      load().then((module) => {
        if (live) unmounts.push(module.mount(container));
      }).catch((error) => {
        container.textContent = `This part of the page could not be loaded (${error.message}). Try reloading the page.`;
      });
    }
  }
  return () => {
    live = false;
    for (const unmount of unmounts) unmount();
  };
}
