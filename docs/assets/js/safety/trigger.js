// When the safety check must come first: a pure reading of the build's declaration (the
// section's data-safety-* attributes) against what the person just pressed. No DOM here.

/**
 * @typedef {{ when: string, action: string, field: string, values: string[], prefix: string, atLeast: number }} Spec
 * @typedef {{ kind: "submit" | "partner", pressed?: string, entries: [string, string][] }} Attempt
 */

/** The declaration from a section's dataset, e.g. data-safety-when="field" data-safety-values="deepest mix". */
export function specFrom(dataset) {
  return {
    when: dataset.safetyWhen || "",
    action: dataset.safetyAction || "",
    field: dataset.safetyField || "",
    values: (dataset.safetyValues || "").split(" ").filter(Boolean),
    prefix: dataset.safetyPrefix || "",
    atLeast: Number(dataset.safetyAtLeast || 0),
  };
}

/** @param {Spec} spec @param {Attempt} attempt */
export function needsCheck(spec, attempt) {
  if (spec.when === "partner") return attempt.kind === "partner";
  if (attempt.kind !== "submit" || (spec.action && attempt.pressed !== spec.action)) return false;
  if (spec.when === "field") {
    return attempt.entries.some(([name, value]) => name === spec.field && spec.values.includes(value));
  }
  if (spec.when === "submit") {
    if (!spec.prefix) return true;
    return attempt.entries.some(([name, value]) => name.startsWith(spec.prefix) && Number(value) >= spec.atLeast);
  }
  return false; // "start": the check is shown from the start and holds nothing back
}
