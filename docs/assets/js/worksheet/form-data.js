// Read and write a worksheet form's answers as plain data, field by field (name = field id).
import { t, tn } from "../shared/i18n.js";
import { ANSWERS_WRITTEN } from "../shared/names.js";

function fieldsOf(form) {
  return [...form.querySelectorAll("[data-field]")];
}

function controlsOf(field) {
  const name = field.dataset.field;
  return [...field.querySelectorAll("input, textarea, select")].filter((c) => c.name === name);
}

function parseHidden(control) {
  if (!control.value) return null;
  try {
    return JSON.parse(control.value);
  } catch {
    return null; // state the page kept is rebuilt by Python when it cannot be read
  }
}

/** The answers as JSON-ready data: text as typed, radio → value or null, checkboxes → list. */
export function readAnswers(form) {
  const answers = {};
  for (const field of fieldsOf(form)) {
    const controls = controlsOf(field);
    if (controls.length === 0) continue;
    const kind = controls[0].type;
    if (kind === "hidden") answers[field.dataset.field] = parseHidden(controls[0]);
    else if (kind === "checkbox") answers[field.dataset.field] = controls.filter((c) => c.checked).map((c) => c.value);
    else if (kind === "radio") answers[field.dataset.field] = controls.find((c) => c.checked)?.value ?? null;
    else answers[field.dataset.field] = controls[0].value;
  }
  return answers;
}

/** Put answers back (all fields named in `answers`); unknown fields and values are ignored. */
export function writeAnswers(form, answers) {
  for (const field of fieldsOf(form)) {
    const value = answers[field.dataset.field];
    if (!(field.dataset.field in answers)) continue;
    for (const control of controlsOf(field)) {
      if (control.type === "hidden") control.value = value === null || value === undefined ? "" : JSON.stringify(value);
      else if (control.type === "checkbox") control.checked = Array.isArray(value) && value.includes(control.value);
      else if (control.type === "radio") control.checked = value !== null && String(value) === control.value;
      else control.value = value === undefined || value === null ? "" : String(value);
    }
  }
  form.dispatchEvent(new Event(ANSWERS_WRITTEN));
}

export function hasAnyAnswer(answers) {
  return Object.values(answers).some((v) => (Array.isArray(v) ? v.length > 0 : v !== null && v !== ""));
}

/** The field's first control, for the summary's link (null for a field with no error slot). */
function firstControl(slot) {
  return slot?.closest("[data-field]")?.querySelector("input, textarea, select") ?? null;
}

/** "Question: problem", without a colon after a statement's own full stop or question mark
 *  ("…fix things.: Please answer" reads as a typo). */
function summaryWords(problem) {
  if (!problem.label) return problem.text;
  const question = problem.label.trim().replace(/\.$/, "");
  if (/[?!…]$/.test(question)) return t("{question} {problem}", { question, problem: problem.text });
  return t("{question}: {problem}", { question, problem: problem.text });
}

function summaryLink(problem, control) {
  const words = summaryWords(problem);
  if (!control) return document.createTextNode(words);
  const link = document.createElement("a");
  link.href = `#${control.id}`;
  link.textContent = words;
  link.addEventListener("click", (event) => {
    // As GOV.UK's error summary does: show the question with its legend, then focus the control.
    event.preventDefault();
    control.closest("[data-field]").scrollIntoView({ block: "start" });
    control.focus({ preventScroll: true });
  });
  return link;
}

/**
 * Show Python's problems: each sentence once next to its field, and once in a summary at the top
 * of the form that links to the field (the GOV.UK error-summary pattern). Only `text` and the
 * question's `label` are shown; the technical keys (field, expected, received) stay in the reply.
 */
export function showProblems(form, problems) {
  clearProblems(form);
  const summary = form.querySelector("[data-worksheet-errors]");
  const list = document.createElement("ul");
  const shown = new Set();
  for (const problem of problems) {
    const slot = form.querySelector(`[data-field-error="${CSS.escape(problem.field)}"]`);
    const key = `${slot ? problem.field : ""}\n${problem.text}`;
    if (shown.has(key)) continue; // e.g. two unknown answers: one sentence is enough
    shown.add(key);
    if (slot) {
      slot.textContent = problem.text;
      slot.hidden = false;
      for (const control of controlsOf(slot.closest("[data-field]"))) control.setAttribute("aria-invalid", "true");
    }
    const item = document.createElement("li");
    item.append(summaryLink(problem, firstControl(slot)));
    list.append(item);
  }
  const heading = document.createElement("p");
  heading.className = "worksheet__errors-title";
  heading.textContent = tn("One answer needs a look:", "{count} answers need a look:", shown.size);
  summary.replaceChildren(heading, list);
  summary.hidden = false;
  summary.focus();
}

export function clearProblems(form) {
  const summary = form.querySelector("[data-worksheet-errors]");
  summary.hidden = true;
  summary.replaceChildren();
  for (const slot of form.querySelectorAll("[data-field-error]")) {
    slot.hidden = true;
    slot.textContent = "";
  }
  for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
}
