// Printing one part of a page: a worksheet as a blank handout or with its answers, a homework
// sheet, a summary of answers. The part and its ancestors are marked, and print.css hides
// everything else while <html data-print-only> is set; the marks go once printing is done.
import { worksheetToolRow } from "../shared/clipboard.js";
import { elements } from "../shared/dom.js";

function clearMarks(keep = null) {
  const root = document.documentElement;
  delete root.dataset.printOnly;
  for (const node of elements("[data-print-path], [data-print-target]")) {
    delete node.dataset.printPath;
    delete node.dataset.printTarget;
  }
  for (const copy of document.querySelectorAll(".print-copy")) if (copy !== keep) copy.remove();
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

/** "Print a blank copy" and "Print with my answers" on each worksheet of the page. */
export function mountPrintButtons() {
  const added = [];
  for (const form of document.querySelectorAll("form.worksheet[data-worksheet]")) {
    const title = form.querySelector(".worksheet__title")?.textContent || "this worksheet";
    const blank = button("Print a blank copy", `Print a blank copy of “${title}”`, () => printOnly(blankCopy(form)));
    const filled = button("Print with my answers", `Print with my answers: “${title}”`, () => printOnly(form));
    worksheetToolRow(form).append(blank, filled);
    added.push(blank, filled);
  }
  return () => {
    clearMarks();
    for (const node of added) node.remove();
  };
}
