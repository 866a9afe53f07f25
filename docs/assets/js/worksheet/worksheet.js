// Mount one worksheet form: saved answers (persistence.js), Python started when the form comes
// near, progress shown in the result region, answers evaluated on submit.

import { evaluate, startPython, watchRuntime } from "../runtime/runtime.js";
import { getElement } from "../shared/dom.js";
import { ANSWERS_WRITTEN } from "../shared/names.js";
import * as storage from "../storage/storage.js";
import { watchChoiceLimits } from "./choice-limits.js";
import { clearProblems, readAnswers, showProblems, writeAnswers } from "./form-data.js";
import { watchLimits } from "./limits.js";
import { actionButton } from "./notices.js";
import { mountPartner } from "./partner.js";
import { createPersistence } from "./persistence.js";
import { showMessage, showResult } from "./result-view.js";

const NEAR_MARGIN = "400px 0px";

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

function clearForm(form) {
  form.reset();
  // Hidden state keeps its value through reset(); clear it too, except the deck's seed.
  for (const input of form.querySelectorAll('input[type="hidden"]:not([data-fill="seed"])')) input.value = "";
  clearProblems(form);
  form.dispatchEvent(new Event(ANSWERS_WRITTEN));
}

export function mountWorksheet(form) {
  const id = form.dataset.worksheet;
  const region = getElement("[data-worksheet-result]", form);
  const status = getElement("[data-worksheet-save]", form);
  const clearButton = form.querySelector('[data-action="clear"]');
  let running = false;
  let wantsResult = false;

  function say(text, tone = "info") {
    status.textContent = text;
    status.dataset.tone = tone;
  }

  const saved = createPersistence(form, say);
  saved.restore();
  const stopLimits = watchLimits(form);
  const stopChoices = watchChoiceLimits(form);
  for (const input of form.querySelectorAll('input[data-fill="seed"]')) {
    if (!input.value) input.value = JSON.stringify(randomSeed());
  }

  const wake = () => startPython().catch(() => {});
  const stopWatching = watchRuntime((stage) => {
    if (stage.key === "failed") {
      const retry = actionButton("Try again", () => (wantsResult ? form.requestSubmit() : wake()));
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

  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        wake();
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  observer.observe(form);

  function show(reply) {
    if (reply.ok) {
      showResult(region, reply.result);
      region.dataset.state = "ready";
    } else if (reply.problems) {
      showMessage(region, "error", "Some answers need a look before the reflection can be shown.");
      showProblems(form, reply.problems);
    } else {
      showMessage(region, "error", reply.error);
    }
  }

  async function onSubmit(event) {
    event.preventDefault();
    if (running) return;
    running = true;
    wantsResult = true;
    saved.saveNow();
    clearProblems(form);
    showMessage(region, "loading", "Working…");
    try {
      const reply = await evaluate(id, answersToSend(form, event.submitter));
      wantsResult = false;
      if (reply.ok && reply.result.state && Object.keys(reply.result.state).length) {
        writeAnswers(form, reply.result.state);
        saved.saveNow();
      }
      show(reply);
    } catch (error) {
      if (region.dataset.state !== "error") {
        showMessage(
          region,
          "error",
          `${error.message} Your answers are kept.`,
          actionButton("Try again", () => form.requestSubmit()),
        );
      }
    } finally {
      running = false;
    }
  }

  function onClear() {
    const previous = readAnswers(form);
    clearForm(form);
    region.replaceChildren();
    delete region.dataset.state;
    saved.saveNow();
    const undo = actionButton("Undo", () => {
      writeAnswers(form, previous);
      saved.saveNow();
    });
    status.replaceChildren("Answers cleared. ", undo);
  }

  /** Partner mode: save this person's answers, then show only the other person's. */
  function switchProfile(next) {
    if (next === saved.profile) return;
    saved.saveNow();
    saved.setProfile(next);
    clearForm(form);
    region.replaceChildren();
    delete region.dataset.state;
    saved.restore();
  }

  async function compareProfiles() {
    saved.saveNow();
    const version = Number(form.dataset.version);
    const mine = storage.load(id, version, "self");
    const theirs = storage.load(id, version, "partner");
    const missing = [mine.status === "ok" ? null : "you", theirs.status === "ok" ? null : "your partner"].filter(
      Boolean,
    );
    if (missing.length) {
      showMessage(region, "error", `Both of you need to answer first. Still to answer: ${missing.join(" and ")}.`);
      return;
    }
    showMessage(region, "loading", "Comparing…");
    try {
      const reply = await evaluate(id, mine.record.answers, theirs.record.answers);
      if (reply.problems) {
        showMessage(
          region,
          "error",
          "Some answers are still missing. Each of you can switch to your own answers and finish them, then compare again.",
        );
      } else show(reply);
    } catch (error) {
      showMessage(region, "error", `${error.message} Your answers are kept.`);
    }
  }

  const unmountPartner = form.dataset.comparable
    ? mountPartner(form, { switchProfile, compareProfiles, version: () => Number(form.dataset.version) })
    : () => {};

  const onInput = () => saved.schedule();
  const flush = () => saved.flush();
  form.addEventListener("input", onInput);
  form.addEventListener("change", onInput);
  form.addEventListener("focusin", wake, { once: true });
  form.addEventListener("submit", onSubmit);
  clearButton.addEventListener("click", onClear);
  window.addEventListener("pagehide", flush);

  return function unmount() {
    saved.flush();
    saved.destroy();
    unmountPartner();
    stopLimits();
    stopChoices();
    observer.disconnect();
    stopWatching();
    form.removeEventListener("input", onInput);
    form.removeEventListener("change", onInput);
    form.removeEventListener("focusin", wake);
    form.removeEventListener("submit", onSubmit);
    clearButton.removeEventListener("click", onClear);
    window.removeEventListener("pagehide", flush);
  };
}
