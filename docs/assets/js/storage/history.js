// Histories the page keeps for a worksheet (the check-in's past check-ins: [{ date, ... }]).
// Python sees at most a field's cap and returns its own view of the history; the page keeps
// the union, so nothing is dropped because of the cap, a change of themes, or an import.

/** True for a list whose items are dated entries ({ date: "2026-12-01", ... }). */
export function isDatedList(value) {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => item !== null && typeof item === "object" && typeof item.date === "string")
  );
}

const keyOf = (item) => (item && typeof item.date === "string" ? item.date : JSON.stringify(item));

/** Every entry of both lists, one per date, oldest first; on the same date `newer` wins. */
export function mergeByDate(older, newer) {
  const byDate = new Map();
  for (const item of Array.isArray(older) ? older : []) byDate.set(keyOf(item), item);
  for (const item of Array.isArray(newer) ? newer : []) byDate.set(keyOf(item), item);
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
}

/** The newest `max` entries of a dated list (what Python may be given); other values unchanged. */
export function newestFor(value, max) {
  if (!isDatedList(value) || !Number.isInteger(max) || value.length <= max) return value;
  return mergeByDate([], value).slice(-max);
}

/** Answers replaced by `incoming` (an import, a result's state), keeping every dated entry of
 *  the answers they replace: dated lists are merged by date, other fields take the new value. */
export function mergeAnswers(existing, incoming) {
  const merged = { ...incoming };
  for (const [name, value] of Object.entries(existing || {})) {
    const next = Object.hasOwn(incoming, name) ? incoming[name] : undefined;
    if (isDatedList(value) && (next === undefined || next === null || Array.isArray(next)))
      merged[name] = mergeByDate(value, next);
  }
  return merged;
}
