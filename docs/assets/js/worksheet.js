// Mount one worksheet form: restore, autosave, start Python when near, evaluate on submit.
import { clearProblems, hasAnyAnswer, readAnswers, showProblems, writeAnswers } from "./form-data.js";
import { showMessage, showResult } from "./result-view.js";
import { evaluate, startPython, watchRuntime } from "./runtime.js";
import { mountPartner } from "./partner.js";
import * as storage from "./storage.js";

const SAVE_DELAY_MS = 400;
const NEAR_MARGIN = "400px 0px";

const NOT_SAVED = {
  full: "Your answers are not being saved: this browser's storage is full. Export or clear other saved answers, or keep this page open.",
  unavailable: "Your answers are not being saved on this device: this browser does not allow storage here. They stay on this page until you close it.",
};

function localDate() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function randomSeed() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The answers Python receives: the form's, plus what the page supplies (date, records, button). */
function answersToSend(form, submitter) {
  const answers = readAnswers(form);
  for (const input of form.querySelectorAll("input[data-fill]")) {
    if (input.dataset.fill === "today") answers[input.name] = localDate();
    else if (input.dataset.fill === "records") answers[input.name] = storage.listRecords();
  }
  if (submitter && submitter.name === "action") answers.action = submitter.value;
  return answers;
}

function when(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "earlier" : date.toLocaleString();
}

export function mountWorksheet(form) {
  const id = form.dataset.worksheet;
  const version = Number(form.dataset.version);
  const region = form.querySelector("[data-worksheet-result]");
  const status = form.querySelector("[data-worksheet-save]");
  const clearButton = form.querySelector('[data-action="clear"]');
  let saveTimer = null;
  let running = false;
  let profile = "self";

  function say(text, tone = "info") {
    status.textContent = text;
    status.dataset.tone = tone;
  }

  function saveNow() {
    clearTimeout(saveTimer);
    saveTimer = null;
    const answers = readAnswers(form);
    const saved = hasAnyAnswer(answers) ? storage.save(id, version, answers, profile) : storage.remove(id, version, profile);
    if (saved.ok) say(hasAnyAnswer(answers) ? "Saved on this device." : "");
    else say(NOT_SAVED[saved.reason], "warning");
  }

  const seeds = [...form.querySelectorAll('input[data-fill="seed"]')];
  function restore() {
    const restored = storage.load(id, version, profile);
    if (restored.status === "ok") {
      writeAnswers(form, restored.record.answers);
      say(`Your answers from ${when(restored.record.updated)} are restored.`);
    } else if (restored.status === "unavailable") {
      say(NOT_SAVED.unavailable, "warning");
    } else if (restored.status === "corrupt") {
      say("Your saved answers for this worksheet could not be read. You can fill it in again; other worksheets are not affected.", "warning");
    } else {
      say("");
    }
  }
  restore();
  for (const input of seeds) if (!input.value) input.value = JSON.stringify(randomSeed());

  let wantsResult = false;
  const stopWatching = watchRuntime((stage) => {
    if (stage.key === "failed") {
      const retry = document.createElement("button");
      retry.type = "button";
      retry.className = "md-button";
      retry.textContent = "Try again";
      retry.addEventListener("click", () => (wantsResult ? form.requestSubmit() : wake()));
      showMessage(region, "error", `${stage.text} Your answers are kept.`, retry);
    } else if (region.dataset.state === "ready" && !running) {
      // A result on show stays; progress only replaces messages.
    } else if (stage.key === "ready") {
      if (running) showMessage(region, "loading", "Working…");
      else showMessage(region, "idle", "Python is ready. Fill in the worksheet, then press the button below it.");
    } else {
      showMessage(region, "loading", stage.text);
    }
  });

  const wake = () => startPython().catch(() => {});
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      wake();
    }
  }, { rootMargin: NEAR_MARGIN });
  observer.observe(form);

  async function onSubmit(event) {
    event.preventDefault();
    if (running) return;
    running = true;
    wantsResult = true;
    saveNow();
    clearProblems(form);
    showMessage(region, "loading", "Working…");
    try {
      const reply = await evaluate(id, answersToSend(form, event.submitter));
      wantsResult = false;
      if (reply.ok) {
        if (reply.result.state && Object.keys(reply.result.state).length) {
          writeAnswers(form, reply.result.state);
          saveNow();
        }
        showResult(region, reply.result);
        region.dataset.state = "ready";
      } else if (reply.problems) {
        showMessage(region, "error", "Some answers need a look before the reflection can be shown.");
        showProblems(form, reply.problems);
      } else {
        showMessage(region, "error", reply.error);
      }
    } catch (error) {
      if (region.dataset.state !== "error") showMessage(region, "error", `${error.message} Your answers are kept.`);
    } finally {
      running = false;
    }
  }

  function onClear() {
    const previous = readAnswers(form);
    form.reset();
    // Hidden state keeps its value through reset(); clear it too, except the deck's seed.
    for (const input of form.querySelectorAll('input[type="hidden"]:not([data-fill="seed"])')) input.value = "";
    clearProblems(form);
    region.replaceChildren();
    delete region.dataset.state;
    saveNow();
    const undo = document.createElement("button");
    undo.type = "button";
    undo.className = "md-button";
    undo.textContent = "Undo";
    undo.addEventListener("click", () => {
      writeAnswers(form, previous);
      saveNow();
    }, { once: true });
    status.replaceChildren("Answers cleared. ", undo);
  }

  /** Partner mode: save this person's answers, then show only the other person's. */
  function switchProfile(next) {
    if (next === profile) return;
    saveNow();
    profile = next;
    form.reset();
    for (const input of form.querySelectorAll('input[type="hidden"]:not([data-fill="seed"])')) input.value = "";
    clearProblems(form);
    region.replaceChildren();
    delete region.dataset.state;
    restore();
  }

  async function compareProfiles() {
    saveNow();
    const mine = storage.load(id, version, "self");
    const theirs = storage.load(id, version, "partner");
    const missing = [mine.status === "ok" ? null : "you", theirs.status === "ok" ? null : "your partner"].filter(Boolean);
    if (missing.length) {
      showMessage(region, "error", `Both of you need to answer first. Still to answer: ${missing.join(" and ")}.`);
      return;
    }
    showMessage(region, "loading", "Comparing…");
    try {
      const reply = await evaluate(id, mine.record.answers, theirs.record.answers);
      if (reply.ok) {
        showResult(region, reply.result);
        region.dataset.state = "ready";
      } else if (reply.problems) {
        showMessage(region, "error", "Some answers are still missing. Each of you can switch to your own answers and finish them, then compare again.");
      } else {
        showMessage(region, "error", reply.error);
      }
    } catch (error) {
      showMessage(region, "error", `${error.message} Your answers are kept.`);
    }
  }

  const unmountPartner = form.dataset.comparable
    ? mountPartner(form, { switchProfile, compareProfiles, say, version: () => version })
    : () => {};

  const onInput = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
  };
  const onFirstUse = () => wake();
  const flush = () => saveTimer && saveNow();

  form.addEventListener("input", onInput);
  form.addEventListener("change", onInput);
  form.addEventListener("focusin", onFirstUse, { once: true });
  form.addEventListener("submit", onSubmit);
  clearButton.addEventListener("click", onClear);
  window.addEventListener("pagehide", flush);

  return function unmount() {
    flush();
    unmountPartner();
    observer.disconnect();
    stopWatching();
    form.removeEventListener("input", onInput);
    form.removeEventListener("change", onInput);
    form.removeEventListener("focusin", onFirstUse);
    form.removeEventListener("submit", onSubmit);
    clearButton.removeEventListener("click", onClear);
    window.removeEventListener("pagehide", flush);
  };
}
