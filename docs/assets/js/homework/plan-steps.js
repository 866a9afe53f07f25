// The builder's plan in steps: each step a day and what to do that week (a chapter to read and a
// worksheet to fill in, either or both). Problems are shown next to the field they concern.

import { button, element } from "../shared/dom.js";
import { formatNumber, t } from "../shared/i18n.js";
import { attachDateWords } from "../worksheet/date-words.js";
import { localDay } from "../worksheet/repeat.js";
import { MAX_STEPS, stepProblems } from "./homework-link.js";

let counter = 0;

function weekAfter(isoDay) {
  const [y, m, d] = isoDay.split("-").map(Number);
  return localDay(new Date(y, m - 1, d + 7));
}

function choice(id, text, none, links, describe) {
  const wrap = element("div", "plan-step__field");
  const label = element("label", null, text);
  const select = element("select");
  select.id = id;
  label.htmlFor = id;
  const empty = element("option", null, none);
  empty.value = "";
  select.append(empty);
  for (const link of links) {
    const option = element("option", null, describe(link));
    option.value = link.slug;
    select.append(option);
  }
  const problem = element("p", "plan-step__problem field__error");
  problem.id = `${id}-problem`;
  problem.hidden = true;
  wrap.append(label, select, problem);
  return { wrap, control: select, problem };
}

function dayField(id, text) {
  const wrap = element("div", "plan-step__field");
  const label = element("label", null, text);
  const input = element("input");
  input.type = "date";
  input.id = id;
  label.htmlFor = id;
  const problem = element("p", "plan-step__problem field__error");
  problem.id = `${id}-problem`;
  problem.hidden = true;
  wrap.append(label, input, problem);
  const words = attachDateWords(input); // the browser's "mm/dd/yyyy" alone can be misread
  return { wrap, control: input, problem, words };
}

function showProblem(field, message) {
  field.problem.textContent = message;
  field.problem.hidden = !message;
  // The problem joins (or leaves) what describes the field; a date's line in words stays.
  const others = (field.control.getAttribute("aria-describedby") || "")
    .split(" ")
    .filter((id) => id && id !== field.problem.id);
  const described = message ? [field.problem.id, ...others] : others;
  if (described.length) field.control.setAttribute("aria-describedby", described.join(" "));
  else field.control.removeAttribute("aria-describedby");
  if (message) field.control.setAttribute("aria-invalid", "true");
  else field.control.removeAttribute("aria-invalid");
}

/** The steps editor: { part, steps(), check() → first field with a problem or null }. */
export function planSteps(links) {
  counter += 1;
  const prefix = `hw-plan-${counter}`;
  const chapters = links.filter((l) => l.kind === "chapter");
  const sheets = links.filter((l) => l.kind === "worksheet");
  const part = element("div", "plan-steps");
  const list = element("ol", "plan-steps__list");
  const limit = element("p", "plan-steps__limit");
  limit.setAttribute("role", "status");
  const rows = [];
  let made = 0;

  function renumber() {
    rows.forEach((row, index) => {
      const number = formatNumber(index + 1);
      row.legend.textContent = t("Step {number}", { number });
      row.day.wrap.querySelector("label").textContent = t("Day of step {number}", { number });
      row.remove.hidden = rows.length === 1;
      row.remove.textContent = t("Remove step {number}", { number });
    });
    add.disabled = rows.length >= MAX_STEPS;
    limit.textContent =
      rows.length >= MAX_STEPS ? t("A plan has at most {max} steps.", { max: formatNumber(MAX_STEPS) }) : "";
  }

  function addStep() {
    made += 1;
    const id = `${prefix}-${made}`;
    const item = element("li", "plan-step");
    const set = element("fieldset", "plan-step__set");
    const legend = element("legend");
    const day = dayField(`${id}-day`, "");
    const previous = rows[rows.length - 1];
    if (previous?.day.control.value) {
      day.control.value = weekAfter(previous.day.control.value);
      day.words();
    }
    const chapter = choice(`${id}-chapter`, t("Chapter to read"), t("No chapter"), chapters, (l) => l.title);
    // The worksheet's title alone: a phone's select shows one short line.
    const sheet = choice(`${id}-worksheet`, t("Worksheet to fill in"), t("No worksheet"), sheets, (l) => l.title);
    const row = { item, legend, day, chapter, sheet, remove: null };
    row.remove = button("", () => {
      rows.splice(rows.indexOf(row), 1);
      item.remove();
      renumber();
      add.focus();
    });
    row.remove.classList.add("plan-step__remove");
    set.append(legend, day.wrap, chapter.wrap, sheet.wrap, row.remove);
    item.append(set);
    list.append(item);
    rows.push(row);
    renumber();
    return row;
  }

  const add = button(t("Add a step"), () => {
    const row = addStep();
    row.day.control.focus();
  });
  add.classList.add("plan-steps__add");
  part.append(list, add, limit);
  addStep();

  const steps = () =>
    rows.map((row) => ({
      due: row.day.control.value,
      items: [row.chapter.control.value, row.sheet.control.value].filter(Boolean),
    }));

  function check() {
    for (const row of rows) {
      showProblem(row.day, "");
      showProblem(row.chapter, "");
    }
    const problems = stepProblems(steps());
    for (const problem of problems) {
      const row = rows[problem.index];
      const field = problem.field === "due" ? row.day : row.chapter;
      if (field.problem.hidden) showProblem(field, problem.message);
    }
    const first = problems[0];
    if (!first) return null;
    const row = rows[first.index];
    return (first.field === "due" ? row.day : row.chapter).control;
  }

  return { part, steps, check, count: () => rows.length };
}
