// The check-in themes over time for one client, as an SVG line chart drawn in the browser (the
// caseload page works without Python), with its numbers in words for screen readers.
// It is drawn at the width it is shown at (one unit of the drawing is one CSS pixel, redrawn when
// that width changes), so its 12 px text stays 12 px on a 360 px phone instead of shrinking.
import { readableDay, shortDay } from "../shared/dates.js";
import { t } from "../shared/i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const FALLBACK_WIDTH = 320; // before the page has laid the chart out
const MIN_WIDTH = 200;
const H = 180;
// The bottom leaves the dates a clear line below the lowest value (the "1" beside the first date).
const PAD = { left: 24, right: 12, top: 12, bottom: 38 };
// Lines told apart by dash and by marker shape as well as colour (WCAG 1.4.1).
const DASHES = ["", "6 3", "2 3", "10 3 2 3", "1 5", "8 6"];
const SHAPES = ["circle", "square", "triangle", "diamond", "circle", "square"];

function node(name, attrs = {}, text) {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Theme keys and names from the check-in's labels: each section is a theme, its fields "key_…". */
export function themeNames(sheet) {
  const names = new Map();
  for (const section of sheet?.sections || []) {
    const first = section.fields?.[0]?.id;
    if (typeof first === "string" && first.includes("_")) names.set(first.split("_")[0], section.title);
  }
  return names;
}

/** A point's marker: a filled shape centred on (x, y), one shape a series. */
function marker(shape, x, y, className) {
  const r = 4;
  if (shape === "circle") return node("circle", { cx: x, cy: y, r, class: className });
  if (shape === "square") return node("rect", { x: x - r, y: y - r, width: 2 * r, height: 2 * r, class: className });
  const points =
    shape === "triangle"
      ? [
          [x, y - r - 1],
          [x + r + 1, y + r],
          [x - r - 1, y + r],
        ]
      : [
          [x, y - r - 1],
          [x + r + 1, y],
          [x, y + r + 1],
          [x - r - 1, y],
        ];
  return node("polygon", { points: points.map((p) => p.join(",")).join(" "), class: className });
}

/** How far each series' point at each check-in is moved up or down (px) so that series with the
 *  same value there stay side by side rather than hiding one another: [series][check-in]. */
export function dodges(history, keys, gap = 3) {
  const offsets = keys.map(() => history.map(() => 0));
  history.forEach((entry, i) => {
    const same = new Map();
    for (const [n, k] of keys.entries()) same.set(entry.themes[k], [...(same.get(entry.themes[k]) || []), n]);
    for (const group of same.values())
      group.forEach((n, place) => {
        offsets[n][i] = (place - (group.length - 1) / 2) * gap;
      });
  });
  return offsets;
}

function draw(svg, history, keys, width) {
  const W = Math.max(MIN_WIDTH, Math.round(width));
  const x = (i) => PAD.left + (history.length === 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (history.length - 1));
  const y = (v) => PAD.top + ((5 - v) * (H - PAD.top - PAD.bottom)) / 4;
  const shift = dodges(history, keys);
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.replaceChildren();
  for (let v = 1; v <= 5; v += 1) {
    svg.append(node("line", { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: "caseload-chart__grid" }));
    svg.append(node("text", { x: PAD.left - 8, y: y(v) + 4, "text-anchor": "end", class: "caseload-chart__text" }, v));
  }
  const ends = [0, history.length - 1].filter((i, n, all) => all.indexOf(i) === n);
  for (const i of ends) {
    // The first date starts at its point and the last ends at its own: neither runs off the edge.
    const anchor = i === 0 ? "start" : "end";
    const at = i === 0 ? Math.max(0, x(i) - 4) : Math.min(W, x(i) + 4);
    svg.append(
      node(
        "text",
        { x: at, y: H - 6, "text-anchor": anchor, class: "caseload-chart__text" },
        shortDay(history[i].date),
      ),
    );
  }
  keys.forEach((k, n) => {
    const series = `caseload-chart__line--${n}`;
    const py = (e, i) => y(e.themes[k]) + shift[n][i];
    const points = history.map((e, i) => `${x(i).toFixed(1)},${py(e, i).toFixed(1)}`).join(" ");
    const line = node("polyline", { points, class: `caseload-chart__line ${series}`, fill: "none" });
    if (DASHES[n]) line.setAttribute("stroke-dasharray", DASHES[n]);
    svg.append(line);
    for (const [i, e] of history.entries())
      svg.append(marker(SHAPES[n], x(i), py(e, i), `caseload-chart__dot ${series}`));
  });
}

/** One check-in is a moment, not a trend: a line chart of it was a column of lone dots over an
 *  empty grid. It is said as what it is, the day and each theme's place on the 1-to-5 scale. */
function oneCheckin(entry, names, keys) {
  const figure = document.createElement("figure");
  figure.className = "caseload-chart caseload-chart--one";
  const caption = document.createElement("figcaption");
  caption.className = "caseload-chart__caption";
  caption.textContent = t("One check-in, on {date}:", { date: readableDay(entry.date) });
  const list = document.createElement("ul");
  list.className = "caseload-chart__themes";
  for (const k of keys) {
    const item = document.createElement("li");
    item.textContent = t("{theme}: {value} of 5", { theme: names.get(k), value: entry.themes[k] });
    list.append(item);
  }
  figure.append(caption, list);
  return figure;
}

/**
 * How one theme moved from the first check-in to the last, in words.
 * @param {string} theme
 * @param {number} first
 * @param {number} last
 */
export function themeChange(theme, first, last) {
  // "from 3 to 3" reads as a slip; an unchanged theme says so.
  if (first === last) return t("{theme} stays at {value}", { theme, value: first });
  return t("{theme} from {first} to {last}", { theme, first, last });
}

/** A figure with the chart and its words; `history` is [{ date, themes: { key: 1..5 } }]. */
export function themesChart(history, names) {
  const keys = [...names.keys()].filter((k) => history.every((e) => typeof e.themes?.[k] === "number"));
  if (history.length === 1) return oneCheckin(history[0], names, keys);
  const figure = document.createElement("figure");
  figure.className = "caseload-chart";
  const svg = node("svg", { role: "img", class: "caseload-chart__svg" });
  const words = keys.map((k) => {
    const values = history.map((e) => e.themes[k]);
    return themeChange(names.get(k), values[0], values[values.length - 1]);
  });
  const alt = t("Check-in themes over {count} check-ins, {first} to {last}: {changes}.", {
    count: history.length,
    first: readableDay(history[0].date),
    last: readableDay(history[history.length - 1].date),
    changes: words.join("; "),
  });
  svg.setAttribute("aria-label", alt);
  draw(svg, history, keys, FALLBACK_WIDTH);
  if (typeof ResizeObserver === "function") {
    let drawn = FALLBACK_WIDTH;
    new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      if (width > 0 && width !== drawn) {
        drawn = width;
        draw(svg, history, keys, width);
      }
    }).observe(svg);
  }
  const legend = document.createElement("ul");
  legend.className = "caseload-chart__legend";
  words.forEach((word, n) => {
    const item = document.createElement("li");
    const series = `caseload-chart__line--${n}`;
    const key = node("svg", { viewBox: "0 0 36 12", width: 36, height: 12, "aria-hidden": "true" });
    const sample = node("line", { x1: 0, x2: 36, y1: 6, y2: 6, class: `caseload-chart__line ${series}` });
    if (DASHES[n]) sample.setAttribute("stroke-dasharray", DASHES[n]);
    key.append(sample, marker(SHAPES[n], 18, 6, `caseload-chart__dot ${series}`));
    item.append(key, ` ${word}`);
    legend.append(item);
  });
  figure.append(svg, legend);
  return figure;
}
