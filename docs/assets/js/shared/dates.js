// Dates and times as a person reads them, in one style, in the page's language (the reader's
// own locale when it shares that language: pageLocale), everywhere on the site. Times keep the
// reader's own 12- or 24-hour clock, as their time fields show it.
import { pageLocale, t } from "./i18n.js";

// Spanish writes the 12-hour marks in two words ("a. m."), with a plain space between them, so
// a narrow line could end on "a." and start the next with "m.": they are kept together.
const MERIDIEM = /\b([ap])\. (m\.)/g;

/** `text` with its "a. m." and "p. m." unbreakable. @param {string} text */
function together(text) {
  return text.replace(MERIDIEM, "$1.\u00a0$2");
}

/** A date and time from an ISO string ("earlier" when it cannot be read). */
export function readableDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? t("earlier")
    : together(date.toLocaleString(pageLocale(), { dateStyle: "long", timeStyle: "short", ...ownClock() }));
}

/** A calendar day ("2026-12-01") in the reader's own language. */
export function readableDay(isoDay) {
  const [y, m, d] = String(isoDay).split("-").map(Number);
  const day = new Date(y, m - 1, d);
  return Number.isNaN(day.getTime()) ? String(isoDay) : day.toLocaleDateString(pageLocale(), { dateStyle: "long" });
}

/** A calendar day in the same style, abbreviated where room is short (a chart's axis). */
export function shortDay(isoDay) {
  const [y, m, d] = String(isoDay).split("-").map(Number);
  const day = new Date(y, m - 1, d);
  return Number.isNaN(day.getTime()) ? String(isoDay) : day.toLocaleDateString(pageLocale(), { dateStyle: "medium" });
}

/**
 * The hour cycle (12 or 24 hours) of the reader's own browser, which its time fields show
 * ("07:30 AM" or "07:30"), kept for times on a page in another language too.
 * @returns {{ hourCycle?: "h11" | "h12" | "h23" | "h24" }}
 */
function ownClock() {
  const own = new Intl.DateTimeFormat(globalThis.navigator?.language || undefined, { timeStyle: "short" });
  const hourCycle = own.resolvedOptions().hourCycle;
  return hourCycle ? { hourCycle } : {};
}

/** How times are written: in the page's language, on the reader's own clock. */
function timeFormat() {
  return new Intl.DateTimeFormat(pageLocale(), { timeStyle: "short", ...ownClock() });
}

/** "21:00" as a Date on one fixed day, or null when it is not a time of day. */
function clockTime(hhmm) {
  const [h, m] = String(hhmm).split(":").map(Number);
  return h >= 0 && h < 24 && m >= 0 && m < 60 ? new Date(2000, 0, 1, h, m) : null;
}

/** A time of day ("21:00") as the reader's time fields show it ("9:00 PM" or "21:00"). */
export function readableTime(hhmm) {
  const time = clockTime(hhmm);
  return time ? together(timeFormat().format(time)) : String(hhmm);
}

/** A span of time ("07:30", "07:40") written once, as a range: "7:30 – 7:40 AM", "7:30–7:40". */
export function readableTimeRange(from, to) {
  const [start, end] = [clockTime(from), clockTime(to)];
  if (!start || !end) return `${from}–${to}`;
  try {
    return together(timeFormat().formatRange(start, end));
  } catch {
    return `${readableTime(from)}–${readableTime(to)}`; // an engine that refuses an end before its start
  }
}

const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
// A 24-hour time, or two joined by an en dash (a span: "07:30–07:40"), as Python writes them.
// A full stop right after is caught too: a time that ends with its own ("7:30 p. m.") takes its place.
const CLOCK = /\b((?:[01]\d|2[0-3]):[0-5]\d)(?:–((?:[01]\d|2[0-3]):[0-5]\d))?\b(\.?)/g;

/** Text Python wrote, with its ISO days, time spans and 24-hour times in the reader's own style. */
export function readableText(text) {
  return String(text)
    .replace(ISO_DAY, (day) => readableDay(day))
    .replace(CLOCK, (_whole, from, to, stop) => {
      const time = to ? readableTimeRange(from, to) : readableTime(from);
      return stop && time.endsWith(".") ? time : time + stop;
    });
}
