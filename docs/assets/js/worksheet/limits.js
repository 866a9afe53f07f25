// Text limits, said out loud: when an answer runs over its field's limit, say by how much.
// Nothing is cut: Python's validation also names the field, and the text stays as typed.
import { formatNumber, t } from "../shared/i18n.js";

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
