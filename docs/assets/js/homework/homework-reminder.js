// The homework page's "Add a reminder to my calendar": one for a homework's due date, one for
// each step of a plan. The page makes them from the homework it has just kept, with the day in
// hand, so a reminder can never be filled in from an older homework (or none) while a new link is
// still being read. A control is kept across re-renders, so words being typed are not lost.

import { reminderControl } from "../pages/reminder.js";
import { t } from "../shared/i18n.js";
import { localDay } from "../worksheet/repeat.js";

function inAWeek() {
  const day = new Date();
  day.setDate(day.getDate() + 7);
  return localDay(day);
}

/** The reminder's first words for the whole homework (its due date, or a week from today). */
export function duePreset(homework) {
  return {
    title: t("My homework from my therapist"),
    note: t("Open “Your homework” in the Closer guide."),
    day: homework.due || inAWeek(),
    repeat: "none",
    alarm: 1440,
    name: "closer-homework-reminder",
  };
}

/** The reminder's first words for step `index` of a plan; `titles` name what the step asks. */
export function stepPreset(step, index, titles) {
  return {
    title: t("Homework step {number}: {what}", { number: index + 1, what: titles.join(", ") }),
    note: t("Open “Your homework” in the Closer guide."),
    day: step.due,
    repeat: "none",
    alarm: 1440,
    name: `closer-homework-step-${index + 1}`,
  };
}

/** Reminder controls that outlive a render: the same key gives back the same control. */
export function reminderShelf() {
  const kept = new Map();
  return {
    control(key, preset) {
      if (!kept.has(key))
        kept.set(
          key,
          reminderControl(() => preset),
        );
      return kept.get(key);
    },
  };
}
