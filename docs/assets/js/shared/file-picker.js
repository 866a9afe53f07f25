// File choosers that say which file was opened. The native control is reset after each file is
// read (so the same file can be chosen again), which would make it say "No file chosen": the
// name is shown beside it instead, and the native text is hidden by closer.css.
import { t } from "./i18n.js";

/** Show `name` as the file last opened with `input` (or clear it with ""). */
export function showChosenFile(input, name) {
  let note = input.parentElement?.querySelector(".file-picker__chosen");
  if (!note) {
    note = document.createElement("span");
    note.className = "file-picker__chosen";
    input.after(note);
  }
  note.textContent = name ? t("Opened: {name}", { name }) : "";
}

/** Mark a file input so closer.css styles it as a button with the chosen name beside it. */
export function styleFilePicker(input) {
  input.classList.add("file-picker");
  return input;
}
