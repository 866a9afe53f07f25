// The therapist's viewer: open a client's answers file (asking for the passphrase if it is
// locked) and read it, with each worksheet's reflection worked out by its Python. Read-only:
// this module never imports storage.js, so nothing from the file is kept on this device.

import { readableDate } from "../shared/dates.js";
import { button, element } from "../shared/dom.js";
import { showChosenFile, styleFilePicker } from "../shared/file-picker.js";
import { t, tn } from "../shared/i18n.js";
import { loadLabels, loadLinks } from "../shared/site-data.js";
import { readChosenFile, unlockFile } from "../storage/answers-io.js";
import { sheetFor } from "../storage/import-plan.js";
import { homeworkView, openAnswersLink, readHomework } from "./answers-link.js";
import { recordView, showReflection } from "./answers-view.js";
import { passphrasePrompt } from "./passphrase.js";
import { printOnly } from "./print.js";

// Reflections worked out on their own when a file opens; the rest wait for a press, so a large
// file does not keep Python busy for minutes.
export const AUTO_REFLECTIONS = 12;

export function mount(container) {
  const label = element("label", "viewer__file", `${t("Client's answers file")} `);
  const input = element("input");
  input.type = "file";
  styleFilePicker(input);
  input.accept = ".json,application/json";
  label.append(input);
  const alert = element("p", "viewer__alert");
  alert.setAttribute("role", "alert");
  const area = element("div", "viewer__area");
  container.replaceChildren(label, alert, area);
  /** @type {"link" | "file" | null} where the answers shown (or asked a passphrase for) came from */
  let source = null;
  /** Empty the page for answers from `from`: a link's answers are no longer what it shows. */
  function start(from) {
    alert.textContent = "";
    area.replaceChildren();
    source = from;
  }

  // A link carries the homework beside the file; a file made since it could, inside it.
  const reflectionNote = t("As the worksheet wrote it to your client: “you” is your client.");
  async function show(file, homework = readHomework(file.homework)) {
    const labels = await loadLabels();
    const view = element("section", "viewer__answers");
    const heading = element("h2", null, t("Answers in this file"));
    heading.tabIndex = -1;
    const count = file.records.length;
    view.append(
      heading,
      element(
        "p",
        "viewer__meta",
        tn(
          "The file was made {date} and holds {count} worksheet record. It is shown only on this page: nothing from it is saved on this device.",
          "The file was made {date} and holds {count} worksheet records. It is shown only on this page: nothing from it is saved on this device.",
          count,
          { date: readableDate(file.exported) },
        ),
      ),
    );
    if (homework) {
      // Each item named in the therapist's language when its page is known here.
      const titles = await loadLinks()
        .then((links) => links.bySlug)
        .catch(() => new Map());
      view.append(homeworkView(homework, titles));
    }
    const views = file.records.map((record) => ({
      record,
      // The reflection speaks to the client, as their worksheet did: without a word, "you" reads as the therapist.
      ...recordView(record, sheetFor(labels, record.worksheet), 3, reflectionNote),
    }));
    view.append(...views.map((v) => v.section));
    const close = button(t("Close the file"), () => {
      area.replaceChildren();
      alert.textContent = "";
    });
    view.append(element("div", "viewer__actions"));
    view.lastChild.append(
      button(t("Print these answers"), () => printOnly(view)),
      close,
    );
    area.replaceChildren(view);
    heading.focus();
    const reflect = (v) => showReflection(v.region, v.record, sheetFor(labels, v.record.worksheet), file.records);
    views.slice(0, AUTO_REFLECTIONS).reduce((previous, v) => previous.then(() => reflect(v)), Promise.resolve());
    for (const v of views.slice(AUTO_REFLECTIONS)) {
      v.region.replaceChildren(button(t("Work out this reflection"), () => reflect(v)));
    }
  }

  async function onChoose() {
    const chosen = input.files?.[0];
    input.value = "";
    if (chosen) showChosenFile(input, chosen.name);
    start("file");
    if (!chosen) return;
    const read = await readChosenFile(chosen);
    if (!read.ok) {
      alert.textContent = read.message;
      return;
    }
    if (!read.locked) return show(read.file);
    area.replaceChildren(
      passphrasePrompt(
        async (passphrase) => {
          const opened = await unlockFile(read.envelope, passphrase);
          if (!opened.ok) return opened.message;
          await show(opened.file);
          return "";
        },
        () => area.replaceChildren(),
      ),
    );
  }

  input.addEventListener("change", onChoose);
  // A client's link, now or pasted later.
  const unmountLink = openAnswersLink({ area, alert, show, start, source: () => source });
  return () => {
    unmountLink();
    input.removeEventListener("change", onChoose);
    area.replaceChildren();
  };
}
