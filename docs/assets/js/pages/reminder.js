// "Add a reminder to my calendar", under a repeatable worksheet (the check-in: every month) and
// on the homework page (the due date, once, or each step of a plan: homework/homework-reminder.js). The person writes the words; Python writes the
// .ics (worksheets/reminders.py) with an alarm, and the browser saves it for their calendar
// app to open. No notification, nothing on a server: the calendar on their device reminds them.
import { reminderFile } from "../runtime/runtime.js";
import { element } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { ANSWERS_WRITTEN } from "../shared/names.js";
import { reasonFor } from "../shared/reasons.js";
import { watchDateWords } from "../worksheet/date-words.js";
import { localDay } from "../worksheet/repeat.js";

let counter = 0;

function labelled(text, control, help = "") {
  const wrap = element("div", "reminder__field");
  const label = element("label", null, text);
  label.htmlFor = control.id;
  wrap.append(label);
  if (help) {
    const note = element("p", "reminder__help", help);
    note.id = `${control.id}-help`;
    control.setAttribute("aria-describedby", note.id);
    wrap.append(note);
  }
  wrap.append(control);
  return wrap;
}

function select(id, options, chosen) {
  const node = element("select");
  node.id = id;
  for (const [value, text] of options) {
    const option = element("option", null, text);
    option.value = value;
    option.selected = value === chosen;
    node.append(option);
  }
  return node;
}

function inDays(days) {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return localDay(day);
}

/** The reminder form; `presetOf()` gives its first words and choices ({ title, note, day, repeat,
 *  alarm, name }), asked when it is first opened (a worksheet's title is on the page by then). */
export function reminderControl(presetOf) {
  let preset = { title: "", note: "", day: "", repeat: "none", alarm: 60, name: "closer-reminder" };
  counter += 1;
  const id = (name) => `reminder-${counter}-${name}`;
  const box = element("details", "reminder");
  box.append(element("summary", "reminder__summary", t("Add a reminder to my calendar")));
  const form = element("form", "reminder__form");
  form.noValidate = true;
  const title = element("input");
  title.type = "text";
  title.id = id("title");
  title.maxLength = 200;
  title.value = preset.title;
  const note = element("textarea");
  note.id = id("note");
  note.rows = 2;
  note.maxLength = 1000;
  note.value = preset.note;
  const day = element("input");
  day.type = "date";
  day.id = id("day");
  day.value = preset.day;
  const time = element("input");
  time.type = "time";
  time.id = id("time");
  time.value = "19:00";
  const repeat = select(
    id("repeat"),
    [
      ["none", t("Only once")],
      ["weekly", t("Every week")],
      ["monthly", t("Every month")],
    ],
    preset.repeat,
  );
  const alarm = select(
    id("alarm"),
    [
      ["0", t("At the time")],
      ["60", t("1 hour before")],
      ["1440", t("1 day before")],
    ],
    String(preset.alarm),
  );
  const save = element("button", "md-button md-button--primary", t("Save the reminder for my calendar"));
  save.type = "submit";
  const status = element("p", "reminder__status");
  status.setAttribute("role", "status");
  // An empty field is told under that field, which gets the focus: from the Save button, the
  // words field is a screen above on a phone, and Python need not start just to say so.
  const problem = element("p", "reminder__problem");
  problem.id = id("problem");
  const blanks = [
    [title, () => title.value.trim() === "", t("Write what the reminder should say.")],
    [day, () => day.value === "", t("Choose the day of the reminder.")],
    [time, () => time.value === "", t("Choose the time of the reminder (hours and minutes).")],
  ];
  function unmark() {
    problem.remove();
    for (const [control] of blanks) {
      control.removeAttribute("aria-invalid");
      const rest = (control.getAttribute("aria-describedby") || "").replace(problem.id, "").trim();
      if (rest) control.setAttribute("aria-describedby", rest);
      else control.removeAttribute("aria-describedby");
    }
  }
  /** The first empty field, marked, described by its message and focused; false when none. */
  function markBlank() {
    unmark();
    const blank = blanks.find(([, empty]) => empty());
    if (!blank) return false;
    const [control, , message] = blank;
    problem.textContent = message;
    control.after(problem);
    control.setAttribute("aria-invalid", "true");
    control.setAttribute("aria-describedby", `${control.getAttribute("aria-describedby") || ""} ${problem.id}`.trim());
    control.focus();
    return true;
  }
  form.append(
    element(
      "p",
      "reminder__intro",
      t(
        "Your calendar app reminds you: this page saves a calendar file (.ics) for it to open. Nothing is sent anywhere, and the words are yours to change.",
      ),
    ),
    labelled(t("What the reminder says"), title),
    labelled(t("A note with it (optional)"), note),
    labelled(t("Day"), day),
    labelled(t("Time"), time),
    labelled(t("Repeat"), repeat),
    labelled(t("Alert me"), alarm),
    save,
    status,
  );
  // The browser draws the day and time in its own locale ("12/31/2026", "07:00 PM" on a Spanish
  // page): a line under each says them in the page's words, as under a worksheet's date fields.
  watchDateWords(form, { times: true });
  box.append(form);
  // The toggle event comes a moment after the box opens: someone quick may already have typed.
  // Their words win over the preset, field by field.
  const touched = new Set();
  form.addEventListener("input", (event) => touched.add(event.target));
  box.addEventListener(
    "toggle",
    () => {
      preset = presetOf();
      const fill = (field, value) => {
        if (!touched.has(field)) field.value = value;
      };
      fill(title, preset.title);
      fill(note, preset.note);
      fill(day, preset.day);
      fill(repeat, preset.repeat);
      fill(alarm, String(preset.alarm));
      form.dispatchEvent(new Event(ANSWERS_WRITTEN)); // written by code: the lines in words follow
    },
    { once: true },
  );

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    status.textContent = "";
    if (markBlank()) return;
    save.disabled = true;
    status.textContent = t("Making the calendar file…");
    const request = {
      name: preset.name,
      reminders: [
        {
          title: title.value,
          note: note.value,
          date: day.value,
          time: time.value,
          repeat: repeat.value,
          alarm: Number(alarm.value),
        },
      ],
    };
    try {
      const reply = await reminderFile(request, localDay());
      if (!reply.ok) {
        status.textContent = reply.error;
        return;
      }
      const { download } = reply;
      const link = element("a");
      link.href = URL.createObjectURL(new Blob([download.content], { type: download.media_type }));
      link.download = download.filename;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      status.textContent = t(
        "The calendar file “{name}” is saved to your downloads. Open it to add the reminder to your calendar.",
        { name: download.filename },
      );
    } catch (error) {
      status.textContent = t("The calendar file could not be made ({why}). Try again.", { why: reasonFor(error) });
    } finally {
      save.disabled = false;
    }
  });
  return box;
}

function worksheetPreset(form) {
  const title = form.querySelector(".worksheet__title")?.textContent?.trim() || t("My check-in");
  return {
    title,
    note: t("A few minutes each, on our own. Then we compare, if we both want to."),
    day: inDays(30),
    repeat: "monthly",
    alarm: 60,
    name: "closer-reminder",
  };
}

/** Mounted after a repeatable worksheet's form. */
export function mount(form) {
  const control = reminderControl(() => worksheetPreset(form));
  form.after(control);
  return () => control.remove();
}
