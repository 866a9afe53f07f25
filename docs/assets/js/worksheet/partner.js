// Partner mode for comparable worksheets: two people answer privately on one device (or one
// loads the other's exported answers), then Python compares. Switching hides the other's answers.

import { migrate } from "../runtime/runtime.js";
import { readableDate } from "../shared/dates.js";
import { element, getElement, button as plainButton } from "../shared/dom.js";
import { showChosenFile, styleFilePicker } from "../shared/file-picker.js";
import { t } from "../shared/i18n.js";
import { PARTNER_ARRIVED } from "../shared/names.js";
import { reasonSentence } from "../shared/reasons.js";
import { mountPartnerLink } from "../sharing/partner-link.js";
import { passphrasePrompt } from "../sharing/passphrase.js";
import { readChosenFile, unlockFile } from "../storage/answers-io.js";
import * as storage from "../storage/storage.js";

function button(text, attrs = {}) {
  const node = document.createElement("button");
  node.type = "button";
  node.className = "md-button";
  node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

export function mountPartner(form, controls) {
  const id = form.dataset.worksheet;
  const panel = document.createElement("section");
  panel.className = "worksheet__partner";
  const headingId = `${form.id}-partner`;
  panel.setAttribute("aria-labelledby", headingId);
  const heading = document.createElement("h4");
  heading.id = headingId;
  heading.textContent = t("Answer as a couple (optional)");
  const intro = document.createElement("p");
  intro.textContent = t(
    "Each of you answers privately on this device. Switching hides the other person's answers. When you have both answered, compare them. Only do this if you both feel safe doing it.",
  );
  const group = document.createElement("div");
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", t("Who is answering?"));
  const me = button(t("I am answering"), { "aria-pressed": "true", "data-profile": "self" });
  const partner = button(t("My partner is answering"), { "aria-pressed": "false", "data-profile": "partner" });
  group.append(me, partner);
  const compare = button(t("Compare our answers"), { "data-partner-compare": "" });
  const fileLabel = document.createElement("label");
  fileLabel.className = "worksheet__partner-file";
  fileLabel.textContent = `${t("Or load your partner's exported answers file:")} `;
  const file = document.createElement("input");
  file.type = "file";
  styleFilePicker(file);
  file.accept = ".json,application/json";
  fileLabel.append(file);
  // The file picker, its passphrase prompt and its question are not answers: their events must
  // not reach the form (its autosave would write the on-screen answers over the loaded ones).
  const fileArea = element("div", "worksheet__partner-load");
  const ask = element("div", "worksheet__confirm");
  ask.setAttribute("role", "group");
  ask.hidden = true;
  fileArea.append(fileLabel, ask);
  for (const type of ["input", "change", "submit"]) fileArea.addEventListener(type, (e) => e.stopPropagation());
  // Switching shows the other person's answers: it takes a second, deliberate press.
  const confirm = document.createElement("div");
  confirm.className = "worksheet__partner-confirm";
  confirm.hidden = true;
  const confirmText = document.createElement("p");
  const confirmYes = button(t("Yes, switch now"), { "data-partner-confirm": "" });
  const confirmNo = button(t("Not yet"), { "data-partner-cancel": "" });
  confirm.append(confirmText, confirmYes, confirmNo);
  let pending = null;
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  status.dataset.partnerStatus = "";
  status.textContent = t("Answering as: you.");
  panel.append(heading, intro, group, confirm, compare, fileArea, status);
  getElement(".worksheet__privacy", form).after(panel);

  function askSwitch(profile) {
    if (me.getAttribute("aria-pressed") === String(profile === "self")) return;
    pending = profile;
    confirmText.textContent =
      profile === "self"
        ? t(
            "Switch back to your own answers? Your partner's answers will be hidden and yours shown: only do this when the device is back with you.",
          )
        : t("Hand the device to your partner now? Your answers will be hidden and theirs shown.");
    confirm.hidden = false;
    confirmYes.focus();
  }

  function settle(yes) {
    confirm.hidden = true;
    if (yes && pending) choose(pending);
    (pending === "self" ? me : partner).focus();
    pending = null;
  }

  function choose(profile) {
    controls.switchProfile(profile);
    me.setAttribute("aria-pressed", String(profile === "self"));
    partner.setAttribute("aria-pressed", String(profile === "partner"));
    status.textContent =
      profile === "self" ? t("Answering as: you.") : t("Answering as: your partner. Your own answers are hidden.");
  }

  function closeAsk() {
    ask.hidden = true;
    ask.replaceChildren();
  }

  /** Keep the partner's answers; the ones they replace stay as a copy that "Undo" brings back. */
  function keep(answers, replacing, loaded = "") {
    const current = controls.version();
    if (replacing) storage.keepCopy(id, current, "partner", "replaced", replacing);
    const saved = storage.save(id, current, answers, "partner");
    if (!saved.ok) {
      status.textContent = t(
        "Your partner's answers could not be stored on this device (storage is full or blocked). Nothing was changed.",
      );
      return;
    }
    controls.reloadProfile("partner");
    status.textContent = replacing
      ? `${t("Your partner's answers from the file replace the ones kept before (hidden).")} `
      : loaded ||
        t('Your partner\'s answers are loaded (hidden). Press "Compare our answers" when you have answered too.');
    if (replacing)
      status.append(
        plainButton(t("Undo: keep the earlier ones"), () => {
          storage.save(id, current, replacing.answers, "partner", { updated: replacing.updated });
          controls.reloadProfile("partner");
          status.textContent = t("Your partner's earlier answers are back.");
        }),
      );
  }

  // Each choice of file is one read; only the latest may write the status or the saved answers.
  // A person who picks an older file (carried over by Python, which may still be starting) and
  // then, at once, the right one must end with the right one, and never see a stale message.
  let reads = 0;

  async function useFile(parsed, stale = () => false, loaded = "") {
    const current = controls.version();
    const record = parsed.records
      .filter(
        (r) =>
          r.worksheet === id && Number.isInteger(r.version) && r.version <= current && (r.profile || "self") === "self",
      )
      .sort((a, b) => b.version - a.version)[0];
    if (!record) {
      status.textContent = t("That file has no answers for this worksheet. Nothing was changed.");
      return;
    }
    let answers = record.answers;
    if (record.version < current) {
      // Saved under an earlier version of this worksheet: carry it over as the reader's own would be.
      status.textContent = t(
        "Your partner's answers are from an earlier version of this worksheet. Carrying them over…",
      );
      const reply = await migrate(id, record.version, record.answers).catch((error) => ({
        ok: false,
        error: reasonSentence(error),
      }));
      if (stale()) return;
      if (!reply.ok) {
        status.textContent = t(
          "Your partner's answers are from an earlier version and could not be carried over. {reason} Nothing was changed.",
          { reason: reply.error },
        );
        return;
      }
      answers = reply.answers;
    }
    const existing = storage.load(id, current, "partner");
    if (existing.status !== "ok") return keep(answers, null, loaded);
    if (JSON.stringify(existing.record.answers) === JSON.stringify(answers)) {
      status.textContent = t("These are the same answers as your partner's kept here. Nothing was changed.");
      return;
    }
    // Partner answers are already kept here: ask before replacing them.
    status.textContent = t("Your partner's answers in this file differ from the ones kept here: choose below.");
    const question = element(
      "p",
      "worksheet__confirm-title",
      t("Replace your partner's answers kept here (saved {date}) with the ones in the file?", {
        date: readableDate(existing.record.updated),
      }),
    );
    question.id = `${form.id}-partner-replace`;
    ask.setAttribute("aria-labelledby", question.id);
    const no = plainButton(t("Keep the ones here"), () => {
      closeAsk();
      status.textContent = t("Your partner's answers kept here were not changed.");
    });
    ask.replaceChildren(
      question,
      plainButton(
        t("Replace them"),
        () => {
          closeAsk();
          keep(answers, existing.record);
        },
        true,
      ),
      no,
    );
    ask.hidden = false;
    no.focus();
  }

  async function loadFile() {
    const chosen = file.files?.[0];
    file.value = "";
    closeAsk();
    if (!chosen) return;
    const mine = ++reads;
    const stale = () => mine !== reads;
    status.textContent = t("Reading your partner's file…");
    const read = await readChosenFile(chosen);
    if (stale()) return;
    showChosenFile(file, chosen.name);
    if (!read.ok) {
      status.textContent = t("{reason} Nothing was changed.", { reason: read.message });
      return;
    }
    if (!read.locked) return useFile(read.file, stale);
    ask.hidden = false;
    ask.replaceChildren(
      passphrasePrompt(
        async (passphrase) => {
          const opened = await unlockFile(read.envelope, passphrase);
          if (!opened.ok) return t("{reason} Nothing was changed.", { reason: opened.message });
          closeAsk();
          await useFile(opened.file);
          return "";
        },
        () => {
          closeAsk();
          status.textContent = t("Nothing was loaded.");
        },
      ),
    );
  }

  // A partner's answers from a link (sharing/partner-link.js) go the same way as a file's.
  const onArrived = (event) => useFile(event.detail.file, () => false, event.detail.loaded);
  form.addEventListener(PARTNER_ARRIVED, onArrived);
  // After the status line, so that what a switch, a file or an arriving link did is read next to
  // the buttons and the arrival, not below the whole "send by link" part.
  const unmountLink = mountPartnerLink(form, status);
  const onMe = () => askSwitch("self");
  const onPartner = () => askSwitch("partner");
  const onYes = () => settle(true);
  const onNo = () => settle(false);
  confirmYes.addEventListener("click", onYes);
  confirmNo.addEventListener("click", onNo);
  const onCompare = () => controls.compareProfiles();
  me.addEventListener("click", onMe);
  partner.addEventListener("click", onPartner);
  compare.addEventListener("click", onCompare);
  file.addEventListener("change", loadFile);
  return () => {
    me.removeEventListener("click", onMe);
    partner.removeEventListener("click", onPartner);
    compare.removeEventListener("click", onCompare);
    file.removeEventListener("change", loadFile);
    confirmYes.removeEventListener("click", onYes);
    confirmNo.removeEventListener("click", onNo);
    form.removeEventListener(PARTNER_ARRIVED, onArrived);
    unmountLink();
    panel.remove();
  };
}
