// Text limits, said out loud: when an answer runs over its field's limit, say by how much.
// Nothing is cut: Python's validation also names the field, and the text stays as typed.

function update(control, slot) {
  const max = Number(control.dataset.maxLength);
  const over = control.value.length - max;
  slot.hidden = over <= 0;
  slot.textContent =
    over > 0
      ? `${control.value.length.toLocaleString()} characters: ${over.toLocaleString()} over the limit of ${max.toLocaleString()}. Shorten it to get a reflection; nothing you typed is lost.`
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
