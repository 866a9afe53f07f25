// One form's saved answers: restore (migrating answers saved under an earlier version),
// autosave, keep tabs in step, and handle a damaged record, without ever discarding text.

import { migrate } from "../runtime/runtime.js";
import { readableDate as when } from "../shared/dates.js";
import { element, getElement } from "../shared/dom.js";
import { t, tnParts, tParts } from "../shared/i18n.js";
import { siteHref } from "../shared/paths.js";
import { reasonFor } from "../shared/reasons.js";
import { channelName, noteSaved, readKeeping, reminderDue } from "../storage/keeping.js";
import * as storage from "../storage/storage.js";
import { hasAnyAnswer, readAnswers, writeAnswers } from "./form-data.js";
import { mergeCarried } from "./merge-carried.js";
import { actionButton, downloadText, earlierBox } from "./notices.js";

const SAVE_DELAY_MS = 400;
const NOT_SAVED = {
  full: () =>
    t(
      "Your answers are not being saved: this browser's storage is full. Export or clear other saved answers, or keep this page open.",
    ),
  unavailable: () =>
    t(
      "Your answers are not being saved on this device: this browser does not allow storage here. They stay on this page until you close it.",
    ),
};

export function createPersistence(form, say) {
  const id = form.dataset.worksheet;
  const version = Number(form.dataset.version);
  let profile = "self";
  let timer = null;
  let earlier = [];
  let box = null;
  // The version whose answers were brought in (or set aside): until then they are offered.
  let carried = 0;
  // Everything was erased in another tab: stop saving until the person asks to keep these.
  let paused = false;

  function showEarlier() {
    box?.remove();
    box = earlier.length
      ? earlierBox(earlier, () => {
          earlier = [];
          box = null;
          saveNow();
        })
      : null;
    if (box) getElement(".worksheet__errors", form).before(box);
  }

  function extras() {
    return { ...(earlier.length ? { earlier } : {}), ...(carried ? { carried } : {}) };
  }

  function sayBackup() {
    const due = reminderDue(readKeeping());
    if (!due) return say(t("Saved on this device."));
    const link = element("a", null, t("save a copy to a file"));
    link.href = siteHref("your-answers/");
    say("");
    getElement("[data-worksheet-save]", form).append(
      ...(due.never
        ? tParts(
            "Saved on this device. Your answers have never been saved to a file; browsers sometimes clear what sites keep, so {link} when you can.",
            { link },
          )
        : tnParts(
            "Saved on this device. Your answers were last saved to a file {count} day ago; browsers sometimes clear what sites keep, so {link} when you can.",
            "Saved on this device. Your answers were last saved to a file {count} days ago; browsers sometimes clear what sites keep, so {link} when you can.",
            due.days,
            { link },
          )),
    );
  }

  function saveNow() {
    clearTimeout(timer);
    timer = null;
    if (paused) return;
    const answers = readAnswers(form);
    const keep = hasAnyAnswer(answers) || earlier.length;
    const saved = keep ? storage.save(id, version, answers, profile, extras()) : storage.remove(id, version, profile);
    if (!saved.ok) return say(NOT_SAVED[saved.reason](), "warning");
    if (!keep) return say("");
    noteSaved();
    sayBackup();
  }

  async function carryOver(older) {
    say(
      t("This worksheet has changed since you filled it in ({date}). Carrying your answers over…", {
        date: when(older.record.updated),
      }),
    );
    try {
      const reply = await migrate(id, older.version, older.record.answers);
      if (!reply.ok) throw new Error(reply.error);
      // What is on the page now (typed while Python loaded, or saved since) is never overwritten:
      // the carried answers fill empty questions; any that differ are kept in the box above.
      const merged = mergeCarried(form, readAnswers(form), reply.answers);
      writeAnswers(form, merged.answers);
      earlier = [...earlier, ...reply.earlier, ...merged.aside];
      carried = older.version;
      showEarlier();
      saveNow();
      const date = when(older.record.updated);
      say(
        earlier.length
          ? t(
              "This worksheet has changed since you filled it in ({date}). Your answers were carried over; the ones that no longer fit, or that differ from what you have typed since, are shown above, as you wrote them.",
              { date },
            )
          : t("This worksheet has changed since you filled it in ({date}). Your answers were carried over.", { date }),
        "warning",
      );
    } catch (error) {
      say(
        t(
          "This worksheet has changed since you filled it in. Your earlier answers are safe; they will be carried over once Python can start ({reason}).",
          { reason: reasonFor(error) },
        ),
        "warning",
      );
      getElement("[data-worksheet-save]", form).append(
        " ",
        actionButton(t("Try again"), () => carryOver(older)),
      );
    }
  }

  /** Answers saved under an earlier version that were never brought in (a failed carry-over). */
  function offerOlder(older) {
    say(
      `${t("You also have answers saved under an earlier version of this worksheet ({date}) that were not brought in yet.", { date: when(older.record.updated) })} `,
      "warning",
    );
    getElement("[data-worksheet-save]", form).append(
      actionButton(t("Bring them in"), () => carryOver(older)),
      " ",
      actionButton(t("Not needed"), () => {
        carried = older.version;
        saveNow();
        say(t("The earlier answers stay on this device and in your answers file; they will not be offered again."));
      }),
    );
  }

  function restore() {
    earlier = [];
    carried = 0;
    const found = storage.load(id, version, profile);
    if (found.status === "ok") {
      writeAnswers(form, found.record.answers);
      earlier = Array.isArray(found.record.earlier) ? found.record.earlier : [];
      carried = Number.isInteger(found.record.carried) ? found.record.carried : 0;
      say(t("Your answers from {date} are restored.", { date: when(found.record.updated) }));
      const older = storage.findOlder(id, version, profile);
      if (older && older.version > carried) offerOlder(older);
    } else if (found.status === "unavailable") {
      say(NOT_SAVED.unavailable(), "warning");
    } else if (found.status === "corrupt" || found.status === "newer") {
      say(
        found.status === "newer"
          ? `${t("Your saved answers for this worksheet were saved by a newer version of Closer and cannot be read here. Other worksheets are not affected.")} `
          : `${t("Your saved answers for this worksheet could not be read. Other worksheets are not affected.")} `,
        "warning",
      );
      const raw = storage.rawRecord(id, version, profile) || "";
      storage.backupDamaged(id, version, profile);
      getElement("[data-worksheet-save]", form).append(
        actionButton(t("Save the damaged answers to a file"), () =>
          downloadText(t("closer-{worksheet}-damaged.txt", { worksheet: id }), raw),
        ),
        " ",
        actionButton(t("Start this worksheet again"), () => {
          storage.remove(id, version, profile);
          say(t("Started again. Your new answers will be saved."));
        }),
      );
    } else {
      say("");
      const older = storage.findOlder(id, version, profile);
      if (older) carryOver(older);
    }
    showEarlier();
  }

  // Another tab saved this worksheet: follow it unless this tab has unsaved edits.
  function onStorage(event) {
    if (paused || event.key !== storage.recordKey(id, version, profile)) return;
    if (timer) {
      say(t("These answers were also changed in another tab. This tab's answers will be saved."), "warning");
      return;
    }
    if (event.newValue === null) {
      say(
        t("These answers were cleared in another tab. They are still here; change anything to save them again."),
        "warning",
      );
      return;
    }
    const found = storage.load(id, version, profile);
    if (found.status === "ok") {
      writeAnswers(form, found.record.answers);
      say(t("Updated with the answers saved in another tab."));
    }
  }
  window.addEventListener("storage", onStorage);

  function onErased(event) {
    if (event.data?.type !== "erased") return;
    paused = true;
    clearTimeout(timer);
    timer = null;
    say(
      `${t("Everything this site kept was erased in another tab. These answers are still on this page but are no longer saved.")} `,
      "warning",
    );
    getElement("[data-worksheet-save]", form).append(
      actionButton(t("Keep these answers on this device"), () => {
        paused = false;
        saveNow();
      }),
    );
  }
  const tabs = "BroadcastChannel" in window ? new BroadcastChannel(channelName) : null;
  tabs?.addEventListener("message", onErased);

  return {
    get profile() {
      return profile;
    },
    setProfile(next) {
      profile = next;
    },
    restore,
    saveNow,
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(saveNow, SAVE_DELAY_MS);
    },
    flush() {
      if (timer) saveNow();
    },
    destroy() {
      window.removeEventListener("storage", onStorage);
      tabs?.close();
      clearTimeout(timer);
    },
  };
}
