// Dates and times as a person reads them, in one style, in the reader's own locale
// (Intl.DateTimeFormat through toLocale…String), everywhere on the site.

/** A date and time from an ISO string ("earlier" when it cannot be read). */
export function readableDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? "earlier"
    : date.toLocaleString(undefined, { dateStyle: "long", timeStyle: "short" });
}

/** A calendar day ("2026-12-01") in the reader's own language. */
export function readableDay(isoDay) {
  const [y, m, d] = String(isoDay).split("-").map(Number);
  const day = new Date(y, m - 1, d);
  return Number.isNaN(day.getTime()) ? String(isoDay) : day.toLocaleDateString(undefined, { dateStyle: "long" });
}
