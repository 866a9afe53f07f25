// "Clear answers": ask first, keep what the worksheet keeps between uses (the check-in's past
// check-ins, the deck's cards) unless the person ticks that away too, and keep a copy of what
// was cleared on this device, so "Undo" brings it back, even after a reload, until the next clear.

import { readableDate } from "../shared/dates.js";
import { button, element } from "../shared/dom.js";
import { t, tn } from "../shared/i18n.js";
import { ANSWERS_WRITTEN } from "../shared/names.js";
import * as storage from "../storage/storage.js";
import { clearProblems, readAnswers, writeAnswers } from "./form-data.js";

/** The offer to erase one kind of state a worksheet keeps between uses (by field name), as a whole sentence. */
function eraseOffer(name, count) {
  if (name === "history")
    return tn("Also erase my {count} past check-in", "Also erase my {count} past check-ins", count);
  if (name === "drawn") return tn("Also erase my {count} card drawn", "Also erase my {count} cards drawn", count);
  if (name === "favourites")
    return tn("Also erase my {count} favourite card", "Also erase my {count} favourite cards", count);
  return tn("Also erase my {count} saved item", "Also erase my {count} saved items", count);
}

const isBlank = (v) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

/** Hidden state kept between uses, with how many items each holds (fields the page fills excluded). */
function keptState(form) {
  const inputs = [...form.querySelectorAll('input[type="hidden"][data-hidden="list"]:not([data-fill])')];
  return inputs
    .map((input) => {
      let items = [];
      try {
        items = JSON.parse(input.value || "[]");
      } catch {
        /* unreadable state counts as empty */
      }
      return { input, count: Array.isArray(items) ? items.length : 0 };
    })
    .filter((state) => state.count > 0);
}

/** Empty the form; hidden state in `keep` (and the deck's seed) is left as it is. */
export function clearForm(form, keep = new Set()) {
  const keptValues = [...keep].map((input) => [input, input.value]);
  form.reset();
  for (const input of form.querySelectorAll('input[type="hidden"]:not([data-fill="seed"])')) input.value = "";
  for (const [input, value] of keptValues) input.value = value;
  clearProblems(form);
  form.dispatchEvent(new Event(ANSWERS_WRITTEN));
}

export function mountClear(form, saved, onCleared) {
  const id = form.dataset.worksheet;
  const version = Number(form.dataset.version);
  const clearButton = form.querySelector('[data-action="clear"]');
  const ask = element("div", "worksheet__confirm");
  ask.setAttribute("role", "group");
  ask.hidden = true;
  const undo = element("p", "worksheet__undo");
  undo.setAttribute("role", "status");
  form.querySelector(".worksheet__actions").after(ask, undo);

  function close() {
    ask.hidden = true;
    ask.replaceChildren();
  }

  function showUndo(copy) {
    undo.replaceChildren(
      `${t("Your answers were cleared ({date}). A copy is kept on this device until you clear again.", { date: readableDate(copy.cleared) })} `,
      button(t("Undo: bring them back"), () => bringBack(copy)),
    );
  }

  function bringBack(copy) {
    // Anything typed since the clear stays: only empty fields get the cleared answers back.
    const now = readAnswers(form);
    const back = {};
    for (const [name, value] of Object.entries(copy.answers)) if (isBlank(now[name])) back[name] = value;
    writeAnswers(form, back);
    saved.saveNow();
    undo.replaceChildren(t("Your cleared answers are back."));
  }

  function clear(keepState) {
    const profile = saved.profile;
    const copy = { cleared: new Date().toISOString(), answers: readAnswers(form) };
    if (!storage.keepCopy(id, version, profile, "cleared", copy)) {
      undo.replaceChildren(
        t(
          "Nothing was cleared: this browser's storage is full or blocked, so no copy could be kept to undo it. Save your answers to a file first (on the Your answers page).",
        ),
      );
      return;
    }
    clearForm(form, new Set(keepState.map((state) => state.input)));
    onCleared();
    saved.saveNow();
    showUndo(copy);
  }

  function onClear() {
    const answers = readAnswers(form);
    if (!Object.values(answers).some((v) => !isBlank(v))) return;
    const state = keptState(form);
    const boxes = state.map((s) => {
      const box = element("input");
      box.type = "checkbox";
      box.id = `${form.id}-erase-${s.input.name}`;
      const label = element("label", "worksheet__confirm-option");
      label.htmlFor = box.id;
      label.append(box, ` ${eraseOffer(s.input.name, s.count)}`);
      return { box, label, state: s };
    });
    const question = element("p", "worksheet__confirm-title", t("Clear your answers to this worksheet?"));
    question.id = `${form.id}-clear-question`;
    ask.setAttribute("aria-labelledby", question.id);
    const note = state.length
      ? element(
          "p",
          null,
          t(
            "What this worksheet keeps between uses stays unless you tick it below. A copy of what you clear is kept, so you can undo it.",
          ),
        )
      : element("p", null, t("A copy of what you clear is kept on this device, so you can undo it."));
    const yes = button(
      t("Clear answers"),
      () => {
        close();
        clear(boxes.filter((b) => !b.box.checked).map((b) => b.state));
        clearButton.focus();
      },
      true,
    );
    const no = button(t("Keep them"), () => {
      close();
      clearButton.focus();
    });
    ask.replaceChildren(question, note, ...boxes.map((b) => b.label), yes, no);
    ask.hidden = false;
    no.focus();
  }

  const onKey = (event) => {
    if (event.key === "Escape" && !ask.hidden) {
      close();
      clearButton.focus();
    }
  };

  /** After a profile switch or a reload: offer a copy cleared earlier, if the form is empty now. */
  function offerKept() {
    const copy = storage.readCopy(id, version, saved.profile, "cleared");
    const empty = !Object.values(readAnswers(form)).some((v) => !isBlank(v));
    if (copy?.answers && typeof copy.answers === "object" && empty) showUndo(copy);
    else undo.replaceChildren();
  }

  clearButton.addEventListener("click", onClear);
  ask.addEventListener("keydown", onKey);
  return {
    offerKept,
    destroy() {
      clearButton.removeEventListener("click", onClear);
      ask.removeEventListener("keydown", onKey);
      ask.remove();
      undo.remove();
    },
  };
}
