// "Copy link" buttons on a chapter's title and on each worksheet: they copy the permanent link
// (/go/<slug>/), which keeps working when a chapter moves. The slugs come from go/index.json,
// written by the build from docs/data/permalinks.yml (see macros/permalinks.py).
import { copyLinkControl, worksheetToolRow } from "../shared/clipboard.js";
import { elements } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { currentPath, loadLinks, permanentURL } from "../shared/site-data.js";

export function mountPermalinks() {
  let live = true;
  const added = [];
  loadLinks()
    .then(({ links, byWorksheet }) => {
      if (!live) return;
      const path = currentPath();
      const page = links.find((link) => !link.anchor && link.path === path);
      const heading = document.querySelector(".md-content__inner h1");
      if (page && heading) {
        const control = copyLinkControl(permanentURL(page.slug), t("Copy link to “{title}”", { title: page.title }));
        control.classList.add("copy-link--page");
        heading.after(control);
        added.push(control);
      }
      for (const form of elements("form.worksheet[data-worksheet]")) {
        const link = byWorksheet.get(form.dataset.worksheet);
        if (!link) continue;
        const control = copyLinkControl(
          permanentURL(link.slug),
          t("Copy link to the worksheet “{title}”", { title: link.title }),
        );
        worksheetToolRow(form).prepend(control);
        added.push(control);
      }
    })
    .catch(() => {
      /* without the index, a page simply has no copy buttons */
    });
  return () => {
    live = false;
    for (const node of added) node.remove();
  };
}
