// Answers carried in a link's fragment (after "#": a browser never sends it to any server, and
// the service worker serves the page whatever follows it). The value is JSON, compressed with
// deflate-raw and written in base64url. Bytes of a token:
//   [0] format version (1)   [1] kind: 0 open (anyone with the link can read it), 1 sealed
//   open:   [2..9]  the first 8 bytes of SHA-256 of the rest, so a cut or changed link is caught
//           [10..]  deflate-raw(JSON)
//   sealed: [2..17] PBKDF2 salt, [18..29] AES-GCM IV, [30..] AES-GCM(deflate-raw(JSON)) + tag;
//           the key comes from the code with PBKDF2-SHA-256 (storage/crypto-file.js), and the
//           tag catches a cut or changed link as surely as a wrong code.

import { MAX_FILE_BYTES } from "../storage/answers-file.js";
import { deriveKey, ITERATIONS } from "../storage/crypto-file.js";

const VERSION = 1;
const OPEN = 0;
const SEALED = 1;
const CHECK_BYTES = 8;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is hard to get wrong.
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 8; // 40 random bits, each guess costing a PBKDF2 of 600,000 rounds

export const DAMAGED = "damaged";
export const NEEDS_CODE = "needs-code";
export const WRONG_CODE = "wrong-code";

export function toBase64url(bytes) {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The bytes of a base64url text, or null when it is not one. */
export function fromBase64url(text) {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  try {
    return Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipe(bytes, stream, limit = Number.POSITIVE_INFINITY) {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // A hostile link could inflate to gigabytes: stop at the size of the largest answers file.
    if (size > limit) {
      await reader.cancel();
      throw new RangeError("too large");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const deflate = (bytes) => pipe(bytes, new CompressionStream("deflate-raw"));
const inflate = (bytes) => pipe(bytes, new DecompressionStream("deflate-raw"), MAX_FILE_BYTES);

async function check(bytes) {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)).subarray(0, CHECK_BYTES);
}

const join = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** A new random code, as "ABCD-EFGH". */
export function newCode() {
  const picks = crypto.getRandomValues(new Uint8Array(CODE_LENGTH));
  const chars = Array.from(picks, (b) => CODE_ALPHABET[b % 32]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** The code as the key sees it: any case, spaces and dashes ignored, O read as 0 and I or L as 1. */
export function normalCode(text) {
  return String(text).toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

/** The token (base64url) for `value`; sealed with `code` (a code or a passphrase, used as
 *  given: callers normalise a typed code with normalCode) when one is given. */
export async function encodeToken(value, code = "") {
  const packed = await deflate(new TextEncoder().encode(JSON.stringify(value)));
  if (!code) return toBase64url(join(Uint8Array.of(VERSION, OPEN), await check(packed), packed));
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(code, salt, ITERATIONS, "encrypt");
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, packed));
  return toBase64url(join(Uint8Array.of(VERSION, SEALED), salt, iv, sealed));
}

/** Whether a token asks for a code; null when it is not a token of this site at all. */
export function isSealed(token) {
  const bytes = fromBase64url(token);
  if (!bytes || bytes.length < 2 || bytes[0] !== VERSION) return null;
  return bytes[1] === SEALED ? true : bytes[1] === OPEN ? false : null;
}

async function unpack(packed) {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(await inflate(packed));
  return JSON.parse(text);
}

/**
 * { ok: true, value } or { ok: false, reason } with reason DAMAGED (cut short or changed),
 * NEEDS_CODE (sealed, no code given) or WRONG_CODE (the code does not open it, or it was changed).
 */
export async function decodeToken(token, code = "") {
  const bytes = fromBase64url(token);
  const sealed = isSealed(token);
  if (!bytes || sealed === null) return { ok: false, reason: DAMAGED };
  if (!sealed) {
    const packed = bytes.subarray(2 + CHECK_BYTES);
    if (bytes.length <= 2 + CHECK_BYTES) return { ok: false, reason: DAMAGED };
    const expected = await check(packed);
    if (!expected.every((b, i) => b === bytes[2 + i])) return { ok: false, reason: DAMAGED };
    try {
      return { ok: true, value: await unpack(packed) };
    } catch {
      return { ok: false, reason: DAMAGED };
    }
  }
  if (bytes.length <= 2 + SALT_BYTES + IV_BYTES + TAG_BYTES) return { ok: false, reason: DAMAGED };
  if (!code) return { ok: false, reason: NEEDS_CODE };
  let packed;
  try {
    const salt = bytes.subarray(2, 2 + SALT_BYTES);
    const iv = bytes.subarray(2 + SALT_BYTES, 2 + SALT_BYTES + IV_BYTES);
    const key = await deriveKey(code, salt, ITERATIONS, "decrypt");
    packed = new Uint8Array(
      await crypto.subtle.decrypt({ name: "AES-GCM", iv }, key, bytes.subarray(2 + SALT_BYTES + IV_BYTES)),
    );
  } catch {
    return { ok: false, reason: WRONG_CODE };
  }
  try {
    return { ok: true, value: await unpack(packed) };
  } catch {
    return { ok: false, reason: DAMAGED };
  }
}
