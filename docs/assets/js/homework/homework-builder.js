// The therapist's homework builder: tick chapters and worksheets, add a short note and a due
// date, and get a link whose content is all in its fragment (homework-link.js), a QR code of it
// and a printable homework sheet. No server and no account; no client names.

import { copyLinkControl } from "../shared/clipboard.js";
import { readableDay } from "../shared/dates.js";
import { element } from "../shared/dom.js";
import { formatNumber, pageLanguage, t, tn } from "../shared/i18n.js";
import { loadLinks, permanentURL } from "../shared/site-data.js";
import { printOnly } from "../sharing/print.js";
import { qrSvg } from "../sharing/qr.js";
import { homeworkURL, MAX_NOTE } from "./homework-link.js";

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

function labelled(text, control, help) {
  const wrap = element("div", "homework-builder__field");
  const label = element("label", null, text);
  label.htmlFor = control.id;
  wrap.append(label);
  if (help) {
    const note = element("p", "homework-builder__help", help);
    note.id = `${control.id}-help`;
    control.setAttribute("aria-describedby", note.id);
    wrap.append(note);
  }
  wrap.append(control);
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

function sheetView(chosen, note, due, url, language) {
  const sheet = element("section", "homework-sheet");
  sheet.setAttribute("aria-label", t("Homework sheet (printable)"));
  sheet.append(element("h2", null, t("Homework")));
  if (note) sheet.append(element("p", "homework-sheet__note", note));
  if (due) sheet.append(element("p", "homework-sheet__due", t("To do by: {date}", { date: readableDay(due) })));
  const list = element("ol", "homework-sheet__items");
  for (const link of chosen) {
    const item = element(
      "li",
      null,
      link.kind === "worksheet"
        ? t("Worksheet: {title}", { title: link.title })
        : t("Read: {title}", { title: link.title }),
    );
    item.append(element("br"), element("span", "homework-sheet__url", permanentURL(link.slug, language)));
    list.append(item);
  }
  sheet.append(
    list,
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
  form.append(
    group(t("Chapters to read"), chapters, (l) => l.title),
    group(t("Worksheets to fill in"), sheets, (l) => t("{title} (in “{page}”)", { title: l.title, page: l.page })),
    labelled(
      t("A short note for your client (optional)"),
      note,
      t(
        "Up to {max} characters. Do not write your client's name or anything that identifies them: the note travels inside the link, and anyone who has the link can read it.",
        { max: formatNumber(MAX_NOTE) },
      ),
    ),
    labelled(t("Due date (optional)"), due),
    ...(languages.length > 1 ? [languageChoice(languages)] : []),
    make,
    status,
  );
  const output = element("div", "homework-builder__output");
  container.replaceChildren(form, output);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const ticked = new Set([...form.querySelectorAll("input[type=checkbox]:checked")].map((box) => box.value));
    const chosen = links.filter((l) => ticked.has(l.slug));
    if (!chosen.length) {
      status.textContent = t("Choose at least one chapter or worksheet.");
      output.replaceChildren();
      return;
    }
    const language = form.querySelector("input[name=hw-language]:checked")?.value || pageLanguage();
    const url = homeworkURL({ items: chosen.map((l) => l.slug), note: note.value.trim(), due: due.value }, language);
    const field = element("input");
    field.type = "text";
    field.readOnly = true;
    field.id = "hw-link";
    field.value = url;
    const open = element("a", "md-button", t("Open the homework page"));
    open.href = url;
    const print = element("button", "md-button", t("Print the homework sheet"));
    print.type = "button";
    const sheet = sheetView(chosen, note.value.trim(), due.value, url, language);
    print.addEventListener("click", () => printOnly(sheet));
    const tools = element("div", "homework-builder__tools");
    tools.append(copyLinkControl(url, t("Copy link to this homework")), open, print);
    output.replaceChildren(
      element("h2", null, t("Your homework link")),
      labelled(t("Homework link"), field),
      tools,
      sheet,
    );
    status.textContent = tn(
      "The homework link for {count} item is ready below.",
      "The homework link for {count} items is ready below.",
      chosen.length,
    );
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
          t("The homework builder could not load the list of chapters and worksheets: {reason}", {
            reason: error.message,
          }),
        ),
      );
    });
  return () => {
    live = false;
  };
}
