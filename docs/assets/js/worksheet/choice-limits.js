// Prevent what can be prevented without trapping anyone: once a multi-choice has as many boxes
// ticked as it allows (data-max-choices, written at build time), the other boxes are disabled
// and the note under them (its words come from Python's messages.py) says why. Unticking one
// enables them again. Python still checks the count, so saved or imported answers with too many
// choices are named as a problem, not lost.
import { ANSWERS_WRITTEN } from "../shared/names.js";

/** @param {HTMLElement} group a fieldset with data-max-choices */
function update(group) {
  const most = Number(group.dataset.maxChoices);
  const boxes = [...group.querySelectorAll('input[type="checkbox"]')].filter((box) => box instanceof HTMLInputElement);
  const full = boxes.filter((box) => box.checked).length >= most;
  for (const box of boxes) box.disabled = full && !box.checked;
  const note = group.querySelector("[data-choice-note]");
  if (note instanceof HTMLElement) note.hidden = !full;
}

/**
 * Keep every limited multi-choice of `form` in step with its ticks.
 * @param {HTMLFormElement} form
 * @returns {() => void} stop watching
 */
export function watchChoiceLimits(form) {
  const groups = [...form.querySelectorAll("fieldset[data-max-choices]")].filter((g) => g instanceof HTMLElement);
  const refresh = () => {
    for (const group of groups) update(group);
  };
  /** @param {Event} event */
  const onChange = (event) => {
    const group = groups.find((g) => g.contains(/** @type {Node} */ (event.target)));
    if (group) update(group);
  };
  form.addEventListener("change", onChange);
  // Restored, imported, undone or cleared answers are written by code, without a change event.
  form.addEventListener(ANSWERS_WRITTEN, refresh);
  refresh();
  return () => {
    form.removeEventListener("change", onChange);
    form.removeEventListener(ANSWERS_WRITTEN, refresh);
  };
}
