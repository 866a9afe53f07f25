// Entry for the therapist and sharing features, mounted on every page by main.js:
// "Copy link" and print buttons, the "Your homework" header link, and, only on the pages that
// have their container, the page's own module (loaded on demand, so other pages stay light).
import { mountHomeworkNav } from "../homework/homework-nav.js";
import { elements } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { mountPermalinks } from "./permalinks.js";
import { mountPrintButtons } from "./print.js";

/** @type {Array<[string, () => Promise<{ mount(container: HTMLElement): () => void }>]>} */
const PAGE_MODULES = [
  ["[data-homework-builder]", () => import("../homework/homework-builder.js")],
  ["[data-homework]", () => import("../homework/homework.js")],
  ["[data-share]", () => import("./share.js")],
  ["[data-saved-answers]", () => import("../pages/your-answers.js")],
  ["[data-answers-export]", () => import("./export-answers.js")],
  ["[data-answers-import]", () => import("./import-answers.js")],
  ["[data-viewer]", () => import("./viewer.js")],
  ["[data-caseload]", () => import("../pages/caseload.js")],
  ["[data-your-data]", () => import("../pages/your-data.js")],
  // Repeatable worksheets (the check-in): a reminder for the calendar. The homework page makes
  // its own, from the homework it has kept (homework/homework-reminder.js).
  ["form.worksheet:has(input[data-fill='today']):has(input[name='history'])", () => import("../pages/reminder.js")],
];

export function mountSharingTools() {
  let live = true;
  const unmounts = [mountPrintButtons(), mountPermalinks(), mountHomeworkNav()];
  for (const [selector, load] of PAGE_MODULES) {
    for (const container of elements(selector)) {
      load()
        .then((module) => {
          if (live) unmounts.push(module.mount(container));
        })
        .catch((error) => {
          console.error(error);
          container.textContent = t("This part of the page could not be loaded. Try reloading the page.");
        });
    }
  }
  return () => {
    live = false;
    for (const unmount of unmounts) unmount();
  };
}
