// "Bring answers from a file": read an answers file (plain or locked), show what it holds and
// what it would change, and keep nothing until the person says so. Answers already on this
// device are replaced only when they tick the box that names them. A bad file changes nothing.

import { readableDate } from "../shared/dates.js";
import { button, element } from "../shared/dom.js";
import { showChosenFile, styleFilePicker } from "../shared/file-picker.js";
import { formatNumber, t, tn } from "../shared/i18n.js";
import { ANSWERS_CHANGED } from "../shared/names.js";
import { loadLabels } from "../shared/site-data.js";
import { readChosenFile, unlockFile } from "../storage/answers-io.js";
import { importItems, planImport, sheetFor } from "../storage/import-plan.js";
import * as storage from "../storage/storage.js";
import { passphrasePrompt } from "./passphrase.js";

function previewTable(steps, labels) {
  const table = element("table", "answers-io__preview");
  const head = element("tr");
  for (const name of [t("Worksheet"), t("Whose"), t("Saved"), t("What happens")]) {
    const th = element("th", null, name);
    th.scope = "col";
    head.append(th);
  }
  table.append(element("thead"), element("tbody"));
  table.tHead.append(head);
  for (const step of steps) {
    const row = element("tr");
    const title = sheetFor(labels, step.record.worksheet)?.title || t("A worksheet this guide does not have");
    for (const text of [
      title,
      step.profile === "partner" ? t("Your partner") : t("You"),
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
  const label = element("label", "answers-io__file", `${t("Answers file")} `);
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
    alert.textContent = t("{reason} Nothing was changed.", { reason: message });
  };

  async function preview(file) {
    const labels = await loadLabels();
    const steps = planImport(file.records, labels, storage.load);
    const replacing = steps.filter((s) => s.action === "replace");
    const parts = [
      element("h3", null, t("What this file holds")),
      element(
        "p",
        null,
        t("The file was made {date}. Nothing is kept until you press “Import”.", { date: readableDate(file.exported) }),
      ),
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
        ` ${tn(
          "Replace my answers for the worksheet marked “Would replace”",
          "Replace my answers for the {count} worksheets marked “Would replace”",
          replacing.length,
        )}`,
      );
      parts.push(box);
    }
    const go = element("button", "md-button md-button--primary", t("Import"));
    go.type = "button";
    const cancel = element("button", "md-button", t("Cancel"));
    cancel.type = "button";
    cancel.addEventListener("click", () => {
      area.replaceChildren();
      status.textContent = t("Nothing was imported.");
    });
    go.addEventListener("click", () => {
      const { items, kept } = importItems(steps, replace.checked);
      for (const step of steps) {
        if (step.action === "replace" && !step.existing && replace.checked)
          storage.backupDamaged(step.record.worksheet, step.record.version, step.profile);
      }
      // One batch: every record or none, the index written once.
      const saved = items.length ? storage.saveMany(items) : { ok: true, count: 0, previous: [] };
      area.replaceChildren();
      if (!saved.ok) {
        alert.textContent =
          saved.reason === "full"
            ? t(
                "Nothing was imported: this browser's storage is too full for these answers. Your answers on this device are as they were. Save them to a file, clear some, and try again.",
              )
            : t(
                "Nothing was imported: this browser does not allow this site to keep anything. Your answers on this device are as they were.",
              );
        return;
      }
      const parts = [tn("Imported {count} worksheet record.", "Imported {count} worksheet records.", saved.count)];
      if (kept) parts.push(t("Kept your own answers for {count} (not replaced).", { count: formatNumber(kept) }));
      status.replaceChildren(parts.join(" "));
      if (saved.count) {
        status.append(
          " ",
          button(t("Undo this import"), () => {
            const undone = storage.restoreRaw(saved.previous);
            status.textContent = undone.ok
              ? t("The import was undone: your answers are as they were before it.")
              : t("The import could not be undone: this browser's storage is blocked.");
            document.dispatchEvent(new CustomEvent(ANSWERS_CHANGED));
          }),
        );
      }
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
          if (!opened.ok) return t("{reason} Nothing was changed.", { reason: opened.message });
          await preview(opened.file);
          return "";
        },
        () => {
          area.replaceChildren();
          status.textContent = t("Nothing was imported.");
        },
      ),
    );
  }

  input.addEventListener("change", onChoose);
  return () => input.removeEventListener("change", onChoose);
}
