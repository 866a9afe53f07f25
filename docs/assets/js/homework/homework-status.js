// How far a client is with each homework item, read from their own saved answers on this
// device: a worksheet is "Not started" (nothing saved), "In progress" (saved, some required
// questions still empty) or "Done"; a chapter is "Read" once they mark it so.

import { readableDate } from "../shared/dates.js";
import { t, tn } from "../shared/i18n.js";
import * as storage from "../storage/storage.js";

const blank = (value) =>
  value === undefined ||
  value === null ||
  value === "" ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === "string" && !value.trim());

function requiredIds(sheet) {
  if (!sheet) return [];
  return sheet.sections
    .flatMap((section) => section.fields)
    .filter((f) => f.required && f.kind !== "hidden")
    .map((f) => f.id);
}

/** { key, text, detail } for one item of a homework. */
export function itemStatus(link, sheet, read) {
  if (link.kind !== "worksheet") {
    return read
      ? { key: "done", text: t("Read"), detail: "" }
      : { key: "not-started", text: t("Not read yet"), detail: "" };
  }
  const loaded = storage.load(link.worksheet, link.version);
  if (loaded.status === "corrupt")
    return { key: "not-started", text: t("Not started"), detail: t("Your saved answers could not be read.") };
  if (loaded.status !== "ok") {
    // Answers saved under an earlier version are carried over when the worksheet is opened.
    const older = typeof storage.findOlder === "function" ? storage.findOlder(link.worksheet, link.version) : null;
    if (older)
      return {
        key: "in-progress",
        text: t("In progress"),
        detail: t("Open the worksheet to carry your earlier answers over."),
      };
    return { key: "not-started", text: t("Not started"), detail: "" };
  }
  const missing = requiredIds(sheet).filter((id) => blank(loaded.record.answers[id])).length;
  const saved = t("Saved {date}.", { date: readableDate(loaded.record.updated) });
  if (missing)
    return {
      key: "in-progress",
      text: t("In progress"),
      detail: `${saved} ${tn("{count} question still to answer.", "{count} questions still to answer.", missing)}`,
    };
  return { key: "done", text: t("Done"), detail: saved };
}
