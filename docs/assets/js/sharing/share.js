// "Share with my therapist": the client chooses worksheets, then prints a summary of their
// answers (with each worksheet's reflection) or saves them as a file, optionally locked with a
// passphrase, to hand over themselves. Nothing is sent anywhere; the partner's answers never
// go in (they are the partner's to share).

import { loadHomework } from "../homework/homework-store.js";
import { readableDate } from "../shared/dates.js";
import { button, element } from "../shared/dom.js";
import { t, tn } from "../shared/i18n.js";
import { ANSWERS_CHANGED } from "../shared/names.js";
import { reasonFor } from "../shared/reasons.js";
import { loadLabels, loadLinks, permanentURL } from "../shared/site-data.js";
import { answersFileText, download, today } from "../storage/answers-io.js";
import { sheetFor } from "../storage/import-plan.js";
import * as storage from "../storage/storage.js";
import { homeworkStatus, linkPart } from "./answers-link.js";
import { recordView, showReflection } from "./answers-view.js";
import { passphraseChoice } from "./passphrase.js";
import { printOnly } from "./print.js";

/** The worksheets a homework on this device asks for, to tick them first. */
async function homeworkSheets() {
  const found = loadHomework();
  if (found.status !== "ok") return null;
  const { bySlug } = await loadLinks();
  return new Set(found.saved.homework.items.map((slug) => bySlug.get(slug)?.worksheet).filter(Boolean));
}

function render(container, labels, preselect) {
  const records = storage.listRecords().filter((r) => r.profile === "self");
  if (!records.length) {
    container.replaceChildren(
      element(
        "p",
        "share__none",
        t("There are no saved answers on this device yet. Fill in a worksheet first; then you can share it here."),
      ),
    );
    return;
  }
  const title = (r) => sheetFor(labels, r.worksheet)?.title || r.worksheet;
  const choices = element("fieldset", "share__choices");
  choices.append(element("legend", null, t("Worksheets to share")));
  const boxes = records.map((record, index) => {
    const label = element("label", "share__choice");
    const box = element("input");
    box.type = "checkbox";
    box.id = `share-${index}`;
    box.checked = preselect ? preselect.has(record.worksheet) : true;
    label.htmlFor = box.id;
    label.append(box, ` ${t("{title} (saved {date})", { title: title(record), date: readableDate(record.updated) })}`);
    choices.append(label);
    return box;
  });
  const chosen = () => records.filter((_, i) => boxes[i].checked);
  const status = element("p", "share__status");
  status.setAttribute("role", "status");
  const summary = element("section", "share-summary");
  summary.hidden = true;
  summary.setAttribute("aria-label", t("Summary of my answers"));

  function showSummary() {
    const picked = chosen();
    if (!picked.length) {
      status.textContent = t("Choose at least one worksheet to share.");
      return;
    }
    const heading = element("h3", null, t("My answers, to share with my therapist"));
    const made = element(
      "p",
      "share-summary__made",
      t("From the Closer guide, on {date}. These answers were kept only on my device.", {
        date: readableDate(new Date().toISOString()),
      }),
    );
    const views = picked.map((record) => ({ record, ...recordView(record, sheetFor(labels, record.worksheet), 4) }));
    const home = permanentURL("home");
    const print = button(t("Print the summary"), () =>
      printOnly(summary, { title: t("My answers, to share with my therapist"), link: home }),
    );
    print.classList.add("share-summary__print");
    summary.replaceChildren(heading, made, ...views.map((v) => v.section), print);
    summary.hidden = false;
    status.textContent = tn(
      "The summary of {count} worksheet is shown below.",
      "The summary of {count} worksheets is shown below.",
      picked.length,
    );
    heading.tabIndex = -1;
    heading.focus();
    // Worksheets that read other saved answers (My path) see only the reader's own here.
    const all = storage.listRecords().filter((r) => r.profile === "self");
    // One after the other: Python answers one request at a time anyway.
    views.reduce(
      (previous, v) =>
        previous.then(() => showReflection(v.region, v.record, sheetFor(labels, v.record.worksheet), all)),
      Promise.resolve(),
    );
  }

  const lock = passphraseChoice();
  // The file's messages sit under its own Save button, not under the summary's.
  const fileStatus = element("p", "share__status share__status--file");
  fileStatus.setAttribute("role", "status");
  fileStatus.id = "share-file-problem";
  async function saveFile() {
    const picked = chosen();
    const secret = lock.read();
    if (!picked.length) fileStatus.textContent = t("Choose at least one worksheet to share (at the top of this part).");
    else if (!secret.ok) fileStatus.textContent = "";
    else {
      fileStatus.textContent = secret.passphrase ? t("Locking the file…") : "";
      // The same homework status as the link carries, so a file tells the therapist as much.
      const text = await answersFileText(picked, secret.passphrase, await homeworkStatus(labels));
      download(text, t("closer-answers-for-my-therapist-{date}.json", { date: today() }));
      fileStatus.textContent = secret.passphrase
        ? t(
            "The locked file is saved to your downloads. Give your therapist the file, and tell them the passphrase separately.",
          )
        : t("The file is saved to your downloads. Anyone who has it can read it: hand it over yourself.");
    }
  }

  const fileHeading = element("h3", null, t("Or save a file for your therapist"));
  const fileIntro = element(
    "p",
    null,
    t(
      "The file holds the answers you chose, with your past check-ins and how far your homework is. Your therapist opens it on this site's “Open a client's answers” page. It is read there and never saved on their device.",
    ),
  );
  container.replaceChildren(
    choices,
    button(t("Show a printable summary"), showSummary, true),
    status,
    summary,
    fileHeading,
    fileIntro,
    lock.element,
    button(t("Save the file"), saveFile),
    fileStatus,
    linkPart(chosen, lock, labels),
  );
}

export function mount(container) {
  let live = true;
  let refresh = () => {};
  Promise.all([loadLabels(), container.dataset.share === "homework" ? homeworkSheets() : null])
    .then(([labels, preselect]) => {
      refresh = () => live && render(container, labels, preselect);
      refresh();
    })
    .catch((error) => {
      container.replaceChildren(
        element("p", null, t("Sharing is not available right now: {reason}", { reason: reasonFor(error) })),
      );
    });
  // Answers just imported on this page can be shared at once.
  const onChange = () => refresh();
  document.addEventListener(ANSWERS_CHANGED, onChange);
  return () => {
    live = false;
    document.removeEventListener(ANSWERS_CHANGED, onChange);
  };
}
