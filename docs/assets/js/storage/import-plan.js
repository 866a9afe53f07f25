// What importing an answers file would do, worked out before anything is written: each record
// is checked against this guide's worksheets (own properties only: a worksheet named
// "constructor" is not one of ours), duplicates keep the newest, and replacing answers merges
// their histories by date. The result is one batch for storage.saveMany.
import { readableDate } from "../shared/dates.js";
import { formatNumber, t, tn } from "../shared/i18n.js";
import { isDatedList, mergeAnswers } from "./history.js";

/** The worksheet's labels, only when `id` is really one of this guide's worksheets. */
export function sheetFor(labels, id) {
  return typeof id === "string" && Object.hasOwn(labels, id) ? labels[id] : null;
}

/** Dated lists in `answers` longer than their field allows Python to see: [{ count, max }]. */
export function longHistories(answers, sheet) {
  const long = [];
  for (const field of sheet ? sheet.sections.flatMap((s) => s.fields) : []) {
    const value = Object.hasOwn(answers, field.id) ? answers[field.id] : undefined;
    if (Number.isInteger(field.max_items) && isDatedList(value) && value.length > field.max_items)
      long.push({ count: value.length, max: field.max_items });
  }
  return long;
}

function historyText(answers, sheet) {
  return longHistories(answers, sheet)
    .map(
      ({ count, max }) =>
        ` ${tn(
          "It holds {count} past check-in: all are kept; the reflection and chart use the latest {max}.",
          "It holds {count} past check-ins: all are kept; the reflection and chart use the latest {max}.",
          count,
          { max: formatNumber(max) },
        )}`,
    )
    .join("");
}

/** One step per record: { record, profile, action: add | replace | same | skip, text }. */
export function planImport(records, labels, load) {
  // Two records for the same worksheet, version and person: the newest one is imported.
  const newest = new Map();
  for (const record of records) {
    const key = `${record.worksheet}\u0000${record.version}\u0000${record.profile ?? "self"}`;
    const other = newest.get(key);
    if (!other || String(record.updated ?? "") > String(other.updated ?? "")) newest.set(key, record);
  }
  return records.map((record) => {
    const profile = record.profile === undefined ? "self" : record.profile;
    const sheet = sheetFor(labels, record.worksheet);
    if (!sheet) return { record, profile, action: "skip", text: t("Not part of this guide: skipped.") };
    if (profile !== "self" && profile !== "partner")
      return { record, profile, action: "skip", text: t("Unknown person: skipped.") };
    if (record.version > sheet.version)
      return { record, profile, action: "skip", text: t("Made by a newer version of this site: skipped.") };
    if (newest.get(`${record.worksheet}\u0000${record.version}\u0000${profile}`) !== record)
      return {
        record,
        profile,
        action: "skip",
        text: t("A newer copy of these answers is in the same file: skipped."),
      };
    const note = historyText(record.answers, sheet);
    const existing = load(record.worksheet, record.version, profile);
    if (existing.status === "ok") {
      if (JSON.stringify(existing.record.answers) === JSON.stringify(record.answers))
        return { record, profile, action: "same", text: t("Same as the answers on this device.") };
      return {
        record,
        profile,
        existing: existing.record,
        action: "replace",
        text:
          t("Would replace the answers saved here {date} (past check-ins from both are kept).", {
            date: readableDate(existing.record.updated),
          }) + note,
      };
    }
    if (existing.status === "corrupt")
      return {
        record,
        profile,
        action: "replace",
        text: t("Would replace saved answers that could not be read (a copy of them is kept).") + note,
      };
    if (existing.status === "newer")
      return { record, profile, action: "skip", text: t("Answers saved here by a newer version of this site: kept.") };
    return { record, profile, action: "add", text: t("Will be added.") + note };
  });
}

/** The batch for storage.saveMany; replacing only when `replace` is true. */
export function importItems(steps, replace) {
  const items = [];
  let kept = 0;
  for (const step of steps) {
    if (step.action === "skip" || step.action === "same") continue;
    if (step.action === "replace" && !replace) {
      kept += 1;
      continue;
    }
    const { record } = step;
    const answers = step.existing ? mergeAnswers(step.existing.answers, record.answers) : record.answers;
    const earlier = [
      ...(Array.isArray(step.existing?.earlier) ? step.existing.earlier : []),
      ...(Array.isArray(record.earlier) ? record.earlier : []),
    ];
    items.push({
      worksheet: record.worksheet,
      version: record.version,
      profile: step.profile,
      answers,
      extra: {
        ...(typeof record.updated === "string" ? { updated: record.updated } : {}),
        ...(earlier.length ? { earlier } : {}),
      },
    });
  }
  return { items, kept };
}
