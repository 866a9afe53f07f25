// Partners on two phones: "Send my answers to my partner" makes a link to this page whose last
// part (after "#", never sent to any server) holds this person's own answers, sealed with a
// code by default (sharing/link-codec.js); opening it on the other phone hands the answers to
// partner mode (worksheet/partner.js) as a file would be, hidden until that person compares.
// Why sealed by default: a link is pasted into messaging apps, which keep copies of it on their
// servers and in backups; with a code told another way, a copy of the link alone reads nothing.
import { watchAddressLink } from "../shared/address-link.js";
import { copyLinkControl } from "../shared/clipboard.js";
import { button, element, elements } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { PARTNER_ARRIVED } from "../shared/names.js";
import { makeAnswersFile, parseAnswersFile } from "../storage/answers-file.js";
import { isDatedList } from "../storage/history.js";
import * as storage from "../storage/storage.js";
import { hasAnyAnswer, readAnswers } from "../worksheet/form-data.js";
import { DAMAGED, decodeToken, encodeToken, isSealed, NEEDS_CODE, newCode, normalCode } from "./link-codec.js";
import { passphrasePrompt } from "./passphrase.js";
import { qrSvg } from "./qr.js";

export const FRAGMENT = "partner";

let counter = 0;

/** The names of the fields a link carries, in page order. Both phones render one version of a
 *  worksheet alike, so the link holds the answers in this order, without their names (a full
 *  check-in then fits a QR code half the size). Written notes stay out: no comparison uses them,
 *  they are often the most private part, and they would make the QR code hard to read. */
export function fieldNames(form) {
  const fields = elements("[data-field]", form).filter((node) => !node.querySelector("textarea"));
  return [...new Set(fields.map((node) => node.dataset.field))];
}

/** The link's payload: the person's own answers now, without their past check-ins (theirs alone). */
export function payload(form, record) {
  const values = fieldNames(form).map((name) => {
    const value = record.answers[name];
    return value === undefined || isDatedList(value) ? null : value;
  });
  while (values.length && values[values.length - 1] === null) values.pop();
  return [form.dataset.worksheet, Number(form.dataset.version), record.updated || null, values];
}

/** The answers of a payload as a one-record answers file, checked as any file is; or a reason. */
export function asFile(form, value) {
  const id = form.dataset.worksheet;
  if (!Array.isArray(value) || value.length !== 4 || value[0] !== id || !Array.isArray(value[3]))
    return { ok: false, reason: DAMAGED };
  const [, version, updated, values] = value;
  const names = fieldNames(form);
  if (version !== Number(form.dataset.version)) return { ok: false, reason: OTHER_VERSION };
  if (values.length > names.length) return { ok: false, reason: DAMAGED };
  const answers = Object.fromEntries(names.map((name, i) => [name, values[i] ?? null]).filter(([, v]) => v !== null));
  const record = { worksheet: id, version, answers };
  if (typeof updated === "string") record.updated = updated;
  const parsed = parseAnswersFile(JSON.stringify(makeAnswersFile([record])));
  return parsed.ok ? { ok: true, file: parsed.file } : { ok: false, reason: DAMAGED };
}

const OTHER_VERSION = "other-version";

export function damagedMessage() {
  return t(
    "This link is damaged or incomplete (perhaps cut short when it was copied). Nothing was changed. Ask your partner to send it again, or to show you its QR code.",
  );
}

function sendPart(form) {
  const id = form.dataset.worksheet;
  const part = element("div", "partner-link__send");
  const heading = element("h5", "partner-link__title", t("Send my answers to my partner by link"));
  const intro = element(
    "p",
    null,
    t(
      "On two phones: the link holds your own choices (not your written notes or past check-ins) in its last part, after the “#”, which a browser never sends to any server. Your partner opens it, answers, and compares; then they can send theirs back the same way.",
    ),
  );
  counter += 1;
  const sealedHelp = element(
    "p",
    "partner-link__help",
    t(
      "Sealed (recommended): send the link, and tell your partner the code another way, aloud or in a different app. Messaging apps keep copies of the links sent through them; without the code, a copy reads nothing.",
    ),
  );
  sealedHelp.id = `partner-link-${counter}-sealed`;
  const openHelp = element(
    "p",
    "partner-link__help",
    t(
      "Without a code, anyone who has the link can read your answers: only for showing the QR code to your partner in person.",
    ),
  );
  openHelp.id = `partner-link-${counter}-open`;
  const makeSealed = button(t("Make a link sealed with a code"), () => make(true), true);
  makeSealed.setAttribute("aria-describedby", sealedHelp.id);
  const makeOpen = button(t("Make a link without a code"), () => make(false));
  makeOpen.setAttribute("aria-describedby", openHelp.id);
  const out = element("div", "partner-link__out");
  out.setAttribute("aria-live", "polite");
  const status = element("p", "partner-link__status");
  status.setAttribute("role", "status");

  async function make(sealed) {
    const version = Number(form.dataset.version);
    const saved = storage.load(id, version, "self");
    // While the person answers as themselves, the form is newer than the debounced autosave.
    const onScreen = form.querySelector('[data-profile="self"]')?.getAttribute("aria-pressed") === "true";
    const answers = onScreen ? readAnswers(form) : saved.status === "ok" ? saved.record.answers : null;
    const mine = answers && hasAnyAnswer(answers) ? { record: { answers, updated: new Date().toISOString() } } : null;
    if (mine && !onScreen) mine.record.updated = saved.record.updated;
    out.replaceChildren();
    if (!mine) {
      status.textContent = t(
        "Answer the questions first (as yourself, with “I am answering” pressed): the link carries your answers.",
      );
      return;
    }
    const code = sealed ? newCode() : "";
    status.textContent = code ? t("Sealing your answers…") : "";
    const token = await encodeToken(payload(form, mine.record), normalCode(code));
    const url = `${location.origin}${location.pathname}#${FRAGMENT}=${id}.${token}`;
    const box = element("input", "partner-link__url");
    box.type = "text";
    box.readOnly = true;
    box.value = url;
    box.defaultValue = url; // switching who answers resets the form: the link stays
    box.id = `${form.id}-partner-url`;
    const label = element("label", null, t("The link ({count} characters)", { count: url.length }));
    label.htmlFor = box.id;
    const pieces = [label, box, copyLinkControl(url, t("Copy the link to send to my partner"), t("Copy the link"))];
    if (code) {
      const codeLine = element("p", "partner-link__code");
      codeLine.append(t("The code to tell your partner: "), element("strong", "partner-link__code-value", code));
      pieces.unshift(codeLine);
    }
    const qrArea = element("div", "partner-link__qr");
    const showQr = button(t("Show a QR code"), () => {
      qrArea.replaceChildren(qrSvg(url, t("QR code of the link to your answers")));
      showQr.remove();
    });
    pieces.push(showQr, qrArea);
    out.replaceChildren(...pieces);
    status.textContent = code
      ? t("The link is ready, sealed with the code {code}. Send the link, and tell the code another way.", { code })
      : t("The link is ready. Anyone who has it can read your answers.");
  }

  part.append(heading, intro, sealedHelp, openHelp, makeSealed, makeOpen, status, out);
  return part;
}

/** The answers in this page's fragment, if it is a partner link for this form. */
function arrivalPart(form, fragment) {
  const id = form.dataset.worksheet;
  const part = element("div", "partner-link__arrival");
  part.tabIndex = -1;
  const status = element("p", "partner-link__status");
  status.setAttribute("role", "alert");
  part.append(status);
  const dot = fragment.indexOf(".");
  const token = fragment.slice(dot + 1);

  function arrive(value) {
    const read = asFile(form, value);
    if (!read.ok) {
      status.textContent =
        read.reason === OTHER_VERSION
          ? t(
              "Your partner's answers are for another version of this worksheet: one of your two phones has an older copy of this site. Both of you reload this page (online), then your partner makes a new link. Nothing was changed.",
            )
          : damagedMessage();
      part.replaceChildren(status);
      return;
    }
    const file = read.file;
    const answered = storage.load(id, Number(form.dataset.version), "self").status === "ok";
    const loaded = answered
      ? t(
          "Your partner's answers arrived (hidden until you have answered). You have answered already: press “Compare our answers”.",
        )
      : t(
          "Your partner's answers arrived (hidden until you have answered). Answer the questions yourself, then press “Compare our answers”.",
        );
    status.textContent = "";
    part.replaceChildren();
    form.dispatchEvent(new CustomEvent(PARTNER_ARRIVED, { detail: { file, loaded } }));
  }

  async function open(code = "") {
    const read = await decodeToken(token, normalCode(code));
    if (read.ok) return arrive(read.value);
    if (read.reason === DAMAGED) status.textContent = damagedMessage();
    return read.reason;
  }

  if (dot < 1 || fragment.slice(0, dot) !== id || isSealed(token) === null) {
    status.textContent = damagedMessage();
    return part;
  }
  if (!isSealed(token)) {
    open();
    return part;
  }
  const prompt = passphrasePrompt(
    async (code) => {
      const reason = await open(code);
      if (!reason) return "";
      if (reason === NEEDS_CODE) return t("Type the code your partner gave you.");
      if (reason === DAMAGED) return "";
      return t(
        "That code does not open these answers. Check it with your partner (it has 8 letters and digits) and try again. If it is right, the link may have been cut short: ask for it again.",
      );
    },
    () => {
      part.replaceChildren(status);
      status.textContent = t("Your partner's answers were not opened. Nothing was changed.");
    },
    {
      intro: t("Your partner's answers arrived, sealed with a code. Type the code they told you."),
      label: t("The code"),
      action: t("Open my partner's answers"),
    },
  );
  const input = prompt.querySelector("input");
  if (input) {
    input.type = "text";
    input.autocapitalize = "characters";
    input.spellcheck = false;
  }
  part.prepend(prompt);
  return part;
}

/** Mount the link tools after `anchor` in the partner panel; returns the unmount. */
export function mountPartnerLink(form, anchor) {
  const area = element("div", "partner-link");
  // Making or opening a link is not answering: its events must not reach the form's autosave.
  for (const type of ["input", "change", "submit"]) area.addEventListener(type, (e) => e.stopPropagation());
  area.append(sendPart(form));
  anchor.after(area);
  let arrival = null;
  // A link pasted into the address bar of this very page changes only its fragment: no new
  // page load. Read here; Material's instant loading may also swap in a fresh copy of this
  // page for it, whose form then gets the link back (shared/address-link.js) and reads it again.
  const link = watchAddressLink(FRAGMENT, openArrived, () => Boolean(arrival?.isConnected));
  function openArrived(found) {
    const fragment = found.value;
    const forms = elements("form.worksheet[data-comparable]");
    const target = fragment.split(".")[0];
    // A link for no worksheet on this page is damaged: the first comparable form says so.
    const claimed = forms.some((f) => f.dataset.worksheet === target);
    if (!(target === form.dataset.worksheet || (!claimed && forms[0] === form))) return;
    // Read once: the answers leave the address bar (and this page's history entry) at once.
    link.take(found);
    arrival?.remove(); // a second link replaces the first
    arrival = arrivalPart(form, fragment);
    area.prepend(arrival);
    arrival.scrollIntoView({ block: "center" });
    arrival.focus({ preventScroll: true });
  }
  link.read();
  return () => {
    link.unmount(); // unmounted for this very page, swapped in again: it hands the link to it
    area.remove();
  };
}
