// Homework links. The assignment travels entirely in the URL fragment, which browsers never send
// to a server: <site>/therapists/homework/#h=<base64url of UTF-8 JSON>. The JSON is compact:
//   { "v": 1, "items": ["listening", "checkin"], "note": "text", "due": "2026-12-01" }
// items are permanent-link slugs (docs/data/permalinks.yml); note and due may be empty.
// A plan in steps (week 1, week 2, …) is <site>/therapists/homework/#plan=<token>: its JSON is
//   { "v": 2, "n": "note", "s": [["2026-12-08", "listening reflective-listening"], …] }
// (one [day, space-separated slugs] pair a step, days in order), compressed and checked by
// sharing/link-codec.js (deflate-raw and a SHA-256 check, open to anyone with the link), so a
// four-step plan stays a QR code a phone reads easily and a cut or changed link is refused.

import { fragmentValue } from "../shared/address-link.js";
import { t, tn } from "../shared/i18n.js";
import { languageRoot } from "../shared/paths.js";
import { decodeToken, encodeToken } from "../sharing/link-codec.js";

export const HOMEWORK_VERSION = 1;
export const PLAN_VERSION = 2;
export const PLAN_FRAGMENT = "plan";
/** A single homework's fragment: #h=<code>. */
export const HOMEWORK_FRAGMENT = "h";
export const MAX_STEPS = 8;
export const MAX_STEP_ITEMS = 6;
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

function unknownPages(unknown) {
  return tn(
    "This homework link names a page this guide does not have ({pages}). Nothing was changed. Ask your therapist to make the link again.",
    "This homework link names pages this guide does not have ({pages}). Nothing was changed. Ask your therapist to make the link again.",
    unknown.length,
    { pages: unknown.join(", ") },
  );
}

const otherVersion = () =>
  t("This homework link was made for a different version of Closer, so it cannot be read here. Nothing was changed.");

/** Check a homework object; `known` is the set of slugs this site has. Returns a message or "". */
export function problemWith(data, known) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return damaged();
  if (data.v !== HOMEWORK_VERSION) return otherVersion();
  const { items, note, due } = data;
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_ITEMS) return damaged();
  if (!items.every((slug) => typeof slug === "string" && SLUG.test(slug))) return damaged();
  if (new Set(items).size !== items.length) return damaged();
  if (typeof note !== "string" || note.length > MAX_NOTE) return damaged();
  if (typeof due !== "string" || (due !== "" && !isDueDate(due))) return damaged();
  const unknown = items.filter((slug) => !known.has(slug));
  if (unknown.length) return unknownPages(unknown);
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
  return fragmentValue(hash, HOMEWORK_FRAGMENT);
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

/** Problems with a plan's steps as the builder has them ([{ due, items }]), one message per
 *  step that has one ({ index, field: "due" | "items", message }), in plain words. */
export function stepProblems(steps) {
  const problems = [];
  let previous = null;
  // In the order a person reads the form: a step's day, then what to do that week.
  steps.forEach((step, index) => {
    if (!isDueDate(step.due)) problems.push({ index, field: "due", message: t("Choose the day for this step.") });
    else if (previous && step.due <= previous.due)
      problems.push({
        index,
        field: "due",
        message: t("Choose a day after step {number}'s day: the steps go in order.", { number: previous.index + 1 }),
      });
    if (!step.items.length)
      problems.push({ index, field: "items", message: t("Choose a chapter or a worksheet for this step.") });
    if (isDueDate(step.due)) previous = { index, due: step.due };
  });
  return problems;
}

/** Check a decoded plan's JSON; "" when it is a plan this site can show. */
export function planProblem(data, known) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return damaged();
  if (data.v !== PLAN_VERSION) return otherVersion();
  const { n: note, s: steps } = data;
  if (typeof note !== "string" || note.length > MAX_NOTE) return damaged();
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > MAX_STEPS) return damaged();
  const all = [];
  for (const step of steps) {
    if (!Array.isArray(step) || step.length !== 2 || typeof step[0] !== "string" || typeof step[1] !== "string")
      return damaged();
    const items = step[1].split(" ");
    if (items.length > MAX_STEP_ITEMS || new Set(items).size !== items.length) return damaged();
    if (!items.every((slug) => SLUG.test(slug))) return damaged();
    all.push(...items);
  }
  const shaped = steps.map(([due, items]) => ({ due, items: items.split(" ") }));
  if (stepProblems(shaped).length) return damaged();
  const unknown = [...new Set(all.filter((slug) => !known.has(slug)))];
  if (unknown.length) return unknownPages(unknown);
  return "";
}

/** The fragment's token for a plan ({ note, steps: [{ due, items }] }). */
export function encodePlan({ note = "", steps }) {
  return encodeToken({ v: PLAN_VERSION, n: note, s: steps.map((step) => [step.due, step.items.join(" ")]) });
}

/** The homework page's link for a plan, in `language` (the page's by default). */
export async function planURL(plan, language) {
  const token = await encodePlan(plan);
  return new URL(`therapists/homework/#${PLAN_FRAGMENT}=${token}`, languageRoot(language)).href;
}

/** The plan token in a fragment ("#plan=..."), or null when the fragment holds no plan. */
export function planIn(hash) {
  return fragmentValue(hash, PLAN_FRAGMENT);
}

/** { ok: true, homework } or { ok: false, message } for a plan's token. The homework has the
 *  shape a single homework has (all items, the note, the last day as its due date) and its steps,
 *  so every page that reads a kept homework reads a plan too. */
export async function decodePlan(token, known) {
  if (token.length > MAX_CODE) return { ok: false, message: damaged() };
  const decoded = await decodeToken(token);
  if (!decoded.ok) return { ok: false, message: damaged() };
  const problem = planProblem(decoded.value, known);
  if (problem) return { ok: false, message: problem };
  const steps = decoded.value.s.map(([due, items]) => ({ due, items: items.split(" ") }));
  const items = [...new Set(steps.flatMap((step) => step.items))];
  return {
    ok: true,
    homework: { v: PLAN_VERSION, items, note: decoded.value.n, due: steps[steps.length - 1].due, steps },
  };
}
