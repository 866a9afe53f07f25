// Mount one worksheet form: saved answers (persistence.js), Python started when the form comes
// near, progress shown in the result region, answers evaluated on submit.

import { keepReadingOrder } from "../pages/next-chapter.js";
import { evaluate, startPython, watchRuntime } from "../runtime/runtime.js";
import { element, getElement } from "../shared/dom.js";
import { t, tn } from "../shared/i18n.js";
import { reasonSentence } from "../shared/reasons.js";
import { isDatedList, mergeAnswers, newestFor } from "../storage/history.js";
import * as storage from "../storage/storage.js";
import { watchChoiceLimits } from "./choice-limits.js";
import { clearForm, mountClear } from "./clear.js";
import { watchDateWords } from "./date-words.js";
import { clearProblems, hasAnyAnswer, readAnswers, showProblems, writeAnswers } from "./form-data.js";
import { forgetResult, keepResult, keptResult } from "./last-result.js";
import { watchLimits } from "./limits.js";
import { actionButton } from "./notices.js";
import { mountPartner } from "./partner.js";
import { createPersistence } from "./persistence.js";
import { clearVisible, freshMessage, isRepeatable, localDay, startFreshIfDue } from "./repeat.js";
import { revealResult, showMessage, showResult } from "./result-view.js";

const NEAR_MARGIN = "400px 0px";

function randomSeed() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The answers Python receives: the form's, plus what the page supplies (date, records, button). */
function answersToSend(form, submitter) {
  const answers = readAnswers(form);
  for (const input of form.querySelectorAll("input[data-fill]")) {
    if (input.dataset.fill === "today") answers[input.name] = localDay();
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
        tn(
          "You have {count} check-in saved on this device. The reflection and the chart use the latest {max}; all {count} are kept here and go into your answers file when you save one.",
          "You have {count} check-ins saved on this device. The reflection and the chart use the latest {max}; all {count} are kept here and go into your answers file when you save one.",
          kept.length,
          { max },
        ),
      );
  }
  return null;
}

/** The idle line, under the form's buttons: it names the button and says it is above. */
function readyMessage(form) {
  const button = form.querySelector('button[type="submit"]');
  const name = button?.textContent?.trim();
  return name
    ? t("Python is ready. Fill in the worksheet, then press “{button}” above.", { button: name })
    : t("Python is ready. Fill in the worksheet, then press its button above.");
}

/** Who still has to answer before a comparison, as one sentence (null: both have). */
function missingMessage(mineDone, theirsDone) {
  if (!mineDone && !theirsDone) return t("Both of you need to answer first. Still to answer: you and your partner.");
  if (!mineDone) return t("Both of you need to answer first. Still to answer: you.");
  if (!theirsDone) return t("Both of you need to answer first. Still to answer: your partner.");
  return null;
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
  const putAside = startFreshIfDue(form, Number(form.dataset.version));
  if (putAside) {
    saved.saveNow();
    say(freshMessage(putAside));
  }
  const repeatable = isRepeatable(form);
  const newButton = repeatable ? actionButton(t("Start a new check-in"), startNew) : null;
  if (newButton) {
    newButton.dataset.action = "new";
    form.querySelector(".worksheet__actions")?.append(newButton);
  }
  // A finished worksheet shows its last reflection on return: evaluated again, quietly, once
  // Python is up (nothing is shown if the saved answers are not complete).
  const isDeck = Boolean(form.querySelector('input[data-fill="seed"]'));
  const kept = putAside ? null : keptResult(id, "self", readAnswers(form));
  if (kept) {
    showResult(region, kept, t("Your last reflection, from your saved answers."));
    region.dataset.state = "ready";
  }
  let quietPending = !kept && !putAside && !isDeck && hasAnyAnswer(readAnswers(form));
  syncActions();
  const clearing = mountClear(form, saved, () => {
    forgetResult(id, saved.profile);
    region.replaceChildren();
    delete region.dataset.state;
  });
  clearing.offerKept();
  const stopLimits = watchLimits(form);
  const stopChoices = watchChoiceLimits(form);
  const stopDateWords = watchDateWords(form);
  for (const input of form.querySelectorAll('input[data-fill="seed"]')) {
    if (!input.value) input.value = JSON.stringify(randomSeed());
  }

  const wake = () => startPython().catch(() => {});
  const stopWatching = watchRuntime((stage) => {
    if (stage.key === "failed") {
      const retry = actionButton(t("Try again"), () => (wantsResult ? form.requestSubmit() : wake()));
      showMessage(region, "error", t("{reason} Your answers are kept.", { reason: stage.text }), retry);
    } else if (region.dataset.state === "ready" && !running) {
      // A result on show stays; progress only replaces messages.
    } else if (stage.key === "ready" && quietPending && !running) {
      quietPending = false;
      showLast();
    } else if (stage.key === "ready") {
      if (running) showMessage(region, "loading", t("Working…"));
      else showMessage(region, "idle", readyMessage(form));
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

  /** The deck: no "keep as a favourite" before a card is on the table, and no "Clear answers"
      (its own "Shuffle the deck again" starts over without losing the favourites). */
  function syncActions() {
    if (!isDeck) return;
    clearButton.hidden = true;
    const keep = form.querySelector('button[name="action"][value="keep"]');
    const current = form.querySelector('input[name="current"]');
    if (keep && current) keep.hidden = !current.value || current.value === '""';
  }

  async function showLast() {
    showMessage(region, "loading", t("Showing your last reflection…"));
    try {
      const reply = await evaluate(id, answersToSend(form, null));
      if (running || region.dataset.state !== "loading") return; // the person acted meanwhile
      if (reply.ok) {
        showResult(region, reply.result, t("Your last reflection, from your saved answers."));
        region.dataset.state = "ready";
      } else {
        showMessage(region, "idle", readyMessage(form));
      }
    } catch {
      showMessage(region, "idle", readyMessage(form));
    }
  }

  function startNew() {
    clearVisible(form);
    clearProblems(form);
    region.replaceChildren();
    delete region.dataset.state;
    saved.saveNow();
    say(t("A new check-in: your earlier ones are kept in your history."));
    newButton?.addEventListener("click", startNew, { once: true });
    form.querySelector("input:not([type=hidden])")?.focus();
  }

  function show(reply) {
    if (reply.ok) {
      showResult(region, reply.result);
      const note = historyNote(form);
      if (note) region.append(note);
      region.dataset.state = "ready";
      revealResult(region);
    } else if (reply.problems) {
      showMessage(region, "error", t("Some answers need a look before the reflection can be shown."));
      showProblems(form, reply.problems);
    } else {
      showMessage(region, "error", reply.error);
      revealResult(region);
    }
  }

  async function onSubmit(event) {
    event.preventDefault();
    if (running) return;
    running = true;
    quietPending = false;
    wantsResult = true;
    saved.saveNow();
    clearProblems(form);
    showMessage(region, "loading", t("Working…"));
    try {
      const reply = await evaluate(id, answersToSend(form, event.submitter));
      wantsResult = false;
      if (reply.ok && reply.result.state && Object.keys(reply.result.state).length) {
        // Python's state replaces the page's, except that no dated entry it left out is dropped.
        writeAnswers(form, mergeAnswers(readAnswers(form), reply.result.state));
        saved.saveNow();
      }
      if (reply.ok) keepResult(id, saved.profile, readAnswers(form), reply.result);
      // The repeated check-in is the worksheet that suggests a reading order.
      if (reply.ok && saved.profile === "self" && repeatable) keepReadingOrder(reply.result);
      show(reply);
      syncActions();
    } catch (error) {
      if (region.dataset.state !== "error") {
        showMessage(
          region,
          "error",
          t("{reason} Your answers are kept.", { reason: reasonSentence(error) }),
          actionButton(t("Try again"), () => form.requestSubmit()),
        );
      }
    } finally {
      running = false;
    }
  }

  /** Partner mode: save this person's answers, then show only the other person's. */
  function switchProfile(next) {
    if (next === saved.profile) return;
    quietPending = false;
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
    const missing = missingMessage(mine.status === "ok", theirs.status === "ok");
    if (missing) {
      showMessage(region, "error", missing);
      revealResult(region);
      return;
    }
    quietPending = false;
    showMessage(region, "loading", t("Comparing…"));
    revealResult(region);
    try {
      const reply = await evaluate(id, mine.record.answers, theirs.record.answers);
      if (reply.problems) {
        showMessage(
          region,
          "error",
          t(
            "Some answers are still missing. Each of you can switch to your own answers and finish them, then compare again.",
          ),
        );
        revealResult(region);
      } else show(reply);
    } catch (error) {
      showMessage(region, "error", t("{reason} Your answers are kept.", { reason: reasonSentence(error) }));
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
    stopDateWords();
    observer.disconnect();
    stopWatching();
    form.removeEventListener("input", onInput);
    form.removeEventListener("change", onInput);
    form.removeEventListener("focusin", wake);
    form.removeEventListener("submit", onSubmit);
    clearing.destroy();
    window.removeEventListener("pagehide", flush);
    newButton?.remove();
  };
}
