// A date field shows its day in the browser's own numeric pattern ("mm/dd/yyyy" in a US
// browser, even on a Spanish page), which a person can misread (is 03/04 March or April?). Under
// each date field, one line says the chosen day in the site's own words (shared/dates.js: "24
// de diciembre de 2026"), or, while none is chosen, what today is, in the same words. While the
// field is empty and not being used, the browser's pattern is not drawn (data-empty, closer.css).
// Time fields may get the same (the reminder's: "07:00 PM" on a Spanish page), in the page's
// language on the reader's own 12- or 24-hour clock.

import { readableDay, readableTime } from "../shared/dates.js";
import { element } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { ANSWERS_WRITTEN } from "../shared/names.js";
import { localDay } from "./repeat.js";

/** The line's words for a date field. @param {HTMLInputElement} input @param {boolean} unfinished */
function dayWords(input, unfinished) {
  if (unfinished) return t("This day is not complete: fill in the day, the month and the year, or clear it.");
  if (!input.value) return t("No day chosen yet. Today is {day}.", { day: readableDay(localDay()) });
  return t("You chose {day}.", { day: readableDay(input.value) });
}

/** The line's words for a time field. @param {HTMLInputElement} input @param {boolean} unfinished */
function timeWords(input, unfinished) {
  if (unfinished) return t("This time is not complete: fill in the hours and the minutes, or clear it.");
  if (!input.value) return t("No time chosen yet.");
  return t("You chose the time {time}.", { time: readableTime(input.value) });
}

/** @param {HTMLInputElement} input @param {HTMLElement} line */
function update(input, line) {
  const unfinished = input.validity.badInput; // some of day, month and year (or hours, minutes) typed, not all
  const empty = !input.value && !unfinished;
  input.toggleAttribute("data-empty", empty);
  line.toggleAttribute("data-empty", empty);
  line.textContent = input.type === "time" ? timeWords(input, unfinished) : dayWords(input, unfinished);
}

/** The (empty) line under `input`, which describes it. @param {HTMLInputElement} input */
function lineAfter(input) {
  const line = element("p", "field__date-words");
  line.id = `${input.id}-words`;
  input.after(line);
  const described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
  input.setAttribute("aria-describedby", [...described, line.id].join(" "));
  return line;
}

/**
 * The same line for one field made after its form was mounted (the homework builder's due date
 * and each step of a plan, added and removed as the therapist goes): the field's own events keep
 * it current, and it goes when the field goes. Call the returned refresh after setting the value
 * in code. `input` needs its id.
 * @param {HTMLInputElement} input
 * @returns {() => void} refresh
 */
export function attachDateWords(input) {
  const line = lineAfter(input);
  const refresh = () => update(input, line);
  for (const type of ["input", "change", "focusout"]) input.addEventListener(type, refresh);
  refresh();
  return refresh;
}

/**
 * Keep a line in words under every date field of `form` (and every time field, with `times`).
 * @param {HTMLFormElement} form
 * @param {{ times?: boolean }} [options]
 * @returns {() => void} stop, and take the lines away
 */
export function watchDateWords(form, { times = false } = {}) {
  const which = times ? 'input[type="date"], input[type="time"]' : 'input[type="date"]';
  const fields = /** @type {HTMLInputElement[]} */ ([...form.querySelectorAll(which)]);
  const lines = fields.map(lineAfter);
  const refresh = () => {
    fields.forEach((input, i) => {
      update(input, lines[i]);
    });
  };
  /** @param {Event} event */
  const onChange = (event) => {
    const i = fields.indexOf(/** @type {HTMLInputElement} */ (event.target));
    if (i >= 0) update(fields[i], lines[i]);
  };
  form.addEventListener("input", onChange);
  form.addEventListener("change", onChange);
  form.addEventListener("focusout", onChange); // a half-typed day is only known once left
  // Restored, imported, undone or cleared answers are written by code, without an input event.
  form.addEventListener(ANSWERS_WRITTEN, refresh);
  refresh();
  return () => {
    form.removeEventListener("input", onChange);
    form.removeEventListener("change", onChange);
    form.removeEventListener("focusout", onChange);
    form.removeEventListener(ANSWERS_WRITTEN, refresh);
    fields.forEach((input, i) => {
      lines[i].remove();
      input.removeAttribute("data-empty");
      const kept = (input.getAttribute("aria-describedby") || "").split(" ").filter((id) => id !== lines[i].id);
      input.setAttribute("aria-describedby", kept.join(" "));
    });
  };
}
