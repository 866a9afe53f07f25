// Merging answers carried over from an earlier version with what is on the page now: the page
// wins (it was typed since), carried answers fill empty questions, and carried answers that
// differ from what is on the page are set aside as "from an earlier version", in plain words.
import { t } from "../shared/i18n.js";
import { mergeAnswers } from "../storage/history.js";

const isBlank = (v) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function fieldOf(form, name) {
  return [...form.querySelectorAll("[data-field]")].find((node) => node.dataset.field === name) || null;
}

/** The question as the person reads it (legend or label), never the field's id. */
function question(field) {
  const text = field?.querySelector("legend, label")?.textContent?.trim();
  return text || t("An earlier answer");
}

/** An answer in words: the label of each chosen option, or the text as written. */
function answerText(field, value) {
  const values = Array.isArray(value) ? value : [value];
  const words = values.map((v) => {
    const input = [...(field?.querySelectorAll("input[type=radio], input[type=checkbox]") || [])].find(
      (c) => /** @type {HTMLInputElement} */ (c).value === String(v),
    );
    const label = input?.closest("label") || (input?.id && field.querySelector(`label[for="${CSS.escape(input.id)}"]`));
    return label?.textContent?.trim() || String(v);
  });
  return words.join("; ");
}

/** { answers, aside: [{ question, answer }] } */
export function mergeCarried(form, current, carried) {
  const answers = mergeAnswers(carried, { ...current });
  const aside = [];
  for (const [name, value] of Object.entries(carried)) {
    const now = current[name];
    if (!Object.hasOwn(current, name) || isBlank(now)) {
      answers[name] = answers[name] === undefined || isBlank(answers[name]) ? value : answers[name];
      continue;
    }
    const field = fieldOf(form, name);
    const hidden = field?.querySelector('input[type="hidden"]');
    if (!hidden && !isBlank(value) && !same(now, value))
      aside.push({ question: question(field), answer: answerText(field, value) });
  }
  return { answers, aside };
}
