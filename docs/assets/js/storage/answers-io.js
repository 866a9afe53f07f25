// Answers files in and out of the browser: read a chosen file (plain or locked, see
// crypto-file.js), unlock it, and save records as a file (optionally locked with a passphrase).
// Reading never writes anything: callers decide what, if anything, to keep.
import { t } from "../shared/i18n.js";
import { MAX_FILE_BYTES, makeAnswersFile, parseAnswersFile } from "./answers-file.js";
import { decryptEnvelope, encryptText, envelopeProblem, isEncrypted } from "./crypto-file.js";

const tooLarge = () => t("This file is too large (over 1 MB) to be a Closer answers file.");

/** { ok: true, file } | { ok: true, locked: true, envelope } | { ok: false, message } */
export async function readChosenFile(file) {
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: tooLarge() };
  let text;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: t("This file could not be read.") };
  }
  let data = null;
  try {
    data = JSON.parse(text);
  } catch {
    /* parseAnswersFile names the problem */
  }
  if (isEncrypted(data)) {
    const problem = envelopeProblem(data);
    return problem ? { ok: false, message: problem } : { ok: true, locked: true, envelope: data };
  }
  return parseAnswersFile(text);
}

/** { ok: true, file } or { ok: false, message } for a locked file and a passphrase. */
export async function unlockFile(envelope, passphrase) {
  const opened = await decryptEnvelope(envelope, passphrase);
  return opened.ok ? parseAnswersFile(opened.text) : opened;
}

/** The text of an answers file holding `records` (and `homework` when given); locked when a
 * passphrase is given. */
export async function answersFileText(records, passphrase = "", homework = null) {
  const text = JSON.stringify(makeAnswersFile(records, homework), null, 1);
  return passphrase ? JSON.stringify(await encryptText(text, passphrase)) : text;
}

export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Hand the text to the browser as a download; nothing leaves the device. */
export function download(text, filename) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
