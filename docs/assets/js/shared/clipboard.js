// "Copy link" controls: copy with the Clipboard API and say so; where the browser does not
// allow it (no permission, not a secure context), show the link selected in a text box instead.
import { element } from "./dom.js";
import { t } from "./i18n.js";

function showFallback(control, url) {
  let box = control.querySelector(".copy-link__fallback");
  if (!box) {
    box = element("label", "copy-link__fallback", `${t("The link:")} `);
    const input = element("input");
    input.type = "text";
    input.readOnly = true;
    box.append(input);
    control.append(box);
  }
  const input = box.querySelector("input");
  input.value = url;
  input.focus();
  input.select();
}

/** A button that copies `url`, with its own live status line. `name` is its accessible name. */
export function copyLinkControl(url, name, text = t("Copy link")) {
  const control = element("span", "copy-link");
  const button = element("button", "md-button copy-link__button", text);
  button.type = "button";
  button.setAttribute("aria-label", name);
  const status = element("span", "copy-link__status");
  status.setAttribute("role", "status");
  control.append(button, status);
  button.addEventListener("click", async () => {
    try {
      if (!navigator.clipboard || !window.isSecureContext) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      status.textContent = t("Link copied.");
      control.querySelector(".copy-link__fallback")?.remove();
    } catch {
      status.textContent = t(
        "This browser did not let the page copy. The link is selected below: copy it with Ctrl+C (or ⌘+C).",
      );
      showFallback(control, url);
    }
  });
  return control;
}

/** The row of small tools under a worksheet's title (copy link, print), made once per form. */
export function worksheetToolRow(form) {
  let row = form.querySelector(".worksheet__tools");
  if (!row) {
    row = element("div", "worksheet__tools");
    // Using these tools is not filling in the worksheet: keep focus here from waking Python.
    row.addEventListener("focusin", (event) => event.stopPropagation());
    const title = form.querySelector(".worksheet__title");
    if (title) title.after(row);
    else form.prepend(row);
  }
  return row;
}
