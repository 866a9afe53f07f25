// The "Your answers" page's list of what is kept on this device: each worksheet, whose answers
// they are, when they were saved, and a link to the worksheet. It updates after an import.

import { readableDate } from "../shared/dates.js";
import { element } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { ANSWERS_CHANGED } from "../shared/names.js";
import { currentURL, loadLabels, loadLinks } from "../shared/site-data.js";
import { sheetFor } from "../storage/import-plan.js";
import * as storage from "../storage/storage.js";

function render(container, labels, byWorksheet) {
  const records = storage.listRecords();
  if (!records.length) {
    container.replaceChildren(element("p", null, t("No answers are saved on this device yet.")));
    return;
  }
  const list = element("ul", "saved-answers");
  for (const record of records) {
    const item = element("li");
    const link = byWorksheet.get(record.worksheet);
    const title = sheetFor(labels, record.worksheet)?.title || record.worksheet;
    const name = link ? element("a", null, title) : element("span", null, title);
    if (link) name.href = currentURL(link);
    const date = readableDate(record.updated);
    const whose =
      record.profile === "partner"
        ? t("(your partner's answers, saved {date})", { date })
        : t("(your answers, saved {date})", { date });
    item.append(name, ` ${whose}`);
    list.append(item);
  }
  container.replaceChildren(list);
}

export function mount(container) {
  let refresh = () => {};
  Promise.all([loadLabels(), loadLinks()])
    .then(([labels, links]) => {
      refresh = () => render(container, labels, links.byWorksheet);
      refresh();
    })
    .catch(() => container.replaceChildren(element("p", null, t("The list of saved answers could not be shown."))));
  const onChange = () => refresh();
  document.addEventListener(ANSWERS_CHANGED, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    document.removeEventListener(ANSWERS_CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}
