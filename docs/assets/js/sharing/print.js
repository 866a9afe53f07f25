// Printing one part of a page: a worksheet as a blank handout or with its answers, a homework
// sheet, a summary of answers. The part and its ancestors are marked, and print.css hides
// everything else while <html data-print-only> is set; the marks go once printing is done.
import { worksheetToolRow } from "../shared/clipboard.js";
import { readableDay } from "../shared/dates.js";
import { element, elements } from "../shared/dom.js";
import { loadLinks, permanentURL } from "../shared/site-data.js";
import { localDay } from "../worksheet/repeat.js";

/** Permanent links by worksheet id, once loaded (printing never waits for them). */
let permanent = new Map();

function clearMarks(keep = null) {
  const root = document.documentElement;
  delete root.dataset.printOnly;
  for (const node of elements("[data-print-path], [data-print-target]")) {
    delete node.dataset.printPath;
    delete node.dataset.printTarget;
  }
  for (const copy of document.querySelectorAll(".print-copy")) if (copy !== keep) copy.remove();
  for (const frame of document.querySelectorAll(".print-frame")) if (!keep?.contains(frame)) frame.remove();
}

/** A printed worksheet says what it is and where it came from: a header with the site's name and
    the worksheet's title, a footer with its permanent link and the day it was printed. */
function addPrintFrame(target, form, title) {
  const id = form.dataset.worksheet || "";
  const link = permanent.get(id) || `${window.location.href.split("#")[0]}#${form.id}`;
  const head = element("p", "print-frame print-frame--head");
  head.append(
    element("span", "print-frame__site", document.querySelector(".md-header__topic")?.textContent?.trim() || "Closer"),
    ` · ${title}`,
  );
  const foot = element("p", "print-frame print-frame--foot", `${link} · Printed ${readableDay(localDay())}`);
  target.prepend(head);
  target.append(foot);
}

/** Print only `element` (and what it contains). */
export function printOnly(element) {
  clearMarks(element);
  document.documentElement.dataset.printOnly = "";
  element.dataset.printTarget = "";
  for (let node = element.parentElement; node && node !== document.documentElement; node = node.parentElement) {
    node.dataset.printPath = "";
  }
  window.addEventListener("afterprint", () => clearMarks(), { once: true });
  window.print();
}

/** A blank copy of a worksheet for printing: same questions, no answers, no ids to clash. */
function blankCopy(form) {
  const copy = form.cloneNode(true);
  copy.reset();
  for (const node of [copy, ...copy.querySelectorAll("[id], [for], [data-worksheet]")]) {
    node.removeAttribute("id");
    node.removeAttribute("for");
    node.removeAttribute("data-worksheet");
  }
  const extras =
    ".worksheet__tools, .worksheet__partner, .worksheet__earlier, [data-worksheet-result], [data-worksheet-errors], .field__error";
  for (const extra of copy.querySelectorAll(extras)) {
    extra.remove();
  }
  copy.classList.add("print-copy");
  copy.setAttribute("aria-hidden", "true");
  form.after(copy);
  return copy;
}

function button(text, name, onClick) {
  const node = document.createElement("button");
  node.type = "button";
  node.className = "md-button";
  node.textContent = text;
  node.setAttribute("aria-label", name);
  node.addEventListener("click", onClick);
  return node;
}

/** "Print a blank copy" and "Print with my answers" on each worksheet of the page. */
export function mountPrintButtons() {
  const added = [];
  loadLinks()
    .then(({ byWorksheet }) => {
      permanent = new Map([...byWorksheet].map(([id, link]) => [id, permanentURL(link.slug)]));
    })
    .catch(() => {
      /* without the index, a printed sheet names this page's address instead */
    });
  for (const form of document.querySelectorAll("form.worksheet[data-worksheet]")) {
    const title = form.querySelector(".worksheet__title")?.textContent || "this worksheet";
    const blank = button("Print a blank copy", `Print a blank copy of “${title}”`, () => {
      const copy = blankCopy(form);
      addPrintFrame(copy, form, title);
      printOnly(copy);
    });
    const filled = button("Print with my answers", `Print with my answers: “${title}”`, () => {
      clearMarks();
      addPrintFrame(form, form, title);
      printOnly(form);
    });
    worksheetToolRow(form).append(blank, filled);
    added.push(blank, filled);
  }
  return () => {
    clearMarks();
    for (const node of added) node.remove();
  };
}
