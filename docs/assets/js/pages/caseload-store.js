// The caseload a therapist chose to keep on this device: one localStorage entry holding the
// clients (labels, received dates, answers) encrypted with the therapist's own passphrase
// (storage/crypto-file.js). Nothing is kept unless they ask; "Forget" removes it in one step.
import { t } from "../shared/i18n.js";
import { storageKey } from "../shared/names.js";
import { decryptEnvelope, encryptText, envelopeProblem, isEncrypted } from "../storage/crypto-file.js";

export const CASELOAD_KEY = storageKey("caseload");

export function hasKept() {
  try {
    return window.localStorage.getItem(CASELOAD_KEY) !== null;
  } catch {
    return false;
  }
}

/** true when written; false when storage is full or blocked. */
export async function keepCaseload(clients, passphrase) {
  const envelope = await encryptText(JSON.stringify({ format: "closer-caseload", version: 1, clients }), passphrase);
  try {
    window.localStorage.setItem(CASELOAD_KEY, JSON.stringify(envelope));
    return true;
  } catch {
    return false;
  }
}

/** { ok: true, clients } or { ok: false, message } */
export async function openCaseload(passphrase) {
  let envelope;
  try {
    envelope = JSON.parse(window.localStorage.getItem(CASELOAD_KEY) || "null");
  } catch {
    envelope = null;
  }
  if (!isEncrypted(envelope) || envelopeProblem(envelope))
    return { ok: false, message: t("The caseload kept on this device is damaged and could not be read.") };
  const opened = await decryptEnvelope(envelope, passphrase);
  if (!opened.ok) return { ok: false, message: t("That passphrase does not open the caseload kept here. Try again.") };
  try {
    const data = JSON.parse(opened.text);
    if (data?.format === "closer-caseload" && Array.isArray(data.clients)) return { ok: true, clients: data.clients };
  } catch {
    /* below */
  }
  return { ok: false, message: t("The caseload kept on this device is damaged and could not be read.") };
}

export function forgetCaseload() {
  try {
    window.localStorage.removeItem(CASELOAD_KEY);
    return true;
  } catch {
    return false;
  }
}
