// "Add a reminder to my calendar", under a repeatable worksheet (the check-in: every month) and
// on the homework page (the due date, once). The person writes the words; Python writes the
// .ics (worksheets/reminders.py) with an alarm, and the browser saves it for their calendar
// app to open. No notification, nothing on a server: the calendar on their device reminds them.
import { loadHomework } from "../homework/homework-store.js";
import { reminderFile } from "../runtime/runtime.js";
import { element } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
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
 *  alarm, name }), asked when it is first opened: the homework page keeps a newly opened
 *  homework (and its due date) only once its own script has run. */
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
  box.append(form);
  box.addEventListener(
    "toggle",
    () => {
      preset = presetOf();
      title.value = preset.title;
      note.value = preset.note;
      day.value = preset.day;
      repeat.value = preset.repeat;
      alarm.value = String(preset.alarm);
    },
    { once: true },
  );

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
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
      status.textContent = t("The calendar file could not be made ({why}). Try again.", { why: error.message });
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

function homeworkPreset() {
  const found = loadHomework();
  const due = found.status === "ok" ? found.saved.homework.due : "";
  return {
    title: t("My homework from my therapist"),
    note: t("Open “Your homework” in the Closer guide."),
    day: due || inDays(7),
    repeat: "none",
    alarm: 1440,
    name: "closer-homework-reminder",
  };
}

/** Mounted on a repeatable worksheet's form (after it) or on the homework page's container. */
export function mount(container) {
  const isForm = container instanceof HTMLFormElement;
  const control = reminderControl(isForm ? () => worksheetPreset(container) : homeworkPreset);
  if (isForm) container.after(control);
  else container.append(control);
  return () => control.remove();
}
