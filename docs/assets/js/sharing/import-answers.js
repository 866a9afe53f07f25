// "Bring answers from a file": read an answers file (plain or locked), show what it holds and
// what it would change, and keep nothing until the person says so. Answers already on this
// device are replaced only when they tick the box that names them. A bad file changes nothing.

import { readableDate } from "../shared/dates.js";
import { element } from "../shared/dom.js";
import { showChosenFile, styleFilePicker } from "../shared/file-picker.js";
import { ANSWERS_CHANGED } from "../shared/names.js";
import { loadLabels } from "../shared/site-data.js";
import { readChosenFile, unlockFile } from "../storage/answers-io.js";
import * as storage from "../storage/storage.js";
import { passphrasePrompt } from "./passphrase.js";

/** What importing one record would do: add, replace, same, or skip (with why). */
function plan(record, labels) {
  const profile = record.profile === undefined ? "self" : record.profile;
  if (!labels[record.worksheet]) return { record, profile, action: "skip", text: "Not part of this guide: skipped." };
  if (profile !== "self" && profile !== "partner")
    return { record, profile, action: "skip", text: "Unknown person: skipped." };
  const existing = storage.load(record.worksheet, record.version, profile);
  if (existing.status === "ok") {
    if (JSON.stringify(existing.record.answers) === JSON.stringify(record.answers))
      return { record, profile, action: "same", text: "Same as the answers on this device." };
    return {
      record,
      profile,
      action: "replace",
      text: `Would replace the answers saved here ${readableDate(existing.record.updated)}.`,
    };
  }
  if (existing.status === "corrupt")
    return { record, profile, action: "replace", text: "Would replace saved answers that could not be read." };
  return { record, profile, action: "add", text: "Will be added." };
}

function previewTable(steps, labels) {
  const table = element("table", "answers-io__preview");
  const head = element("tr");
  for (const name of ["Worksheet", "Whose", "Saved", "What happens"]) {
    const th = element("th", null, name);
    th.scope = "col";
    head.append(th);
  }
  table.append(element("thead"), element("tbody"));
  table.tHead.append(head);
  for (const step of steps) {
    const row = element("tr");
    const title = labels[step.record.worksheet]?.title || step.record.worksheet;
    for (const text of [
      title,
      step.profile === "partner" ? "Your partner" : "You",
      readableDate(step.record.updated),
      step.text,
    ])
      row.append(element("td", null, text));
    row.dataset.action = step.action;
    table.tBodies[0].append(row);
  }
  return table;
}

export function mount(container) {
  const label = element("label", "answers-io__file", "Answers file ");
  const input = element("input");
  input.type = "file";
  styleFilePicker(input);
  input.accept = ".json,application/json";
  label.append(input);
  const alert = element("p", "answers-io__alert");
  alert.setAttribute("role", "alert");
  const status = element("p", "answers-io__status");
  status.setAttribute("role", "status");
  const area = element("div", "answers-io__area");
  container.replaceChildren(label, alert, status, area);
  const fail = (message) => {
    area.replaceChildren();
    alert.textContent = `${message} Nothing was changed.`;
  };

  async function preview(file) {
    const labels = await loadLabels();
    const steps = file.records.map((record) => plan(record, labels));
    const replacing = steps.filter((s) => s.action === "replace");
    const parts = [
      element("h3", null, "What this file holds"),
      element("p", null, `The file was made ${readableDate(file.exported)}. Nothing is kept until you press “Import”.`),
      previewTable(steps, labels),
    ];
    const replace = element("input");
    replace.type = "checkbox";
    replace.id = "import-replace";
    if (replacing.length) {
      const box = element("label", "answers-io__replace");
      box.htmlFor = replace.id;
      box.append(
        replace,
        ` Replace my answers for the ${replacing.length === 1 ? "worksheet" : `${replacing.length} worksheets`} marked “Would replace”`,
      );
      parts.push(box);
    }
    const go = element("button", "md-button md-button--primary", "Import");
    go.type = "button";
    const cancel = element("button", "md-button", "Cancel");
    cancel.type = "button";
    cancel.addEventListener("click", () => {
      area.replaceChildren();
      status.textContent = "Nothing was imported.";
    });
    go.addEventListener("click", () => {
      let added = 0;
      let kept = 0;
      let failed = 0;
      for (const step of steps) {
        if (step.action === "skip" || step.action === "same") continue;
        if (step.action === "replace" && !replace.checked) {
          kept += 1;
          continue;
        }
        if (
          storage.save(step.record.worksheet, step.record.version, step.record.answers, step.profile, {
            updated: step.record.updated,
          }).ok
        )
          added += 1;
        else failed += 1;
      }
      area.replaceChildren();
      const parts = [`Imported ${added} worksheet record${added === 1 ? "" : "s"}.`];
      if (kept) parts.push(`Kept your own answers for ${kept} (not replaced).`);
      if (failed) parts.push(`${failed} could not be saved: this browser's storage is full or blocked.`);
      status.textContent = parts.join(" ");
      document.dispatchEvent(new CustomEvent(ANSWERS_CHANGED));
    });
    parts.push(go, cancel);
    area.replaceChildren(...parts);
  }

  async function onChoose() {
    const chosen = input.files?.[0];
    input.value = "";
    if (chosen) showChosenFile(input, chosen.name);
    alert.textContent = "";
    status.textContent = "";
    if (!chosen) return;
    const read = await readChosenFile(chosen);
    if (!read.ok) return fail(read.message);
    if (!read.locked) return preview(read.file);
    area.replaceChildren(
      passphrasePrompt(
        async (passphrase) => {
          const opened = await unlockFile(read.envelope, passphrase);
          if (!opened.ok) return `${opened.message} Nothing was changed.`;
          await preview(opened.file);
          return "";
        },
        () => {
          area.replaceChildren();
          status.textContent = "Nothing was imported.";
        },
      ),
    );
  }

  input.addEventListener("change", onChoose);
  return () => input.removeEventListener("change", onChoose);
}
