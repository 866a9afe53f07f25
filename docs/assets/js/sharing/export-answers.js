// "Save all my answers to a file": every record kept on this device, in the answers file format
// (answers-file.js), optionally locked with a passphrase (crypto-file.js), to move to another
// device or keep as a copy. The file goes to the browser's downloads; nothing is sent.
// The partner's answers are theirs: they go in only when the person ticks the box that says so.
import { readableDate } from "../shared/dates.js";
import { element } from "../shared/dom.js";
import { t, tn } from "../shared/i18n.js";
import { ANSWERS_CHANGED } from "../shared/names.js";
import { answersFileText, download, today } from "../storage/answers-io.js";
import { noteExported, readKeeping } from "../storage/keeping.js";
import * as storage from "../storage/storage.js";
import { passphraseChoice } from "./passphrase.js";

export function mount(container) {
  const lock = passphraseChoice();
  const save = document.createElement("button");
  save.type = "button";
  save.className = "md-button md-button--primary";
  save.textContent = t("Save all my answers to a file");
  const status = document.createElement("p");
  status.className = "answers-io__status";
  status.setAttribute("role", "status");
  const last = element("p", "answers-io__last");
  const partnerBox = element("input");
  partnerBox.type = "checkbox";
  partnerBox.id = "export-partner";
  const partnerLabel = element("label", "answers-io__partner");
  partnerLabel.htmlFor = partnerBox.id;

  function refresh() {
    const exported = readKeeping().exported;
    last.textContent = exported
      ? t("Your answers were last saved to a file from this browser on {date}.", { date: readableDate(exported) })
      : t("Your answers have not been saved to a file from this browser yet.");
    const partners = storage.listRecords().filter((r) => r.profile === "partner").length;
    partnerLabel.hidden = partners === 0;
    partnerLabel.replaceChildren(
      partnerBox,
      ` ${tn(
        "Also include my partner's answers ({count} worksheet). Only tick this if your partner agrees.",
        "Also include my partner's answers ({count} worksheets). Only tick this if your partner agrees.",
        partners,
      )}`,
    );
  }

  async function onSave() {
    const records = storage.listRecords().filter((r) => r.profile !== "partner" || partnerBox.checked);
    const secret = lock.read();
    if (!records.length) {
      status.textContent = t("There are no saved answers on this device to save.");
      return;
    }
    if (!secret.ok) {
      status.textContent = "";
      return;
    }
    status.textContent = secret.passphrase ? t("Locking the file…") : "";
    const text = await answersFileText(records, secret.passphrase);
    const name = secret.passphrase
      ? t("closer-answers-{date}.locked.json", { date: today() })
      : t("closer-answers-{date}.json", { date: today() });
    download(text, name);
    noteExported();
    refresh();
    status.textContent = secret.passphrase
      ? tn(
          "Saved {count} worksheet record to “{name}”, locked with your passphrase.",
          "Saved {count} worksheet records to “{name}”, locked with your passphrase.",
          records.length,
          { name },
        )
      : tn(
          "Saved {count} worksheet record to “{name}”. Anyone who has this file can read it: keep it somewhere safe.",
          "Saved {count} worksheet records to “{name}”. Anyone who has this file can read it: keep it somewhere safe.",
          records.length,
          { name },
        );
  }

  save.addEventListener("click", onSave);
  document.addEventListener(ANSWERS_CHANGED, refresh);
  refresh();
  container.replaceChildren(last, partnerLabel, lock.element, save, status);
  return () => {
    save.removeEventListener("click", onSave);
    document.removeEventListener(ANSWERS_CHANGED, refresh);
  };
}
