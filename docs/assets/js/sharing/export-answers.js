// "Save all my answers to a file": every record kept on this device, in the answers file format
// (answers-file.js), optionally locked with a passphrase (crypto-file.js), to move to another
// device or keep as a copy. The file goes to the browser's downloads; nothing is sent.
import { answersFileText, download, today } from "../storage/answers-io.js";
import * as storage from "../storage/storage.js";
import { passphraseChoice } from "./passphrase.js";

export function mount(container) {
  const lock = passphraseChoice();
  const save = document.createElement("button");
  save.type = "button";
  save.className = "md-button md-button--primary";
  save.textContent = "Save all my answers to a file";
  const status = document.createElement("p");
  status.className = "answers-io__status";
  status.setAttribute("role", "status");

  async function onSave() {
    const records = storage.listRecords();
    const secret = lock.read();
    if (!records.length) {
      status.textContent = "There are no saved answers on this device to save.";
      return;
    }
    if (!secret.ok) {
      status.textContent = secret.message;
      return;
    }
    status.textContent = secret.passphrase ? "Locking the file…" : "";
    const text = await answersFileText(records, secret.passphrase);
    const name = secret.passphrase ? `closer-answers-${today()}.locked.json` : `closer-answers-${today()}.json`;
    download(text, name);
    const count = `${records.length} worksheet record${records.length === 1 ? "" : "s"}`;
    status.textContent = secret.passphrase
      ? `Saved ${count} to “${name}”, locked with your passphrase.`
      : `Saved ${count} to “${name}”. Anyone who has this file can read it: keep it somewhere safe.`;
  }

  save.addEventListener("click", onSave);
  container.replaceChildren(lock.element, save, status);
  return () => save.removeEventListener("click", onSave);
}
