// Render Python's result as DOM. Every string is set as text; only our own SVG chart is parsed,
// as SVG (never HTML), and rebuilt from an allow list: only the shapes and attributes our
// charts use are copied into new SVG elements, so nothing else (scripts, links, handlers) can.
import { readableText, shortDay } from "../shared/dates.js";
import { element } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { siteHref } from "../shared/paths.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const SVG_TAGS = new Set([
  "svg",
  "defs",
  "pattern",
  "g",
  "title",
  "desc",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "rect",
  "path",
  "text",
  "tspan",
]);
const SVG_ATTRIBUTES = new Set([
  "class",
  "viewBox",
  "width",
  "height",
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "points",
  "d",
  "dx",
  "dy",
  "text-anchor",
  "dominant-baseline",
  "stroke-dasharray",
  "stroke-width",
  "font-size",
  "id",
  "fill",
  "patternUnits",
  "patternTransform",
  "data-date",
  "role",
  "aria-label",
  "aria-hidden",
  "focusable",
  "preserveAspectRatio",
]);

// The only url() a chart may use points at a pattern inside the same chart ("url(#chart-hatch-…)");
// anything else (another document, javascript:, data:) is dropped with its attribute.
const LOCAL_URL = /^url\(#[A-Za-z][\w-]*\)$/;
const safeValue = (value) => !/url\s*\(/i.test(value) || LOCAL_URL.test(value.trim());

function rebuild(node) {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.nodeValue || "");
  if (node.nodeType !== Node.ELEMENT_NODE || node.namespaceURI !== SVG_NS || !SVG_TAGS.has(node.localName)) return null;
  const copy = document.createElementNS(SVG_NS, node.localName);
  for (const attribute of node.attributes) {
    // Only plain attributes (no namespace: no xlink:href) on the allow list, and no url(...).
    if (!attribute.namespaceURI && SVG_ATTRIBUTES.has(attribute.name) && safeValue(attribute.value))
      copy.setAttribute(attribute.name, attribute.value);
  }
  for (const child of node.childNodes) {
    const built = rebuild(child);
    if (built) copy.append(built);
  }
  return copy;
}

/** Our chart as new SVG elements, or null when the markup is not an SVG document. */
export function safeSvg(markup) {
  const parsed = new DOMParser().parseFromString(markup, "image/svg+xml");
  const root = parsed.documentElement;
  if (root.localName !== "svg" || root.namespaceURI !== SVG_NS) return null;
  return rebuild(root);
}

function blockView(block) {
  const section = element("section", "result__block");
  section.append(element("h4", "result__heading", block.heading));
  if (block.style === "paragraphs") {
    for (const item of block.items) section.append(element("p", null, readableText(item)));
  } else {
    const list = element("ul");
    for (const item of block.items) list.append(element("li", null, readableText(item)));
    section.append(list);
  }
  return section;
}

function downloadView(download) {
  const link = element("a", "md-button result__download", download.label);
  link.href = URL.createObjectURL(new Blob([download.content], { type: download.media_type }));
  link.download = download.filename;
  return link;
}

/** Replace the region's content with the result; returns the region. */
export function showResult(region, result, note) {
  const parts = note ? [element("p", "result__note", note)] : [];
  parts.push(element("p", "result__summary", readableText(result.summary)));
  for (const chart of [result.chart, ...(result.more_charts || [])]) {
    if (!chart) continue;
    const figure = element("figure", "result__chart");
    const svg = safeSvg(chart.svg);
    if (svg) {
      // Python draws ISO days; they are shown in the reader's own style, and named so too.
      for (const label of svg.querySelectorAll("text[data-date]"))
        label.textContent = shortDay(label.getAttribute("data-date"));
      svg.setAttribute("aria-label", readableText(svg.getAttribute("aria-label") || ""));
      figure.append(svg);
    }
    figure.append(element("figcaption", "result__chart-alt", readableText(chart.alt)));
    parts.push(figure);
  }
  for (const block of result.blocks) parts.push(blockView(block));
  // What the result made for the person (a calendar file) comes before where to read next.
  for (const download of result.downloads) parts.push(downloadView(download));
  if (result.links.length) {
    const section = element("section", "result__block");
    section.append(element("h4", "result__heading", result.links_heading || t("Read next")));
    const list = element("ol", "result__links");
    for (const link of result.links) {
      const item = element("li");
      const anchor = element("a", null, link.text);
      anchor.href = siteHref(link.href);
      item.append(anchor);
      list.append(item);
    }
    section.append(list);
    parts.push(section);
  }
  region.replaceChildren(...parts);
  return region;
}

export function showMessage(region, state, text, action) {
  const parts = [element("p", `result__message result__message--${state}`, text)];
  if (action) parts.push(action);
  region.replaceChildren(...parts);
  region.dataset.state = state;
}

/** Bring an outcome to where the person is looking: scrolled into view if it is not, and focused
    (so a screen reader and a keyboard continue from it). */
export function revealResult(region) {
  if (!region.hasAttribute("tabindex")) region.tabIndex = -1;
  const box = region.getBoundingClientRect();
  const header = document.querySelector(".md-header")?.getBoundingClientRect().bottom ?? 0;
  const inView = box.top >= header && box.top < window.innerHeight - 80;
  // An instant jump: a smooth scroll can be cut short when the result grows under it.
  if (!inView) region.scrollIntoView({ block: "start" });
  region.focus({ preventScroll: true });
}
