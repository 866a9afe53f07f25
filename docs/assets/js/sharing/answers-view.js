// Someone's saved answers shown read-only, on a page that does not hold the worksheet's form:
// question and option labels come from assets/data/worksheets.json (written by the build), the
// reflection from the worksheet's own Python (runtime.evaluate), which stores nothing.

import { evaluate } from "../runtime/runtime.js";
import { readableDate } from "../shared/dates.js";
import { element } from "../shared/dom.js";
import { t, tn } from "../shared/i18n.js";
import { reasonFor } from "../shared/reasons.js";
import { newestFor } from "../storage/history.js";
import { showMessage, showResult } from "../worksheet/result-view.js";

const isBlank = (v) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

function shown(field, value) {
  if (isBlank(value)) return t("(no answer)");
  const word = (v) => (field.options && Object.hasOwn(field.options, String(v)) ? field.options[String(v)] : String(v));
  if (Array.isArray(value)) return value.map(word).join("; ");
  if (typeof value === "object") return t("(kept by the page)");
  return word(value) + (field.unit ? ` ${field.unit}` : "");
}

function answerRows(list, label, text) {
  list.append(element("dt", null, label), element("dd", null, text));
}

/** Questions and answers, grouped by the worksheet's sections; unknown fields by their id. */
export function answersView(record, sheet) {
  const view = element("div", "answers__body");
  const known = new Set();
  for (const section of sheet ? sheet.sections : []) {
    const fields = section.fields.filter((f) => f.kind !== "hidden");
    for (const f of section.fields) known.add(f.id);
    if (!fields.length) continue;
    if (section.title) view.append(element("h4", "answers__section", section.title));
    const list = element("dl", "answers__list");
    for (const f of fields) answerRows(list, f.label, shown(f, record.answers[f.id]));
    view.append(list);
  }
  const others = Object.keys(record.answers).filter((id) => !known.has(id) && !isBlank(record.answers[id]));
  if (others.length) {
    const list = element("dl", "answers__list");
    for (const id of others) answerRows(list, id, shown({}, record.answers[id]));
    view.append(element("h4", "answers__section", t("Other answers")), list);
  }
  return view;
}

/** The answers as Python expects them, with what the form page would have supplied. */
function pythonAnswers(record, sheet, allRecords) {
  const answers = {};
  for (const f of sheet.sections.flatMap((s) => s.fields)) {
    const value = Object.hasOwn(record.answers, f.id) ? record.answers[f.id] : undefined;
    if (f.fill === "today" && isBlank(value)) answers[f.id] = String(record.updated || "").slice(0, 10) || null;
    else if (f.fill === "records")
      answers[f.id] = allRecords.map(({ worksheet, version, profile, answers: a, updated }) => ({
        worksheet,
        version,
        profile,
        answers: a,
        updated,
      }));
    else if (Object.hasOwn(record.answers, f.id)) answers[f.id] = newestFor(value, f.max_items);
  }
  return answers;
}

/** Fill `region` with the worksheet's reflection on these answers (or say why there is none). */
export async function showReflection(region, record, sheet, allRecords) {
  if (!sheet)
    return showMessage(region, "idle", t("This worksheet is not part of this guide, so no reflection can be shown."));
  if (sheet.actions) return showMessage(region, "idle", t("This worksheet has no reflection to show here."));
  if (record.version !== sheet.version)
    return showMessage(
      region,
      "idle",
      t("These answers are from an earlier version of this worksheet, so no reflection is shown."),
    );
  showMessage(region, "loading", t("Working out the reflection…"));
  try {
    const reply = await evaluate(record.worksheet, pythonAnswers(record, sheet, allRecords));
    if (reply.ok) {
      showResult(region, reply.result);
      region.dataset.state = "ready";
    } else if (reply.problems) {
      const n = reply.problems.length;
      showMessage(
        region,
        "idle",
        tn(
          "No reflection yet: {count} answer is missing or needs a look.",
          "No reflection yet: {count} answers are missing or need a look.",
          n,
        ),
      );
    } else {
      showMessage(region, "error", reply.error);
    }
  } catch (error) {
    showMessage(
      region,
      "error",
      t("The reflection could not be worked out ({reason}). The answers above are complete.", {
        reason: reasonFor(error),
      }),
    );
  }
}

/** One worksheet's answers as a section: title, who and when, the answers, a reflection slot
 *  (with `reflectionNote`, a line under its heading saying whom it speaks to). */
export function recordView(record, sheet, headingLevel = 3, reflectionNote = "") {
  const section = element("section", "answers");
  const name = sheet ? sheet.title : record.worksheet;
  const title = record.profile === "partner" ? t("{title} (partner's answers)", { title: name }) : name;
  section.append(element(`h${headingLevel}`, "answers__title", title));
  section.append(element("p", "answers__when", t("Saved {date}.", { date: readableDate(record.updated) })));
  section.append(answersView(record, sheet));
  const region = element("div", "answers__reflection worksheet__result");
  region.setAttribute("aria-live", "polite");
  section.append(element(`h${Math.min(headingLevel + 1, 6)}`, "answers__reflection-title", t("Reflection")));
  if (reflectionNote) section.append(element("p", "answers__reflection-note", reflectionNote));
  section.append(region);
  return { section, region };
}
