// Mount one worksheet form: saved answers (persistence.js), Python started when the form comes
// near, progress shown in the result region, answers evaluated on submit.

import { evaluate, startPython, watchRuntime } from "../runtime/runtime.js";
import { element, getElement } from "../shared/dom.js";
import { isDatedList, mergeAnswers, newestFor } from "../storage/history.js";
import * as storage from "../storage/storage.js";
import { watchChoiceLimits } from "./choice-limits.js";
import { clearForm, mountClear } from "./clear.js";
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
  // The page keeps the whole history; Python is given the newest entries its field allows.
  for (const input of form.querySelectorAll("input[data-max-items]")) {
    answers[input.name] = newestFor(answers[input.name], Number(input.dataset.maxItems));
  }
  return answers;
}

/** A history longer than Python's window is kept whole: say so under the result. */
function historyNote(form) {
  for (const input of form.querySelectorAll("input[data-max-items]")) {
    const kept = readAnswers(form)[input.name];
    const max = Number(input.dataset.maxItems);
    if (isDatedList(kept) && kept.length > max)
      return element(
        "p",
        "result__note",
        `You have ${kept.length} check-ins saved on this device. The reflection and the chart use the latest ${max}; all ${kept.length} are kept here and go into your answers file when you save one.`,
      );
  }
  return null;
}

export function mountWorksheet(form) {
  const id = form.dataset.worksheet;
  const region = getElement("[data-worksheet-result]", form);
  const status = getElement("[data-worksheet-save]", form);
  let running = false;
  let wantsResult = false;

  function say(text, tone = "info") {
    status.textContent = text;
    status.dataset.tone = tone;
  }

  const saved = createPersistence(form, say);
  saved.restore();
  const clearing = mountClear(form, saved, () => {
    region.replaceChildren();
    delete region.dataset.state;
  });
  clearing.offerKept();
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
      const note = historyNote(form);
      if (note) region.append(note);
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
        // Python's state replaces the page's, except that no dated entry it left out is dropped.
        writeAnswers(form, mergeAnswers(readAnswers(form), reply.result.state));
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

  /** Partner mode: save this person's answers, then show only the other person's. */
  function switchProfile(next) {
    if (next === saved.profile) return;
    saved.saveNow();
    saved.setProfile(next);
    clearForm(form);
    region.replaceChildren();
    delete region.dataset.state;
    saved.restore();
    clearing.offerKept();
  }

  /** Answers of `changed` were replaced from outside the form: show them if they are on screen. */
  function reloadProfile(changed) {
    if (changed !== saved.profile) return;
    clearForm(form);
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
    ? mountPartner(form, {
        switchProfile,
        compareProfiles,
        version: () => Number(form.dataset.version),
        reloadProfile,
      })
    : () => {};

  const onInput = () => saved.schedule();
  const flush = () => saved.flush();
  form.addEventListener("input", onInput);
  form.addEventListener("change", onInput);
  form.addEventListener("focusin", wake, { once: true });
  form.addEventListener("submit", onSubmit);
  window.addEventListener("pagehide", flush);
  // Mounted: the form may submit now (to this script only; render.py starts its buttons disabled).
  for (const submit of form.querySelectorAll('button[type="submit"]')) submit.disabled = false;
  delete form.dataset.unmounted;

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
    clearing.destroy();
    window.removeEventListener("pagehide", flush);
  };
}
