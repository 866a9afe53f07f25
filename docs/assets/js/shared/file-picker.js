// File choosers in the page's language that say which file was opened. The browser draws the
// native button in its own language ("Choose File" on a Spanish page) and resets it after each
// read (so the same file can be chosen again), which would make it say "No file chosen". So the
// native control stays, transparent, over a button face in our words (closer.css), and the name
// of the file last opened is shown after it.
import { t } from "./i18n.js";

/** Show `name` as the file last opened with `input` (or clear it with ""). */
export function showChosenFile(input, name) {
  const anchor = input.closest(".file-picker__wrap") || input;
  let note = anchor.parentElement?.querySelector(".file-picker__chosen");
  if (!note) {
    note = document.createElement("span");
    note.className = "file-picker__chosen";
    anchor.after(note);
  }
  note.textContent = name ? t("Opened: {name}", { name }) : "";
}

/** Give a file input the site's button face. Callers make the input and place it in the same
 *  task, so the face is put around it once that task is done (a microtask later). */
export function styleFilePicker(input) {
  input.classList.add("file-picker");
  queueMicrotask(() => {
    if (!input.parentElement || input.closest(".file-picker__wrap")) return;
    const wrap = document.createElement("span");
    wrap.className = "file-picker__wrap";
    const face = document.createElement("span");
    face.className = "md-button file-picker__face";
    face.setAttribute("aria-hidden", "true");
    face.textContent = input.multiple ? t("Choose files") : t("Choose a file");
    input.replaceWith(wrap);
    wrap.append(face, input);
  });
  return input;
}
