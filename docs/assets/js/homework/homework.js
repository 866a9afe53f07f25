// The client's side of a homework link: "Your homework" with the therapist's note, the due date
// (or a plan's steps as a path: done, next, later) and each item's status from the client's own
// saved answers, with a calendar reminder for the due date or for each step. A new link is checked first; a bad
// or cut-off link shows why and changes nothing. The homework stays until the client removes it.

import { clearAddress, watchAddressLink } from "../shared/address-link.js";
import { readableDate, readableDay } from "../shared/dates.js";
import { button, element } from "../shared/dom.js";
import { formatNumber, t, tn } from "../shared/i18n.js";
import { reasonFor } from "../shared/reasons.js";
import { currentURL, loadLabels, loadLinks } from "../shared/site-data.js";
import { printOnly } from "../sharing/print.js";
import { codeIn, decodeHomework, decodePlan, HOMEWORK_FRAGMENT, PLAN_FRAGMENT, planIn } from "./homework-link.js";
import { refreshHomeworkNav } from "./homework-nav.js";
import { duePreset, reminderShelf, stepPreset } from "./homework-reminder.js";
import { itemStatus } from "./homework-status.js";
import { keepHomework, loadHomework, markRead, removeHomework, restoreHomework } from "./homework-store.js";
import { stepStatuses } from "./plan-status.js";

/** An item's status, and make() for its list entry (a plan may list it under a step). */
function itemView(slug, links, labels, saved, rerender) {
  const link = links.bySlug.get(slug);
  const status = itemStatus(link, labels[link.worksheet], saved.read.includes(slug));
  return {
    slug,
    title: link.title,
    done: status.key === "done",
    make: () => itemEntry(slug, link, status, saved, rerender),
  };
}

function itemEntry(slug, link, status, saved, rerender) {
  const item = element("li", "homework__item");
  const anchor = element("a", "homework__title", link.title);
  anchor.href = currentURL(link);
  const kind = element(
    "span",
    "homework__kind",
    ` ${link.kind === "worksheet" ? t("(worksheet in “{page}”)", { page: link.page }) : t("(chapter)")}`,
  );
  const badge = element("span", "homework__status", status.text);
  badge.dataset.status = status.key;
  item.dataset.slug = slug;
  item.append(anchor, kind, " ", badge);
  if (status.detail) item.append(" ", element("span", "homework__detail", status.detail));
  if (link.kind !== "worksheet") {
    const label = element("label", "homework__read");
    const box = element("input");
    box.type = "checkbox";
    box.checked = saved.read.includes(slug);
    box.addEventListener("change", () => {
      markRead(slug, box.checked);
      rerender(
        box.checked
          ? t("Marked “{title}” as read.", { title: link.title })
          : t("Marked “{title}” as not read yet.", { title: link.title }),
      );
    });
    label.append(box, ` ${t("I have read “{title}”", { title: link.title })}`);
    item.append(label);
  }
  return item;
}

const STEP_WORDS = { done: () => t("Done"), next: () => t("Next"), later: () => t("Later") };

/** A plan's steps as a path: each step's day, its status, its items and its reminder. */
function pathView(saved, views, shelf) {
  const { steps } = saved.homework;
  const byslug = new Map(views.map((view) => [view.slug, view]));
  const statuses = stepStatuses(steps.map((step) => step.items.map((slug) => byslug.get(slug)?.done ?? false)));
  const path = element("ol", "homework__path");
  path.setAttribute("aria-label", t("Your plan, step by step"));
  steps.forEach((step, index) => {
    const mine = step.items.map((slug) => byslug.get(slug)).filter(Boolean);
    const item = element("li", "homework__step");
    item.dataset.status = statuses[index];
    const head = element("h3", "homework__step-title");
    head.append(
      t("Step {number}, by {date}", { number: formatNumber(index + 1), date: readableDay(step.due) }),
      " ",
      element("span", "homework__step-status", STEP_WORDS[statuses[index]]()),
    );
    if (statuses[index] === "next") item.setAttribute("aria-current", "step");
    const list = element("ul", "homework__items");
    // An item asked for in two steps is one item: each step shows it with its one status.
    list.append(...mine.map((view) => view.make()));
    const titles = mine.map((view) => view.title);
    item.append(head, list, shelf.control(`${saved.code}#${index}`, stepPreset(step, index, titles)));
    path.append(item);
  });
  const done = statuses.filter((status) => status === "done").length;
  return { path, done };
}

export function mount(container) {
  const alert = element("p", "homework__alert");
  alert.setAttribute("role", "alert");
  const status = element("p", "homework__message");
  status.setAttribute("role", "status");
  const body = element("div");
  container.replaceChildren(alert, status, body);
  let data = null;
  const shelf = reminderShelf();

  function render(message = "") {
    if (message) status.textContent = message;
    const { links, labels } = data;
    const found = loadHomework();
    if (found.status !== "ok") {
      const none =
        found.status === "unavailable"
          ? t(
              "This browser does not allow this site to keep anything, so homework cannot be kept here. The link still works: open it again when you need it.",
            )
          : t(
              "There is no homework kept on this device. When your therapist gives you a homework link, open it on this device and it will be kept here.",
            );
      body.replaceChildren(element("p", "homework__none", none));
      refreshHomeworkNav();
      return;
    }
    const { saved } = found;
    const section = element("section", "homework");
    section.setAttribute("aria-labelledby", "homework-title");
    const title = element("h2", null, t("Readings and worksheets"));
    title.id = "homework-title";
    section.append(
      title,
      element("p", "homework__received", t("Received {date}.", { date: readableDate(saved.received) })),
    );
    if (saved.homework.note) {
      section.append(
        element("p", "homework__note-label", t("Note from your therapist:")),
        element("blockquote", "homework__note", saved.homework.note),
      );
    }
    const steps = Array.isArray(saved.homework.steps) ? saved.homework.steps : null;
    if (saved.homework.due && !steps)
      section.append(element("p", "homework__due", t("To do by {date}.", { date: readableDay(saved.homework.due) })));
    const views = saved.homework.items
      .filter((slug) => links.bySlug.has(slug))
      .map((slug) => itemView(slug, links, labels, saved, render));
    let list;
    let progress;
    if (steps) {
      const plan = pathView(saved, views, shelf);
      list = plan.path;
      progress = element(
        "p",
        "homework__progress",
        t("{done} of {total} steps done.", { done: formatNumber(plan.done), total: formatNumber(steps.length) }),
      );
    } else {
      list = element("ol", "homework__items");
      list.append(...views.map((v) => v.make()));
      const done = views.filter((v) => v.done).length;
      progress = element(
        "p",
        "homework__progress",
        t("{done} of {total} done.", { done: formatNumber(done), total: formatNumber(views.length) }),
      );
    }
    const actions = element("div", "homework__actions");
    actions.append(
      button(t("Print this list"), () => printOnly(section)),
      button(t("Remove this homework from this device"), () => {
        removeHomework();
        const undo = button(t("Undo"), () => {
          restoreHomework(saved);
          render(t("The homework is back."));
        });
        render();
        status.replaceChildren(
          `${t("The homework was removed from this device. Your answers are still saved.")} `,
          undo,
        );
      }),
    );
    section.append(
      progress,
      list,
      element(
        "p",
        "homework__privacy",
        t(
          "Your answers stay on this device. Nothing is sent to your therapist or anyone else. To share them, use “Share with my therapist” below.",
        ),
      ),
      actions,
    );
    body.replaceChildren(section);
    if (!steps) body.append(shelf.control(`${saved.code}#due`, duePreset(saved.homework)));
    refreshHomeworkNav();
  }

  function keep(homework, code, previous) {
    const kept = keepHomework(homework, code);
    // The homework is kept (or refused) now; drop it from the address so a reload reads the saved copy.
    clearAddress();
    if (!kept.ok)
      return t(
        "This homework could not be kept on this device (storage is full or blocked). It is shown below for now.",
      );
    if (!kept.changed) return "";
    if (!previous) return t("This homework is now kept on this device, until you remove it.");
    render();
    status.replaceChildren(
      `${t("This new homework replaces the one kept before.")} `,
      button(t("Undo: keep the earlier homework"), () => {
        restoreHomework(previous);
        render(t("The earlier homework is back, with the chapters you had marked as read."));
      }),
    );
    return null;
  }

  /** A new link while other homework is kept: ask before replacing it and its read marks. */
  function askReplace(homework, code, current) {
    const marks = current.read.length;
    const ask = element("div", "homework__confirm");
    ask.setAttribute("role", "group");
    const question = element(
      "p",
      "homework__confirm-title",
      marks
        ? tn(
            "You already have homework kept here (received {date}, {count} chapter marked as read). Replace it with the homework from this link?",
            "You already have homework kept here (received {date}, {count} chapters marked as read). Replace it with the homework from this link?",
            marks,
            { date: readableDate(current.received) },
          )
        : t("You already have homework kept here (received {date}). Replace it with the homework from this link?", {
            date: readableDate(current.received),
          }),
    );
    question.id = "homework-replace-question";
    ask.setAttribute("aria-labelledby", question.id);
    const no = button(t("Keep the homework I have"), () => {
      clearAddress(); // refused: a reload reads the homework kept before
      ask.remove();
      render(t("The homework you had is kept. The new link was not used."));
    });
    const yes = button(
      t("Replace it"),
      () => {
        ask.remove();
        const message = keep(homework, code, current);
        if (message !== null) render(message);
      },
      true,
    );
    ask.append(question, yes, no);
    container.insertBefore(ask, body);
    no.focus();
  }

  /** The homework in the address ({ ok, homework, code } or { ok: false, message }), or null. */
  async function readLink() {
    const known = new Set(data.links.bySlug.keys());
    const token = planIn(window.location.hash);
    if (token !== null) {
      const decoded = await decodePlan(token, known);
      return decoded.ok ? { ...decoded, code: `plan=${token}` } : decoded;
    }
    const code = codeIn(window.location.hash);
    if (code === null) return null;
    const decoded = decodeHomework(code, known);
    return decoded.ok ? { ...decoded, code } : decoded;
  }

  async function openLink() {
    const decoded = await readLink();
    if (decoded === null) return "";
    alert.textContent = "";
    if (!decoded.ok) {
      alert.textContent = decoded.message;
      return "";
    }
    const { code } = decoded;
    const current = loadHomework();
    if (current.status === "ok" && current.saved.code !== code) {
      askReplace(decoded.homework, code, current.saved);
      return "";
    }
    return keep(decoded.homework, code, null) ?? "";
  }

  const refresh = () => data && render();
  let live = true;
  Promise.all([loadLinks(), loadLabels()])
    .then(([links, labels]) => {
      if (!live) return;
      data = { links, labels };
      return openLink().then(render);
    })
    .catch((error) => {
      alert.textContent = t("The homework could not be shown: {reason}", { reason: reasonFor(error) });
    });
  // Another tab saved answers, or the page came back from the back-forward cache: update.
  // A homework link opened while this page is open only changes the fragment.
  const onShow = (event) => event.persisted && refresh();
  // It stays in the address until it is kept or refused (above), and is not handed back.
  const link = watchAddressLink([PLAN_FRAGMENT, HOMEWORK_FRAGMENT], () => data && openLink().then(render));
  window.addEventListener("storage", refresh);
  window.addEventListener("pageshow", onShow);
  return () => {
    live = false;
    window.removeEventListener("storage", refresh);
    window.removeEventListener("pageshow", onShow);
    link.unmount();
  };
}
