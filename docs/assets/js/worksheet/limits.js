// Text limits, said out loud: when an answer runs over its field's limit, say by how much.
// Nothing is cut: Python's validation also names the field, and the text stays as typed.
import { element } from "../shared/dom.js";
import { formatNumber, t, tn } from "../shared/i18n.js";

function update(control, slot) {
  const max = Number(control.dataset.maxLength);
  const over = control.value.length - max;
  slot.hidden = over <= 0;
  slot.textContent =
    over > 0
      ? t(
          "{length} characters: {over} over the limit of {max}. Shorten it to get a reflection; nothing you typed is lost.",
          { length: formatNumber(control.value.length), over: formatNumber(over), max: formatNumber(max) },
        )
      : "";
}

export function watchLimits(form) {
  const pairs = [...form.querySelectorAll("[data-count-for]")]
    .map((slot) => [form.querySelector(`[name="${CSS.escape(slot.dataset.countFor)}"]`), slot])
    .filter(([control]) => control);
  const onInput = (event) => {
    const pair = pairs.find(([control]) => control === event.target);
    if (pair) update(...pair);
  };
  for (const pair of pairs) update(...pair);
  form.addEventListener("input", onInput);
  return () => form.removeEventListener("input", onInput);
}

// A field the browser cuts at its maxlength (the homework note travels inside a link): the count
// is always shown under it, and said out loud only near the limit, so a cut paste is noticed.
const NEAR = 30; // characters left from which each change is announced

/** The count for a `maxLength` control: a visible line, and a polite live line near the limit. */
export function countBelow(control) {
  const max = control.maxLength;
  const line = element("p", "field__length");
  line.id = `${control.id}-count`;
  const spoken = element("p", "field__length-spoken");
  spoken.setAttribute("aria-live", "polite");
  const described = control.getAttribute("aria-describedby");
  control.setAttribute("aria-describedby", described ? `${described} ${line.id}` : line.id);
  const show = () => {
    const length = control.value.length;
    const counts = { length: formatNumber(length), max: formatNumber(max) };
    const full = length >= max;
    const near = max - length <= NEAR;
    line.dataset.full = String(full);
    line.textContent = full
      ? t(
          "{max} of {max} characters: the limit. Anything typed or pasted past it was left out, so check the end of the note.",
          counts,
        )
      : t("{length} of {max} characters", counts);
    if (full) spoken.textContent = line.textContent;
    else spoken.textContent = near ? tn("{count} character left", "{count} characters left", max - length) : "";
  };
  control.addEventListener("input", show);
  show();
  return [line, spoken];
}
