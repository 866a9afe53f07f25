// Homework links. The assignment travels entirely in the URL fragment, which browsers never send
// to a server: <site>/therapists/homework/#h=<base64url of UTF-8 JSON>. The JSON is compact:
//   { "v": 1, "items": ["listening", "checkin"], "note": "text", "due": "2026-12-01" }
// items are permanent-link slugs (docs/data/permalinks.yml); note and due may be empty.
import { t, tn } from "../shared/i18n.js";
import { languageRoot } from "../shared/paths.js";

export const HOMEWORK_VERSION = 1;
export const MAX_ITEMS = 30;
export const MAX_NOTE = 300;
// The longest code this site makes is about 4,500 characters (30 items and a 300-character note
// of escaped characters); anything far longer is not ours, and is refused before decoding.
export const MAX_CODE = 8000;
const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** What a damaged link says, in the page's language. */
export const damaged = () =>
  t(
    "This homework link is damaged or incomplete. It may have been cut off when it was copied. Nothing was changed. Ask your therapist to send it again.",
  );
/** The same, as English pages (and tests) read it. */
export const DAMAGED = damaged();

function toBase64url(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(code) {
  if (!BASE64URL.test(code) || code.length % 4 === 1) throw new Error("not base64url");
  const binary = atob(code.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

export function isDueDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Check a homework object; `known` is the set of slugs this site has. Returns a message or "". */
export function problemWith(data, known) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return damaged();
  if (data.v !== HOMEWORK_VERSION)
    return t(
      "This homework link was made for a different version of Closer, so it cannot be read here. Nothing was changed.",
    );
  const { items, note, due } = data;
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_ITEMS) return damaged();
  if (!items.every((slug) => typeof slug === "string" && SLUG.test(slug))) return damaged();
  if (new Set(items).size !== items.length) return damaged();
  if (typeof note !== "string" || note.length > MAX_NOTE) return damaged();
  if (typeof due !== "string" || (due !== "" && !isDueDate(due))) return damaged();
  const unknown = items.filter((slug) => !known.has(slug));
  if (unknown.length)
    return tn(
      "This homework link names a page this guide does not have ({pages}). Nothing was changed. Ask your therapist to make the link again.",
      "This homework link names pages this guide does not have ({pages}). Nothing was changed. Ask your therapist to make the link again.",
      unknown.length,
      { pages: unknown.join(", ") },
    );
  return "";
}

/** The fragment's code for a homework object. */
export function encodeHomework({ items, note = "", due = "" }) {
  return toBase64url(JSON.stringify({ v: HOMEWORK_VERSION, items, note, due }));
}

/** The homework page's link in `language` (the page's by default): /es/therapists/homework/#h=… */
export function homeworkURL(homework, language) {
  return new URL(`therapists/homework/#h=${encodeHomework(homework)}`, languageRoot(language)).href;
}

/** The code in a fragment ("#h=..."), or null when the fragment holds no homework. */
export function codeIn(hash) {
  const match = /^#h=(.*)$/s.exec(hash);
  return match ? match[1] : null;
}

/** { ok: true, homework } or { ok: false, message } for a fragment's code. */
export function decodeHomework(code, known) {
  if (code.length > MAX_CODE) return { ok: false, message: damaged() };
  let data;
  try {
    data = JSON.parse(fromBase64url(code));
  } catch {
    return { ok: false, message: damaged() };
  }
  const problem = problemWith(data, known);
  if (problem) return { ok: false, message: problem };
  return { ok: true, homework: { v: data.v, items: data.items, note: data.note, due: data.due } };
}
