// Worksheets filled again and again (the check-in records the day of each one, and keeps a
// history): once the last one is complete and at least a day old, the form opens empty, with
// the history kept, and "Start a new check-in" starts one on purpose at any time.

import { readableDay } from "../shared/dates.js";
import { t } from "../shared/i18n.js";
import * as storage from "../storage/storage.js";

/** A worksheet that dates each filling (a hidden "today") and keeps a history. */
export function isRepeatable(form) {
  return Boolean(form.querySelector('input[data-fill="today"]') && form.querySelector('input[name="history"]'));
}

/** The reader's calendar day, as Python receives it ("2026-12-01"). */
export function localDay(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function lastEntryDay(answers) {
  const history = Array.isArray(answers?.history) ? answers.history : [];
  return history.length ? String(history[history.length - 1].date) : null;
}

/** Clear what the person answers, keeping the history and any other state the page holds. */
export function clearVisible(form) {
  for (const control of form.querySelectorAll("input, textarea, select")) {
    if (control.type === "hidden") continue;
    if (control.type === "radio" || control.type === "checkbox") control.checked = false;
    else if (control.tagName === "SELECT") control.selectedIndex = 0;
    else if (control.type !== "submit" && control.type !== "button") control.value = "";
  }
}

/**
 * After the saved answers are restored: the day of the finished check-in that was put aside
 * to start a new one, or null when the form stays as saved (not finished, or finished today).
 */
export function startFreshIfDue(form, version) {
  if (!isRepeatable(form)) return null;
  const found = storage.load(form.dataset.worksheet, version, "self");
  if (found.status !== "ok") return null;
  const finished = lastEntryDay(found.record.answers);
  const editedOn = localDay(new Date(found.record.updated));
  // Finished: nothing was changed on a later day than the last reflection.
  if (!finished || editedOn > finished || finished >= localDay()) return null;
  clearVisible(form);
  return finished;
}

export function freshMessage(day) {
  return t("Your check-in of {date} is kept in your history. This is a new one: answer for how things are today.", {
    date: readableDay(day),
  });
}
