// The check-in themes over time for one client, as an SVG line chart drawn in the browser (the
// caseload page works without Python), with its numbers in words for screen readers.
import { readableDay } from "../shared/dates.js";
import { t } from "../shared/i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const W = 320;
const H = 170;
const PAD = { left: 26, right: 10, top: 10, bottom: 26 };
// Lines told apart by dash as well as colour (WCAG 1.4.1: colour is not the only cue).
const DASHES = ["", "6 3", "2 3", "10 3 2 3", "1 5", "8 6"];

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

/** A figure with the chart and its words; `history` is [{ date, themes: { key: 1..5 } }]. */
export function themesChart(history, names) {
  const figure = document.createElement("figure");
  figure.className = "caseload-chart";
  const keys = [...names.keys()].filter((k) => history.every((e) => typeof e.themes?.[k] === "number"));
  const x = (i) => PAD.left + (history.length === 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (history.length - 1));
  const y = (v) => PAD.top + ((5 - v) * (H - PAD.top - PAD.bottom)) / 4;
  const svg = node("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", class: "caseload-chart__svg" });
  const words = keys.map((k) => {
    const values = history.map((e) => e.themes[k]);
    return t("{theme} from {first} to {last}", {
      theme: names.get(k),
      first: values[0],
      last: values[values.length - 1],
    });
  });
  const alt = t("Check-in themes over {count} check-ins, {first} to {last}: {changes}.", {
    count: history.length,
    first: readableDay(history[0].date),
    last: readableDay(history[history.length - 1].date),
    changes: words.join("; "),
  });
  svg.setAttribute("aria-label", alt);
  for (let v = 1; v <= 5; v += 1) {
    svg.append(node("line", { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: "caseload-chart__grid" }));
    svg.append(node("text", { x: PAD.left - 8, y: y(v) + 4, "text-anchor": "end", class: "caseload-chart__text" }, v));
  }
  const ends = [0, history.length - 1].filter((i, n, all) => all.indexOf(i) === n);
  for (const i of ends) {
    const anchor = i === 0 ? "start" : "end";
    svg.append(
      node("text", { x: x(i), y: H - 6, "text-anchor": anchor, class: "caseload-chart__text" }, history[i].date),
    );
  }
  keys.forEach((k, n) => {
    const points = history.map((e, i) => `${x(i).toFixed(1)},${y(e.themes[k]).toFixed(1)}`).join(" ");
    const line = node("polyline", { points, class: `caseload-chart__line caseload-chart__line--${n}`, fill: "none" });
    if (DASHES[n]) line.setAttribute("stroke-dasharray", DASHES[n]);
    svg.append(line);
    for (const [i, e] of history.entries()) {
      svg.append(
        node("circle", {
          cx: x(i),
          cy: y(e.themes[k]),
          r: 2.5,
          class: `caseload-chart__dot caseload-chart__line--${n}`,
        }),
      );
    }
  });
  const legend = document.createElement("ul");
  legend.className = "caseload-chart__legend";
  words.forEach((word, n) => {
    const item = document.createElement("li");
    const key = node("svg", { viewBox: "0 0 30 8", width: 30, height: 8, "aria-hidden": "true" });
    const sample = node("line", {
      x1: 0,
      x2: 30,
      y1: 4,
      y2: 4,
      class: `caseload-chart__line caseload-chart__line--${n}`,
    });
    if (DASHES[n]) sample.setAttribute("stroke-dasharray", DASHES[n]);
    key.append(sample);
    item.append(key, ` ${word}`);
    legend.append(item);
  });
  figure.append(svg, legend);
  return figure;
}
