// Passphrase fields: an optional one (typed twice) to lock a file being saved, and a prompt to
// open a locked file that keeps asking until the passphrase works or the person cancels.
import { t } from "../shared/i18n.js";

let counter = 0;

function field(labelText, help) {
  counter += 1;
  const wrap = document.createElement("div");
  wrap.className = "passphrase__field";
  const label = document.createElement("label");
  label.htmlFor = `passphrase-${counter}`;
  label.textContent = labelText;
  const input = document.createElement("input");
  input.type = "password";
  input.id = `passphrase-${counter}`;
  input.autocomplete = "new-password";
  wrap.append(label);
  if (help) {
    const note = document.createElement("p");
    note.className = "passphrase__help";
    note.id = `passphrase-${counter}-help`;
    note.textContent = help;
    input.setAttribute("aria-describedby", note.id);
    wrap.append(note);
  }
  wrap.append(input);
  return { wrap, input };
}

/** Two fields and the line that tells what is wrong with them. `words` ({ label, help, tooShort })
 *  name something other than an optional lock on a file (the caseload, which needs one). */
export function passphraseChoice(words = {}) {
  const element = document.createElement("div");
  element.className = "passphrase";
  const first = field(
    words.label || t("Passphrase to lock the file (optional)"),
    words.help ||
      t(
        "With a passphrase, nobody can read the file without it, including you. It cannot be recovered if it is lost. Use at least 8 characters, and tell it to the person separately, not with the file.",
      ),
  );
  const second = field(t("Type the passphrase again"));
  // A problem with the passphrase is told under the two fields, where the focus goes: the
  // button pressed (a file's, or a link's further down) may be a screen away from them.
  const problem = document.createElement("p");
  problem.className = "passphrase__problem";
  problem.id = `passphrase-${counter}-problem`;
  element.append(first.wrap, second.wrap, problem);
  // A problem marks the field it concerns (and is read with it), and that field gets the focus.
  function mark(input, messageId) {
    for (const other of [first.input, second.input]) {
      other.removeAttribute("aria-invalid");
      other.setAttribute(
        "aria-describedby",
        (other.getAttribute("aria-describedby") || "").replace(/\s*\S+-problem$/, "").trim(),
      );
    }
    if (!input) return;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", `${input.getAttribute("aria-describedby") || ""} ${messageId}`.trim());
    input.focus();
  }
  function refuse(input, message) {
    problem.textContent = message;
    mark(input, problem.id);
    return { ok: false, message };
  }
  /** { ok: true, passphrase } ("" for none), or { ok: false, message }: the message is then
   *  already shown under the fields, so the caller need not repeat it. */
  function read() {
    const passphrase = first.input.value;
    problem.textContent = "";
    mark(null);
    if (!passphrase && !second.input.value) return { ok: true, passphrase: "" };
    if (passphrase.length < 8) {
      return refuse(
        first.input,
        words.tooShort || t("The passphrase needs at least 8 characters (or leave both fields empty)."),
      );
    }
    if (passphrase !== second.input.value) return refuse(second.input, t("The two passphrases are not the same."));
    return { ok: true, passphrase };
  }
  return { element, read };
}

/** A prompt for a locked file. `tryOpen(passphrase)` resolves to "" when it worked, else a message.
 *  `words` ({ intro, label, action }) name something other than a file (a sealed link). */
export function passphrasePrompt(tryOpen, onCancel, words = {}) {
  const form = document.createElement("form");
  form.className = "passphrase passphrase--prompt";
  form.noValidate = true;
  const intro = document.createElement("p");
  intro.textContent = words.intro || t("This file is locked with a passphrase.");
  const { wrap, input } = field(words.label || t("Passphrase"));
  input.autocomplete = "off";
  const open = document.createElement("button");
  open.type = "submit";
  open.className = "md-button md-button--primary";
  open.textContent = words.action || t("Open the file");
  const cancel = document.createElement("button");
  cancel.type = "button";
  cancel.className = "md-button";
  cancel.textContent = t("Cancel");
  const status = document.createElement("p");
  status.className = "passphrase__status";
  status.setAttribute("role", "alert");
  form.append(intro, wrap, open, cancel, status);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    open.disabled = true;
    // Progress, not a problem: the stylesheet draws the error box only without data-busy.
    status.dataset.busy = "";
    status.textContent = t("Opening…");
    const message = await tryOpen(input.value);
    open.disabled = false;
    delete status.dataset.busy;
    status.textContent = message;
    if (message) input.select();
  });
  cancel.addEventListener("click", onCancel);
  setTimeout(() => input.focus(), 0);
  return form;
}
