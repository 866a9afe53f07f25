// An answers file locked with a passphrase (Web Crypto, in the browser; nothing is sent):
//   { "format": "closer-answers-encrypted", "version": 1,
//     "kdf": { "name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": base64 },
//     "cipher": { "name": "AES-GCM", "iv": base64 }, "data": base64 }
// The key is AES-GCM 256 derived from the passphrase with PBKDF2-SHA-256 and a random 16-byte
// salt; the IV is 12 random bytes. "data" decrypts to the text of a plain answers file.
import { t } from "../shared/i18n.js";

export const ENCRYPTED_FORMAT = "closer-answers-encrypted";
export const ENCRYPTED_VERSION = 1;
export const ITERATIONS = 600_000;
// A file may not ask for more work than this (a hostile file could freeze the page).
const MAX_ITERATIONS = 5_000_000;
const MIN_ITERATIONS = 210_000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const toBase64 = (bytes) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(""));
const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** An AES-GCM 256 key from `passphrase` (PBKDF2-SHA-256); also seals answers in a link (sharing/link-codec.js). */
export async function deriveKey(passphrase, salt, iterations, usage) {
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, [
    "deriveKey",
  ]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    [usage],
  );
}

/** The envelope for `text`, locked with `passphrase`. */
export async function encryptText(text, passphrase) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, ITERATIONS, "encrypt");
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, new TextEncoder().encode(text));
  return {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: "PBKDF2", hash: "SHA-256", iterations: ITERATIONS, salt: toBase64(salt) },
    cipher: { name: "AES-GCM", iv: toBase64(iv) },
    data: toBase64(new Uint8Array(data)),
  };
}

export function isEncrypted(data) {
  return Boolean(data) && data.format === ENCRYPTED_FORMAT;
}

/** "" for a well-formed envelope, else what is wrong (checked before asking for a passphrase). */
export function envelopeProblem(data) {
  if (data.version !== ENCRYPTED_VERSION)
    return t("This locked file has format version {found}; this site reads version {version}.", {
      found: String(data.version),
      version: ENCRYPTED_VERSION,
    });
  const { kdf, cipher } = data;
  const fine =
    kdf &&
    kdf.name === "PBKDF2" &&
    kdf.hash === "SHA-256" &&
    Number.isInteger(kdf.iterations) &&
    kdf.iterations >= MIN_ITERATIONS &&
    kdf.iterations <= MAX_ITERATIONS &&
    typeof kdf.salt === "string" &&
    BASE64.test(kdf.salt) &&
    cipher &&
    cipher.name === "AES-GCM" &&
    typeof cipher.iv === "string" &&
    BASE64.test(cipher.iv) &&
    typeof data.data === "string" &&
    BASE64.test(data.data);
  return fine ? "" : t("This locked answers file is damaged: it could not be read.");
}

/** { ok: true, text } or { ok: false, message }; a wrong passphrase is a message, not an error. */
export async function decryptEnvelope(data, passphrase) {
  const problem = envelopeProblem(data);
  if (problem) return { ok: false, message: problem };
  try {
    const key = await deriveKey(passphrase, fromBase64(data.kdf.salt), data.kdf.iterations, "decrypt");
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: fromBase64(data.cipher.iv) },
      key,
      fromBase64(data.data),
    );
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(plain) };
  } catch {
    return {
      ok: false,
      message: t("That passphrase does not open this file (or the file was changed). Check it and try again."),
    };
  }
}
