// "A link for my therapist", beside the file: the chosen answers (with the check-in history
// they hold) and how far the homework is, in the fragment of a link to the therapist's "Open a
// client's answers" page (never sent to any server; see link-codec.js). Locked with the same
// optional passphrase as the file. The viewer opens it read-only, as it opens a file.

import { itemStatus } from "../homework/homework-status.js";
import { loadHomework } from "../homework/homework-store.js";
import { stepStatuses } from "../homework/plan-status.js";
import { watchAddressLink } from "../shared/address-link.js";
import { copyLinkControl } from "../shared/clipboard.js";
import { readableDate, readableDay } from "../shared/dates.js";
import { button, element } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { LANGUAGE_SWITCHING } from "../shared/names.js";
import { languageRoot } from "../shared/paths.js";
import { loadLinks } from "../shared/site-data.js";
import { makeAnswersFile, parseAnswersFile } from "../storage/answers-file.js";
import { DAMAGED, decodeToken, encodeToken, isSealed, NEEDS_CODE } from "./link-codec.js";
import { passphrasePrompt } from "./passphrase.js";

export const FRAGMENT = "answers";
const STATUS_KEYS = ["done", "in-progress", "not-started"];
const STEP_KEYS = ["done", "next", "later"];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The homework on this device and how far each item is, or null when there is none. */
export async function homeworkStatus(labels) {
  const found = loadHomework();
  if (found.status !== "ok") return null;
  const { bySlug } = await loadLinks();
  const { homework, read, received } = found.saved;
  const status = new Map();
  const items = homework.items
    .map((slug) => bySlug.get(slug))
    .filter(Boolean)
    .map((link) => {
      const item = {
        slug: link.slug, // the viewer names it in its own language
        title: link.title,
        kind: link.kind === "worksheet" ? "worksheet" : "chapter",
        status: itemStatus(link, labels[link.worksheet], read.includes(link.slug)).key,
      };
      status.set(link.slug, item);
      return item;
    });
  if (!Array.isArray(homework.steps)) return { received, due: homework.due || "", items };
  const known = homework.steps.map((step) => step.items.filter((slug) => status.has(slug)));
  const statuses = stepStatuses(known.map((slugs) => slugs.map((slug) => status.get(slug).status === "done")));
  const steps = homework.steps.map((step, index) => ({
    due: step.due,
    status: statuses[index],
    items: known[index].map((slug) => status.get(slug).title),
  }));
  return { received, due: homework.due || "", items, steps };
}

/** A plan's steps in a shared link, checked; [] when there are none or they are not steps. */
function readSteps(value) {
  if (!Array.isArray(value) || value.length > 20) return [];
  return value.filter(
    (step) =>
      step &&
      typeof step.due === "string" &&
      ISO_DAY.test(step.due) &&
      STEP_KEYS.includes(step.status) &&
      Array.isArray(step.items) &&
      step.items.length <= 20 &&
      step.items.every((title) => typeof title === "string" && title.length <= 200),
  );
}

function statusWords(item) {
  if (item.kind !== "worksheet") return item.status === "done" ? t("Read") : t("Not read yet");
  return { done: t("Done"), "in-progress": t("In progress"), "not-started": t("Not started") }[item.status];
}

/** The homework part of a link, checked; null when absent or not one. */
export function readHomework(value) {
  if (!value || typeof value !== "object" || !Array.isArray(value.items) || value.items.length > 100) return null;
  const items = value.items.filter(
    (i) =>
      i &&
      typeof i.title === "string" &&
      i.title.length <= 200 &&
      ["worksheet", "chapter"].includes(i.kind) &&
      STATUS_KEYS.includes(i.status) &&
      (i.slug === undefined || (typeof i.slug === "string" && /^[a-z0-9-]{1,80}$/.test(i.slug))),
  );
  return {
    received: typeof value.received === "string" ? value.received : "",
    due: typeof value.due === "string" && ISO_DAY.test(value.due) ? value.due : "",
    items,
    steps: readSteps(value.steps),
  };
}

/**
 * A section showing the homework's status, words only (user text is never HTML). `titles` (the
 * permanent links in the viewer's language, by slug) name each item in the therapist's language;
 * the title the client's page wrote is kept for a link without slugs or an item not found.
 */
export function homeworkView(homework, titles = new Map()) {
  const section = element("section", "viewer__homework");
  section.append(element("h3", null, t("Homework")));
  if (homework.received)
    section.append(
      element("p", null, t("Opened on the client's device {date}.", { date: readableDate(homework.received) })),
    );
  if (homework.due) section.append(element("p", null, t("To do by: {day}", { day: readableDay(homework.due) })));
  const list = element("ul", "viewer__homework-items");
  for (const item of homework.items) {
    const title = titles.get(item.slug)?.title || item.title;
    list.append(element("li", null, `${title}: ${statusWords(item)}`));
  }
  section.append(list);
  if (homework.steps?.length) {
    const words = { done: t("Done"), next: t("Next"), later: t("Later") };
    const path = element("ol", "viewer__homework-steps");
    path.setAttribute("aria-label", t("The plan's steps"));
    homework.steps.forEach((step, index) => {
      const item = element(
        "li",
        null,
        t("Step {number}, by {date}: {status}", {
          number: index + 1,
          date: readableDay(step.due),
          status: words[step.status],
        }),
      );
      item.dataset.status = step.status;
      if (step.items.length) item.append(` (${step.items.join(", ")})`);
      path.append(item);
    });
    section.append(path);
  }
  return section;
}

/** The part of "Share with my therapist" that makes the link; `chosen()` are the records. */
export function linkPart(chosen, lock, labels) {
  const part = element("div", "share__link");
  const status = element("p", "share__status share__status--link");
  status.setAttribute("role", "status");
  status.id = "share-link-problem";
  const out = element("div", "share__link-out");
  async function make() {
    const picked = chosen();
    const secret = lock.read();
    out.replaceChildren();
    if (!picked.length) {
      status.textContent = t("Choose at least one worksheet to share (at the top of this part).");
      return;
    }
    if (!secret.ok) {
      status.textContent = "";
      return;
    }
    status.textContent = secret.passphrase ? t("Locking the link…") : "";
    const value = { file: makeAnswersFile(picked), homework: await homeworkStatus(labels) };
    const token = await encodeToken(value, secret.passphrase);
    // The viewer in the language this page is read in: the therapist's, most likely, too.
    const url = `${new URL("therapists/viewer/", languageRoot()).href}#${FRAGMENT}=${token}`;
    const box = element("input", "share__link-url");
    box.type = "text";
    box.readOnly = true;
    box.value = url;
    box.id = "share-link-url";
    const label = element("label", null, t("The link for your therapist ({count} characters)", { count: url.length }));
    label.htmlFor = box.id;
    out.append(label, box, copyLinkControl(url, t("Copy the link for my therapist"), t("Copy the link")));
    status.textContent = secret.passphrase
      ? t(
          "The link is ready, locked with your passphrase. Send it to your therapist, and tell them the passphrase separately.",
        )
      : t(
          "The link is ready. Anyone who has it can read these answers: send it only to your therapist, or lock it with a passphrase above.",
        );
  }
  part.append(
    element("h3", null, t("Or make a link for your therapist")),
    element(
      "p",
      null,
      t(
        "The link holds the same answers (with your past check-ins and how far your homework is) in its last part, after the “#”, which a browser never sends to any server. It uses the passphrase above if you typed one. Your therapist opens it on their phone or computer; nothing is saved there.",
      ),
    ),
    button(t("Make the link"), make),
    status,
    out,
  );
  return part;
}

function damaged() {
  return t(
    "This link is damaged or incomplete (perhaps cut short when it was copied). Ask your client to make it again. Nothing was changed.",
  );
}

/** The answers in a decoded link as { file, homework }, or null when they are not a client's. */
export function readShared(value) {
  if (!value || typeof value !== "object" || !value.file) return null;
  const parsed = parseAnswersFile(JSON.stringify(value.file));
  return parsed.ok ? { file: parsed.file, homework: readHomework(value.homework) } : null;
}

/**
 * What the viewer page lends the link: where the answers show, the alert, and the one record of
 * where what it shows came from ("link" or "file"), which only the viewer writes.
 * @typedef {object} Viewer
 * @property {HTMLElement} area
 * @property {HTMLElement} alert
 * @property {(file: any, homework?: any) => Promise<void>} show
 * @property {(source: "link" | "file") => void} start empties the area and the alert for answers
 *   from `source`
 * @property {() => "link" | "file" | null} source where the answers shown (or asked for) came from
 */

/** On the viewer page: open the answers in this page's fragment, if any, with
 * `viewer.show(file, homework)`, and any link pasted into its address bar later. Returns the unmount. */
export function openAnswersLink(viewer) {
  const { area, alert, show } = viewer;
  let token = null;
  // Shown (or asked a passphrase for), not once a file replaced them or they were closed.
  const showing = () => token !== null && viewer.source() === "link" && Boolean(area.firstChild);
  // A second client's link pasted into this page's address bar changes only its fragment: no
  // new page load. Read here; Material's instant loading may also swap in a fresh copy of this
  // page for it, whose viewer then gets the link back (shared/address-link.js) and opens it again.
  const link = watchAddressLink(FRAGMENT, openFromAddress, showing);
  // Back into the address for the language switch while they are shown: the same answers, read
  // in the other language.
  const carry = (event) => {
    const hash = area.isConnected ? link.carried() : null;
    if (hash) event.detail.hash = hash;
  };
  function openFromAddress(found) {
    token = found.value;
    // Read once: the answers leave the address bar (and this page's history entry) at once.
    link.take(found);
    viewer.start("link");
    openToken(found.value);
  }
  async function open(found, secret = "") {
    const read = await decodeToken(found, secret);
    if (!read.ok) return read.reason;
    const shared = readShared(read.value);
    if (!shared) return DAMAGED;
    if (found !== token) return ""; // another link arrived meanwhile: it shows instead
    await show(shared.file, shared.homework);
    return "";
  }
  function openToken(found) {
    if (isSealed(found) === null) {
      alert.textContent = damaged();
      return;
    }
    if (!isSealed(found)) {
      open(found).then((reason) => {
        if (reason && found === token) alert.textContent = damaged();
      });
      return;
    }
    area.replaceChildren(
      passphrasePrompt(
        async (secret) => {
          const reason = await open(found, secret);
          if (!reason) return "";
          if (reason === NEEDS_CODE) return t("Type the passphrase your client gave you.");
          if (reason === DAMAGED) {
            area.replaceChildren();
            alert.textContent = damaged();
            return "";
          }
          return t(
            "That passphrase does not open these answers (or the link was cut short). Check it with your client and try again.",
          );
        },
        () => area.replaceChildren(),
        {
          intro: t("Your client's answers arrived in this link, locked with a passphrase."),
          label: t("Passphrase"),
          action: t("Open the answers"),
        },
      ),
    );
  }
  link.read();
  document.addEventListener(LANGUAGE_SWITCHING, carry);
  return () => {
    document.removeEventListener(LANGUAGE_SWITCHING, carry);
    link.unmount(); // unmounted for this very page, swapped in again: it hands the link to it
  };
}
