// Printing one part of a page: a worksheet as a blank handout or with its answers, a homework
// sheet, a summary of answers. The part and its ancestors are marked, and print.css hides
// everything else while <html data-print-only> is set; the marks go once printing is done.
// Like the PDF handouts, each printed page carries a running head (site name and title) and a
// foot (the permanent link and the date printed): print.css's @page margin boxes read them
// from custom properties set here.
import { worksheetToolRow } from "../shared/clipboard.js";
import { readableDate } from "../shared/dates.js";
import { elements } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { loadLinks, permanentURL } from "../shared/site-data.js";

const HEAD = "--print-head";
const FOOT = "--print-foot";
const SITE = "Closer";

function clearMarks(keep = null) {
  const root = document.documentElement;
  delete root.dataset.printOnly;
  root.style.removeProperty(HEAD);
  root.style.removeProperty(FOOT);
  for (const node of elements("[data-print-path], [data-print-target]")) {
    delete node.dataset.printPath;
    delete node.dataset.printTarget;
  }
  for (const copy of document.querySelectorAll(".print-copy")) if (copy !== keep) copy.remove();
}

/** A CSS string token: the text is data, quoted for `content: var(...)`. */
const cssString = (text) => JSON.stringify(String(text).replace(/[\n\r]+/g, " "));

/**
 * Print only `element` (and what it contains), headed "Closer · {title}" and footed with `link`
 * (a permanent link) and today's date.
 */
export function printOnly(element, { title = "", link = "" } = {}) {
  clearMarks(element);
  const root = document.documentElement;
  root.dataset.printOnly = "";
  root.style.setProperty(HEAD, cssString(title ? `${SITE} · ${title}` : SITE));
  const printed = t("Printed {date}", { date: readableDate(new Date().toISOString()) });
  root.style.setProperty(FOOT, cssString(link ? `${link} · ${printed}` : printed));
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
    ".worksheet__tools, .worksheet__partner, .worksheet__earlier, .worksheet__confirm, .worksheet__undo, [data-worksheet-result], [data-worksheet-errors], .field__error";
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

/**
 * "Print a blank copy" and "Print with my answers" on each worksheet of the page, and beside
 * them the link to its PDF handout, which the build puts just before the form.
 */
export function mountPrintButtons() {
  const added = [];
  const moved = [];
  let links = new Map();
  loadLinks()
    .then(({ byWorksheet }) => {
      links = byWorksheet;
    })
    .catch(() => {
      /* without the index, the printed foot has the date only */
    });
  for (const form of elements("form.worksheet[data-worksheet]")) {
    const title = form.querySelector(".worksheet__title")?.textContent || t("this worksheet");
    const print = (part) => () => {
      const slug = links.get(form.dataset.worksheet)?.slug;
      printOnly(part(), { title, link: slug ? permanentURL(slug) : "" });
    };
    const blank = button(
      t("Print a blank copy"),
      t("Print a blank copy of “{title}”", { title }),
      print(() => blankCopy(form)),
    );
    const filled = button(
      t("Print with my answers"),
      t("Print with my answers: “{title}”", { title }),
      print(() => form),
    );
    const row = worksheetToolRow(form);
    row.append(blank, filled);
    added.push(blank, filled);
    const holder = form.previousElementSibling;
    const handout = holder?.matches(".print-links--worksheet") ? holder.querySelector("a") : null;
    if (handout) {
      row.append(handout);
      moved.push([handout, holder]);
    }
  }
  return () => {
    clearMarks();
    for (const node of added) node.remove();
    for (const [handout, holder] of moved) holder.append(handout);
  };
}
