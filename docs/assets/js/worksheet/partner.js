// Partner mode for comparable worksheets: two people answer privately on one device (or one
// loads the other's exported answers), then Python compares. Switching hides the other's answers.

import { migrate } from "../runtime/runtime.js";
import { getElement } from "../shared/dom.js";
import { parseAnswersFile } from "../storage/answers-file.js";
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
  heading.textContent = "Answer as a couple (optional)";
  const intro = document.createElement("p");
  intro.textContent =
    "Each of you answers privately on this device. Switching hides the other person's answers. When you have both answered, compare them. Only do this if you both feel safe doing it.";
  const group = document.createElement("div");
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", "Who is answering?");
  const me = button("I am answering", { "aria-pressed": "true", "data-profile": "self" });
  const partner = button("My partner is answering", { "aria-pressed": "false", "data-profile": "partner" });
  group.append(me, partner);
  const compare = button("Compare our answers", { "data-partner-compare": "" });
  const fileLabel = document.createElement("label");
  fileLabel.className = "worksheet__partner-file";
  fileLabel.textContent = "Or load your partner's exported answers file: ";
  const file = document.createElement("input");
  file.type = "file";
  file.accept = ".json,application/json";
  fileLabel.append(file);
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  status.dataset.partnerStatus = "";
  status.textContent = "Answering as: you.";
  panel.append(heading, intro, group, compare, fileLabel, status);
  getElement(".worksheet__privacy", form).after(panel);

  function choose(profile) {
    controls.switchProfile(profile);
    me.setAttribute("aria-pressed", String(profile === "self"));
    partner.setAttribute("aria-pressed", String(profile === "partner"));
    status.textContent =
      profile === "self" ? "Answering as: you." : "Answering as: your partner. Your own answers are hidden.";
  }

  // Each choice of file is one read; only the latest may write the status or the saved answers.
  // A person who picks an older file (carried over by Python, which may still be starting) and
  // then, at once, the right one must end with the right one, and never see a stale message.
  let reads = 0;

  async function loadFile() {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const read = ++reads;
    const stale = () => read !== reads;
    status.textContent = "Reading your partner's file…";
    const parsed = parseAnswersFile(await chosen.text());
    if (stale()) return;
    file.value = "";
    if (!parsed.ok) {
      status.textContent = `${parsed.message} Nothing was changed.`;
      return;
    }
    const current = controls.version();
    const record = parsed.file.records
      .filter((r) => r.worksheet === id && r.version <= current && (r.profile || "self") === "self")
      .sort((a, b) => b.version - a.version)[0];
    if (!record) {
      status.textContent = "That file has no answers for this worksheet. Nothing was changed.";
      return;
    }
    let answers = record.answers;
    if (record.version < current) {
      // Saved under an earlier version of this worksheet: carry it over as the reader's own would be.
      status.textContent = "Your partner's answers are from an earlier version of this worksheet. Carrying them over…";
      const reply = await migrate(id, record.version, record.answers).catch((error) => ({
        ok: false,
        error: error.message,
      }));
      if (stale()) return;
      if (!reply.ok) {
        status.textContent = `Your partner's answers are from an earlier version and could not be carried over. ${reply.error} Nothing was changed.`;
        return;
      }
      answers = reply.answers;
    }
    const saved = storage.save(id, current, answers, "partner");
    status.textContent = saved.ok
      ? 'Your partner\'s answers are loaded (hidden). Press "Compare our answers" when you have answered too.'
      : "Your partner's answers could not be stored on this device.";
  }

  const onMe = () => choose("self");
  const onPartner = () => choose("partner");
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
    panel.remove();
  };
}
