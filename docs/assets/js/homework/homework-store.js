// The homework a client opened, kept on this device until they remove it, next to their saved
// answers: localStorage key closer:<site path>:homework. It never holds answers, only the
// assignment (slugs, note, due date), when it arrived, and which chapters they marked as read.
import { storageKey } from "../shared/names.js";

export const HOMEWORK_KEY = storageKey("homework");
const FORMAT = 1;

/** { status: "none" | "ok" | "corrupt" | "unavailable", saved? } */
export function loadHomework() {
  let raw;
  try {
    raw = window.localStorage.getItem(HOMEWORK_KEY);
  } catch {
    return { status: "unavailable" };
  }
  if (raw === null) return { status: "none" };
  try {
    const saved = JSON.parse(raw);
    const ok =
      saved &&
      saved.format === FORMAT &&
      saved.homework &&
      Array.isArray(saved.homework.items) &&
      Array.isArray(saved.read) &&
      typeof saved.code === "string";
    return ok ? { status: "ok", saved } : { status: "corrupt" };
  } catch {
    return { status: "corrupt" };
  }
}

function write(saved) {
  try {
    window.localStorage.setItem(HOMEWORK_KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** Keep a homework; the same link opened again keeps the chapters already marked as read. */
export function keepHomework(homework, code) {
  const current = loadHomework();
  if (current.status === "ok" && current.saved.code === code) return { ok: true, changed: false };
  const saved = { format: FORMAT, code, homework, received: new Date().toISOString(), read: [] };
  return { ok: write(saved), changed: true, replaced: current.status === "ok" };
}

export function markRead(slug, read) {
  const current = loadHomework();
  if (current.status !== "ok") return false;
  const marks = new Set(current.saved.read);
  if (read) marks.add(slug);
  else marks.delete(slug);
  return write({ ...current.saved, read: [...marks] });
}

export function removeHomework() {
  try {
    window.localStorage.removeItem(HOMEWORK_KEY);
    return true;
  } catch {
    return false;
  }
}

export function restoreHomework(saved) {
  return write(saved);
}
