// Dates and times as a person reads them, in one style, in the page's language (the reader's
// own locale when it shares that language: pageLocale), everywhere on the site.
import { pageLocale, t } from "./i18n.js";

/** A date and time from an ISO string ("earlier" when it cannot be read). */
export function readableDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? t("earlier")
    : date.toLocaleString(pageLocale(), { dateStyle: "long", timeStyle: "short" });
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

/** A time of day ("21:00") as the reader's time fields show it ("9:00 PM" or "21:00"). */
export function readableTime(hhmm) {
  const [h, m] = String(hhmm).split(":").map(Number);
  if (!(h >= 0 && h < 24 && m >= 0 && m < 60)) return String(hhmm);
  return new Date(2000, 0, 1, h, m).toLocaleTimeString(pageLocale(), { timeStyle: "short" });
}

const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const CLOCK = /\b([01]\d|2[0-3]):([0-5]\d)\b/g;

/** Text Python wrote, with its ISO days and 24-hour times in the reader's own style. */
export function readableText(text) {
  return String(text)
    .replace(ISO_DAY, (day) => readableDay(day))
    .replace(CLOCK, (time) => readableTime(time));
}
