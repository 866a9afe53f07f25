// Read and write a worksheet form's answers as plain data, field by field (name = field id).

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
}

export function hasAnyAnswer(answers) {
  return Object.values(answers).some((v) => (Array.isArray(v) ? v.length > 0 : v !== null && v !== ""));
}

/** Show Python's validation problems next to their fields, and a summary that links to them. */
export function showProblems(form, problems) {
  clearProblems(form);
  const summary = form.querySelector("[data-worksheet-errors]");
  const heading = document.createElement("p");
  heading.className = "worksheet__errors-title";
  heading.textContent = problems.length === 1 ? "One answer needs a look:" : `${problems.length} answers need a look:`;
  const list = document.createElement("ul");
  for (const problem of problems) {
    const slot = form.querySelector(`[data-field-error="${CSS.escape(problem.field)}"]`);
    const text = `Expected ${problem.expected}; received ${problem.received}.`;
    if (slot) {
      slot.textContent = text;
      slot.hidden = false;
      for (const control of controlsOf(slot.closest("[data-field]"))) control.setAttribute("aria-invalid", "true");
    }
    const item = document.createElement("li");
    const link = document.createElement("a");
    const target = slot?.closest("[data-field]")?.querySelector("input, textarea, select");
    link.href = target ? `#${target.id}` : "#";
    link.textContent = `${problem.label}: ${text}`;
    item.append(link);
    list.append(item);
  }
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
