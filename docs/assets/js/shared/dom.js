// Building page elements with text only: every string is set as textContent, never as HTML.

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A URL's text in an element, with a line-break opportunity after each "/" (<wbr>): on a narrow
 *  screen it wraps between its parts ("…/go/" then "listening/"), never inside a word. */
export function urlText(tag, className, url) {
  const node = element(tag, className);
  const parts = url.split(/(?<=\/)/);
  parts.forEach((part, i) => {
    node.append(part);
    if (i < parts.length - 1) node.append(document.createElement("wbr"));
  });
  return node;
}

export function button(text, onClick, primary = false) {
  const node = element("button", primary ? "md-button md-button--primary" : "md-button", text);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

/** The element the page's contract promises, or a loud error naming what is missing. */
export function getElement(selector, root = document) {
  const node = root.querySelector(selector);
  if (!node) throw new ReferenceError(`Missing element: expected "${selector}" to be present`);
  return node;
}

/** An element that may or may not be there (null when absent). */
export function getOptionalElement(selector, root = document) {
  return root.querySelector(selector);
}

/** Every element matching `selector`, typed as HTML elements (so `dataset` is known). */
export function elements(selector, root = document) {
  return /** @type {HTMLElement[]} */ ([...root.querySelectorAll(selector)]);
}
