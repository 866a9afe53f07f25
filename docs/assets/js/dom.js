// Building page elements with text only: every string is set as textContent, never as HTML.

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(text, onClick, primary = false) {
  const node = element("button", primary ? "md-button md-button--primary" : "md-button", text);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}
