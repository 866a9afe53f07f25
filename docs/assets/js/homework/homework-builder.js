// The therapist's homework builder: tick chapters and worksheets, add a short note and a due
// date (or build a plan in steps, each with its day), and get a link whose content is all in its
// fragment (homework-link.js), a QR code of it and a printable homework sheet. No server and no
// account; no client names.

import { copyLinkControl } from "../shared/clipboard.js";
import { readableDay } from "../shared/dates.js";
import { element, urlText } from "../shared/dom.js";
import { formatNumber, inLanguage, pageLanguage, t, tn } from "../shared/i18n.js";
import { reasonFor } from "../shared/reasons.js";
import { loadCatalog, loadLinks, permanentURL } from "../shared/site-data.js";
import { printOnly } from "../sharing/print.js";
import { qrSvg } from "../sharing/qr.js";
import { attachDateWords } from "../worksheet/date-words.js";
import { countBelow } from "../worksheet/limits.js";
import { homeworkURL, MAX_NOTE, planURL } from "./homework-link.js";
import { planSteps } from "./plan-steps.js";

function group(legend, links, describe) {
  const set = element("fieldset", "homework-builder__group");
  set.append(element("legend", null, legend));
  for (const link of links) {
    const label = element("label", "homework-builder__choice");
    const box = element("input");
    box.type = "checkbox";
    box.value = link.slug;
    box.id = `hw-item-${link.slug}`;
    label.htmlFor = box.id;
    label.append(box, ` ${describe(link)}`);
    set.append(label);
  }
  return set;
}

function labelled(text, control, help, after = []) {
  const wrap = element("div", "homework-builder__field");
  const label = element("label", null, text);
  label.htmlFor = control.id;
  wrap.append(label);
  if (help) {
    const note = element("p", "homework-builder__help", help);
    note.id = `${control.id}-help`;
    const also = control.getAttribute("aria-describedby"); // e.g. the note's count (limits.js)
    control.setAttribute("aria-describedby", also ? `${note.id} ${also}` : note.id);
    wrap.append(note);
  }
  wrap.append(control, ...after);
  return wrap;
}

/** The client's language: the link opens the guide in it (/es/… for Spanish). */
function languageChoice(languages) {
  const set = element("fieldset", "homework-builder__group");
  set.append(element("legend", null, t("Language of the guide for your client")));
  for (const language of languages) {
    const label = element("label", "homework-builder__choice");
    const radio = element("input");
    radio.type = "radio";
    radio.name = "hw-language";
    radio.value = language.code;
    radio.id = `hw-language-${language.code}`;
    radio.checked = language.code === pageLanguage();
    label.htmlFor = radio.id;
    const name = element("span", null, language.name);
    name.lang = language.code; // "Español" is read as Spanish
    label.append(radio, " ", name);
    set.append(label);
  }
  return set;
}

function itemsList(chosen, language) {
  const list = element("ol", "homework-sheet__items");
  for (const link of chosen) {
    const item = element(
      "li",
      null,
      link.kind === "worksheet"
        ? t("Worksheet: {title}", { title: link.title })
        : t("Read: {title}", { title: link.title }),
    );
    item.append(element("br"), urlText("span", "homework-sheet__url", permanentURL(link.slug, language)));
    list.append(item);
  }
  return list;
}

/** The sheet's list: the items, or each step of a plan (its day, then its items). */
function sheetList(chosen, steps, language) {
  if (!steps) return itemsList(chosen, language);
  const bySlug = new Map(chosen.map((link) => [link.slug, link]));
  const list = element("ol", "homework-sheet__steps");
  steps.forEach((step, index) => {
    const item = element("li", "homework-sheet__step");
    item.append(
      element(
        "p",
        "homework-sheet__step-title",
        t("Step {number}, by {date}", { number: formatNumber(index + 1), date: readableDay(step.due) }),
      ),
      itemsList(
        step.items.map((slug) => bySlug.get(slug)),
        language,
      ),
    );
    list.append(item);
  });
  return list;
}

/** One list with one due date, or a plan in steps: the form shows the part for the choice. */
function kindChoice(onChange) {
  const set = element("fieldset", "homework-builder__group");
  set.append(element("legend", null, t("Kind of homework")));
  for (const [value, text] of [
    ["list", t("One list, with one due date")],
    ["plan", t("A plan in steps (week 1, week 2, …), each step with its own day")],
  ]) {
    const label = element("label", "homework-builder__choice");
    const radio = element("input");
    radio.type = "radio";
    radio.name = "hw-kind";
    radio.value = value;
    radio.id = `hw-kind-${value}`;
    radio.checked = value === "list";
    radio.addEventListener("change", () => radio.checked && onChange(value));
    label.htmlFor = radio.id;
    label.append(radio, ` ${text}`);
    set.append(label);
  }
  return set;
}

function sheetView(chosen, note, due, url, language, steps = null) {
  const sheet = element("section", "homework-sheet");
  sheet.lang = language; // read aloud, hyphenated and printed as the client's language
  sheet.setAttribute("aria-label", t("Homework sheet (printable)"));
  sheet.append(element("h2", null, steps ? t("Homework plan") : t("Homework")));
  if (note) sheet.append(element("p", "homework-sheet__note", note));
  if (due) sheet.append(element("p", "homework-sheet__due", t("To do by: {date}", { date: readableDay(due) })));
  sheet.append(
    sheetList(chosen, steps, language),
    element(
      "p",
      null,
      t(
        "Scan the code with your phone's camera: it opens this homework in the guide. No camera? Type the short links listed above; each opens its chapter or worksheet.",
      ),
    ),
  );
  // The full link is hundreds of characters: offered to copy (from the page or a PDF), never to type.
  sheet.append(
    qrSvg(url, t("QR code of the homework link")),
    element("p", "homework-sheet__link-label", t("The full link, to copy rather than type:")),
    element("p", "homework-sheet__link", url),
  );
  sheet.append(
    element(
      "p",
      "homework-sheet__privacy",
      t(
        "Your answers stay on your own device. Nothing is sent to your therapist or anyone else unless you choose to share it.",
      ),
    ),
  );
  return sheet;
}

/**
 * The homework sheet in the client's language (the builder may be in another): its words, the
 * titles of what was chosen and the printed date. When that language's words cannot be loaded
 * (offline, say), the sheet is in the page's language, and `fallback` says so.
 */
async function clientSheet(chosen, note, due, url, language, steps = null) {
  let speak = (work) => work(); // the page's own language
  let titles = new Map(chosen.map((link) => [link.slug, link]));
  let fallback = false;
  if (language !== pageLanguage()) {
    try {
      const [words, links] = await Promise.all([loadCatalog(language), loadLinks(language)]);
      speak = (work) => inLanguage(language, words, work);
      titles = links.bySlug;
    } catch {
      fallback = true;
    }
  }
  const theirs = chosen.map((link) => titles.get(link.slug) || link);
  const sheet = speak(() => sheetView(theirs, note, due, url, language, steps));
  if (fallback) sheet.lang = pageLanguage();
  return { sheet, print: () => speak(() => printOnly(sheet)), fallback };
}

/** Said after "ready" when the printable sheet could not be put in the client's language. */
const FELL_BACK = () =>
  t(
    "The printable sheet is in this page's language: the words for the client's language could not be loaded. Connect, then make the link again.",
  );

function render(container, links, languages) {
  const form = element("form", "homework-builder__form");
  form.noValidate = true;
  const chapters = links.filter((l) => l.kind === "chapter");
  const sheets = links.filter((l) => l.kind === "worksheet");
  const note = element("textarea");
  note.id = "hw-note";
  note.rows = 3;
  note.maxLength = MAX_NOTE;
  const due = element("input");
  due.type = "date";
  due.id = "hw-due";
  const make = element("button", "md-button md-button--primary", t("Make the homework link"));
  make.type = "submit";
  const status = element("p", "homework-builder__status");
  status.setAttribute("role", "status");
  const plan = planSteps(links);
  const listPart = element("div", "homework-builder__list");
  const planPart = element("div", "homework-builder__plan");
  planPart.hidden = true;
  const dueField = labelled(t("Due date (optional)"), due);
  attachDateWords(due); // the browser's "mm/dd/yyyy" alone can be misread
  listPart.append(
    group(t("Chapters to read"), chapters, (l) => l.title),
    group(t("Worksheets to fill in"), sheets, (l) => t("{title} (in “{page}”)", { title: l.title, page: l.page })),
    dueField,
  );
  const planSet = element("fieldset", "homework-builder__group");
  planSet.append(
    element("legend", null, t("The plan's steps")),
    element(
      "p",
      "homework-builder__help",
      t(
        "Give each step a day and what to do by then. Your client sees the steps as a path, each with its own calendar reminder.",
      ),
    ),
    plan.part,
  );
  planPart.append(planSet);
  const kind = kindChoice((value) => {
    listPart.hidden = value !== "list";
    planPart.hidden = value !== "plan";
    output.replaceChildren();
    status.textContent = "";
  });
  form.append(
    kind,
    listPart,
    planPart,
    labelled(
      t("A short note for your client (optional)"),
      note,
      t(
        "Up to {max} characters. Do not write your client's name or anything that identifies them: the note travels inside the link, and anyone who has the link can read it.",
        { max: formatNumber(MAX_NOTE) },
      ),
      countBelow(note),
    ),
    ...(languages.length > 1 ? [languageChoice(languages)] : []),
    make,
    status,
  );
  const output = element("div", "homework-builder__output");
  container.replaceChildren(form, output);

  /** Show the link, its tools and the printable sheet; true when the sheet fell back to this page's language. */
  async function showLink(url, chosen, steps, language) {
    const field = element("input");
    field.type = "text";
    field.readOnly = true;
    field.id = "hw-link";
    field.value = url;
    const open = element("a", "md-button", t("Open the homework page"));
    open.href = url;
    const print = element("button", "md-button", t("Print the homework sheet"));
    print.type = "button";
    const made = await clientSheet(chosen, note.value.trim(), steps ? "" : due.value, url, language, steps);
    const sheet = made.sheet;
    print.addEventListener("click", made.print);
    const tools = element("div", "homework-builder__tools");
    tools.append(copyLinkControl(url, t("Copy link to this homework")), open, print);
    output.replaceChildren(
      element("h2", null, t("Your homework link")),
      labelled(t("Homework link"), field),
      tools,
      sheet,
    );
    return made.fallback;
  }

  async function makePlan(language) {
    const wrong = plan.check();
    if (wrong) {
      status.textContent = t("Some steps need a change: see the messages next to them.");
      output.replaceChildren();
      wrong.focus();
      return;
    }
    const steps = plan.steps();
    const used = new Set(steps.flatMap((step) => step.items));
    const url = await planURL({ note: note.value.trim(), steps }, language);
    const fellBack = await showLink(
      url,
      links.filter((l) => used.has(l.slug)),
      steps,
      language,
    );
    status.textContent = tn(
      "The homework link for a plan of {count} step is ready below.",
      "The homework link for a plan of {count} steps is ready below.",
      steps.length,
    );
    if (fellBack) status.textContent += ` ${FELL_BACK()}`;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const language = form.querySelector("input[name=hw-language]:checked")?.value || pageLanguage();
    if (!planPart.hidden) {
      makePlan(language).catch((error) => {
        status.textContent = t("The homework link could not be made ({reason}). Try again.", {
          reason: reasonFor(error),
        });
      });
      return;
    }
    const ticked = new Set([...listPart.querySelectorAll("input[type=checkbox]:checked")].map((box) => box.value));
    const chosen = links.filter((l) => ticked.has(l.slug));
    if (!chosen.length) {
      status.textContent = t("Choose at least one chapter or worksheet.");
      output.replaceChildren();
      return;
    }
    const url = homeworkURL({ items: chosen.map((l) => l.slug), note: note.value.trim(), due: due.value }, language);
    showLink(url, chosen, null, language)
      .then((fellBack) => {
        status.textContent = tn(
          "The homework link for {count} item is ready below.",
          "The homework link for {count} items is ready below.",
          chosen.length,
        );
        if (fellBack) status.textContent += ` ${FELL_BACK()}`;
      })
      .catch((error) => {
        status.textContent = t("The homework link could not be made ({reason}). Try again.", {
          reason: reasonFor(error),
        });
      });
  });
}

export function mount(container) {
  let live = true;
  loadLinks()
    .then(({ links, languages }) => live && render(container, links, languages))
    .catch((error) => {
      container.replaceChildren(
        element(
          "p",
          null,
          t(
            "The homework builder could not load the list of chapters and worksheets: {reason}. Reload the page to try again.",
            {
              reason: reasonFor(error),
            },
          ),
        ),
      );
    });
  return () => {
    live = false;
  };
}
