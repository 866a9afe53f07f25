// The answers file: saved records in a documented, versioned JSON format (see docs/how-it-works.md).
//   { "format": "closer-answers", "version": 1, "exported": ISO date,
//     "records": [ { "worksheet", "version", "answers", "updated" }, ... ],
//     "homework": optional, how far the client's homework is (read by sharing/answers-link.js) }
import { formatNumber, t } from "../shared/i18n.js";

export const FILE_FORMAT = "closer-answers";
export const FILE_VERSION = 1;
export const MAX_FILE_BYTES = 1_000_000;
// Ten worksheets, a few versions each, two people: a real file holds a few dozen records. The
// cap keeps a hostile or mistaken file from freezing the page or filling the browser's storage.
export const MAX_RECORDS = 200;

/** A file of `records`; `homework` (the client's homework status) goes in only when given. */
export function makeAnswersFile(records, homework = null) {
  const file = { format: FILE_FORMAT, version: FILE_VERSION, exported: new Date().toISOString(), records };
  return homework ? { ...file, homework } : file;
}

function isRecord(r) {
  return (
    r !== null &&
    typeof r === "object" &&
    typeof r.worksheet === "string" &&
    r.worksheet.length <= 100 &&
    Number.isInteger(r.version) &&
    r.version >= 1 &&
    r.answers !== null &&
    typeof r.answers === "object" &&
    !Array.isArray(r.answers) &&
    (r.profile === undefined || typeof r.profile === "string") &&
    (r.updated === undefined || typeof r.updated === "string") &&
    (r.earlier === undefined || Array.isArray(r.earlier))
  );
}

/** Read a file's text; { ok: true, file } or { ok: false, message } saying what is wrong. */
export function parseAnswersFile(text) {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, message: t("This file is too large (over 1 MB) to be a Closer answers file.") };
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: t("This file could not be read: it is not a Closer answers file (not valid JSON).") };
  }
  if (!data || data.format !== FILE_FORMAT) return { ok: false, message: t("This file is not a Closer answers file.") };
  if (data.version !== FILE_VERSION)
    return {
      ok: false,
      message: t("This answers file has format version {found}; this site reads version {version}.", {
        found: String(data.version),
        version: FILE_VERSION,
      }),
    };
  if (Array.isArray(data.records) && data.records.length > MAX_RECORDS)
    return {
      ok: false,
      message: t(
        "This file holds {count} records; an answers file from this site holds at most {max}. It was not made by this site, or it was changed.",
        { count: formatNumber(data.records.length), max: formatNumber(MAX_RECORDS) },
      ),
    };
  if (!Array.isArray(data.records) || !data.records.every(isRecord))
    return { ok: false, message: t("This answers file is damaged: its records could not be read.") };
  return { ok: true, file: data };
}
