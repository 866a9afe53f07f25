// The safety check before the hard exercises. The build renders the check next to each
// worksheet that declares one (docs/data/safety-check.yml), hidden; this shows it at the
// declared moment, holds back that one action until the person answers or skips, and stores
// nothing about the answer. Only "Don't ask me again" is kept, and only if they tick it.
import { elements, getElement } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { storageKey } from "../shared/names.js";
import { needsCheck, specFrom } from "./trigger.js";

const DONT_ASK = storageKey("safety-check:dont-ask");
const PARTNER_BUTTONS = '[data-profile="partner"], [data-partner-compare]';
const FIRST_FIELD = "input:not([type=hidden]), select, textarea";

function dontAsk() {
  try {
    return window.localStorage.getItem(DONT_ASK) === "yes";
  } catch {
    return false; // storage blocked: ask each time
  }
}

function rememberDontAsk() {
  try {
    window.localStorage.setItem(DONT_ASK, "yes");
    return true;
  } catch {
    return false;
  }
}

function mountOne(section) {
  // By the DOM contract's data-worksheet, not by id: the chapter's "Worksheet: …" heading
  // slugifies to the same id as the form and comes first.
  const found = document.querySelector(`form.worksheet[data-worksheet="${section.dataset.safetyCheck}"]`);
  if (!(found instanceof HTMLFormElement) || dontAsk()) return () => {};
  const form = found;
  const spec = specFrom(section.dataset);
  const ask = getElement("[data-safety-ask]", section);
  const help = getElement("[data-safety-help]", section);
  const remember = /** @type {HTMLInputElement} */ (getElement("[data-safety-remember]", section));
  const status = getElement("[data-safety-status]", section);
  let settled = false; // answered "safe" or skipped, for this page view only
  let passing = false; // the held-back action is being replayed: let it through once
  /** @type {{ replay: () => void, focus: HTMLElement } | null} */
  let pending = null;

  function show() {
    section.hidden = false;
    ask.hidden = false;
    help.hidden = true;
    status.textContent = "";
    getElement(".safety-check__title", section).focus();
  }

  function hold(event, replay, focus) {
    event.preventDefault();
    event.stopImmediatePropagation();
    pending = { replay, focus };
    show();
  }

  function onSubmit(event) {
    if (settled || passing) return;
    const submitter = /** @type {HTMLButtonElement | null} */ (event.submitter);
    const entries = /** @type {[string, string][]} */ (
      [...new FormData(form).entries()].map(([k, v]) => [k, String(v)])
    );
    if (!needsCheck(spec, { kind: "submit", pressed: submitter ? submitter.value : "", entries })) return;
    hold(event, () => form.requestSubmit(submitter), submitter || form);
  }

  function onClick(event) {
    const target = event.target instanceof Element ? event.target.closest(PARTNER_BUTTONS) : null;
    if (!target || settled || passing || !needsCheck(spec, { kind: "partner", entries: [] })) return;
    hold(event, () => /** @type {HTMLElement} */ (target).click(), /** @type {HTMLElement} */ (target));
  }

  function goOn() {
    settled = true;
    const kept = remember.checked ? rememberDontAsk() : true;
    if (!kept) {
      // A failed write is never silent: say so, and still let the person carry on.
      status.textContent = t("This browser could not keep that choice, so you may be asked again another time.");
    } else {
      section.hidden = true;
    }
    const next = pending;
    pending = null;
    if (!next) {
      const first = form.querySelector(FIRST_FIELD);
      if (first instanceof HTMLElement && section.hidden) first.focus();
      return;
    }
    passing = true;
    try {
      next.replay();
    } finally {
      passing = false;
    }
    if (next.focus.isConnected) next.focus.focus();
  }

  function onAnswer(event) {
    const answer = event.target instanceof Element ? event.target.closest("[data-safety-answer]") : null;
    if (answer instanceof HTMLElement && answer.dataset.safetyAnswer === "unsafe") {
      // Nothing is stored, and the held-back exercise does not start.
      pending = null;
      ask.hidden = true;
      help.hidden = false;
      getElement("h4", help).focus();
    } else if (answer) {
      goOn();
    } else if (event.target instanceof Element && event.target.closest("[data-safety-close]")) {
      section.hidden = true;
      const back = form.querySelector(".worksheet__title");
      if (back instanceof HTMLElement) {
        back.tabIndex = -1;
        back.focus();
      }
    }
  }

  if (spec.when === "start") section.hidden = false;
  form.addEventListener("submit", onSubmit, { capture: true });
  form.addEventListener("click", onClick, { capture: true });
  section.addEventListener("click", onAnswer);
  return () => {
    form.removeEventListener("submit", onSubmit, { capture: true });
    form.removeEventListener("click", onClick, { capture: true });
    section.removeEventListener("click", onAnswer);
    section.hidden = true;
  };
}

/** Mount every declared check on this page; returns one function that unmounts them all. */
export function mountSafetyChecks() {
  const unmounts = elements("section.safety-check[data-safety-check]").map(mountOne);
  return () => {
    for (const unmount of unmounts) unmount();
  };
}
