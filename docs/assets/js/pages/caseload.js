// The therapist's caseload, on their own device only: open or drop several client files, or
// paste client links, and see each client under a label the therapist chooses (never written
// into the client's file), with the dates received, homework status and the check-in themes
// over time. Shown only, unless the therapist chooses to keep it, encrypted with their own
// passphrase (caseload-store.js). Nothing is sent anywhere.
import { fragmentValue } from "../shared/address-link.js";
import { readableDate } from "../shared/dates.js";
import { button, element } from "../shared/dom.js";
import { styleFilePicker } from "../shared/file-picker.js";
import { t, tn } from "../shared/i18n.js";
import { loadLabels } from "../shared/site-data.js";
import { FRAGMENT, homeworkView, readHomework, readShared } from "../sharing/answers-link.js";
import { decodeToken, isSealed } from "../sharing/link-codec.js";
import { passphraseChoice, passphrasePrompt } from "../sharing/passphrase.js";
import { readChosenFile, unlockFile } from "../storage/answers-io.js";
import { mergeByDate } from "../storage/history.js";
import { themeNames, themesChart } from "./caseload-chart.js";
import { forgetCaseload, hasKept, keepCaseload, openCaseload } from "./caseload-store.js";

let counter = 0;

/** Every dated check-in in a client's files, one per day, oldest first. */
export function checkinHistory(client) {
  return client.records
    .filter((r) => r.worksheet === "checkin")
    .reduce((all, r) => mergeByDate(all, Array.isArray(r.answers?.history) ? r.answers.history : []), []);
}

export function mount(container) {
  let clients = [];
  let keptWith = ""; // the therapist's passphrase, in memory only, once they chose to keep
  let names = new Map();
  let locked = hasKept(); // a kept caseload not opened yet: offering to keep would replace it
  const alert = element("div", "caseload__alert");
  alert.setAttribute("role", "alert");
  const status = element("p", "caseload__status");
  status.setAttribute("role", "status");
  const ask = element("div", "caseload__ask");

  const files = element("input");
  files.type = "file";
  files.multiple = true;
  files.accept = ".json,application/json";
  files.id = "caseload-files";
  styleFilePicker(files);
  const filesLabel = element("label", "caseload__files", t("Client files (you can choose several)"));
  filesLabel.htmlFor = files.id;
  const drop = element("div", "caseload__drop");
  drop.append(filesLabel, files, element("p", "caseload__drop-help", t("Or drop the files here.")));
  const links = element("textarea");
  links.id = "caseload-links";
  links.rows = 3;
  const linksLabel = element("label", null, t("Client links, one per line"));
  linksLabel.htmlFor = links.id;
  const addLinks = button(t("Add the links"), () => addAllLinks());
  const target = element("select");
  target.id = "caseload-target";
  const targetLabel = element("label", null, t("Add what you open to"));
  targetLabel.htmlFor = target.id;
  const list = element("section", "caseload__list");
  list.setAttribute("aria-labelledby", "caseload-list-title");
  const keepArea = element("section", "caseload__keep");
  container.replaceChildren(element("div", "caseload__field", ""), ask, alert, status, list, keepArea);
  container.firstChild.append(targetLabel, target, drop, linksLabel, links, addLinks);

  function problem(text) {
    alert.append(element("p", null, text));
  }

  /** Ask for a passphrase; `tryOpen(secret)` resolves to "" when it worked, else a message. */
  function askSecret(intro, tryOpen) {
    return new Promise((resolve) => {
      ask.replaceChildren(
        passphrasePrompt(
          async (secret) => {
            const message = await tryOpen(secret);
            if (!message) {
              ask.replaceChildren();
              resolve();
            }
            return message;
          },
          () => {
            ask.replaceChildren();
            resolve();
          },
          { intro, label: t("Passphrase"), action: t("Open") },
        ),
      );
    });
  }

  function add(file, homework) {
    const records = file.records.filter((r) => (r.profile || "self") === "self");
    const entry = { received: new Date().toISOString(), made: file.exported || "", homework, records };
    const chosen = clients.find((c) => c.id === target.value);
    if (chosen) chosen.files.push(entry);
    else {
      counter += 1;
      clients.push({
        id: `client-${Date.now()}-${counter}`,
        label: t("Client {n}", { n: clients.length + 1 }),
        files: [entry],
      });
    }
    changed(t("Added to the caseload."));
  }

  async function addFile(chosen) {
    const read = await readChosenFile(chosen);
    if (!read.ok) return problem(`${chosen.name}: ${read.message}`);
    if (!read.locked) return add(read.file, readHomework(read.file.homework));
    await askSecret(t("“{name}” is locked with a passphrase.", { name: chosen.name }), async (secret) => {
      const opened = await unlockFile(read.envelope, secret);
      if (!opened.ok) return opened.message;
      add(opened.file, readHomework(opened.file.homework));
      return "";
    });
  }

  async function addLink(text, n) {
    let token = null;
    try {
      token = fragmentValue(new URL(text).hash, FRAGMENT);
    } catch {
      token = null;
    }
    const bad = t("Link {n} is not a client's answers link, or it was cut short. Ask your client to make it again.", {
      n,
    });
    if (token === null || isSealed(token) === null) return problem(bad);
    const open = async (secret) => {
      const read = await decodeToken(token, secret);
      const shared = read.ok ? readShared(read.value) : null;
      if (shared) add(shared.file, shared.homework);
      return read.ok ? (shared ? "" : "bad") : read.reason;
    };
    if (!isSealed(token)) return (await open("")) && problem(bad);
    await askSecret(t("Link {n} is locked with a passphrase.", { n }), async (secret) => {
      const reason = await open(secret);
      if (!reason) return "";
      if (reason === "bad" || reason === "damaged") {
        problem(bad);
        return "";
      }
      return t("That passphrase does not open this link. Check it with your client and try again.");
    });
  }

  async function addAll(chosen) {
    alert.replaceChildren();
    for (const file of chosen) await addFile(file);
  }

  async function addAllLinks() {
    alert.replaceChildren();
    const lines = links.value
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) return problem(t("Paste at least one client link first."));
    for (const [i, line] of lines.entries()) await addLink(line, i + 1);
    links.value = "";
  }

  async function changed(message) {
    render();
    status.textContent = message;
    if (!keptWith) return;
    if (!(await keepCaseload(clients, keptWith)))
      status.textContent = t("The caseload could not be kept on this device (storage is full or blocked).");
  }

  function card(client) {
    const section = element("section", "caseload__client");
    const heading = element("h3", null, client.label);
    heading.tabIndex = -1;
    const labelInput = element("input");
    labelInput.type = "text";
    labelInput.id = `${client.id}-label`;
    labelInput.value = client.label;
    labelInput.maxLength = 80;
    const labelLabel = element(
      "label",
      null,
      t("Your label for this client (only on this device, never in their file)"),
    );
    labelLabel.htmlFor = labelInput.id;
    labelInput.addEventListener("change", () => {
      client.label = labelInput.value.trim() || client.label;
      heading.textContent = client.label;
      changed(t("Label changed to “{label}”.", { label: client.label }));
    });
    const received = element("ul", "caseload__received");
    for (const f of client.files) {
      const count = f.records.length;
      received.append(
        element(
          "li",
          null,
          // What a therapist would say: each record is one worksheet's answers.
          tn("Received {date}: answers to {count} worksheet", "Received {date}: answers to {count} worksheets", count, {
            date: readableDate(f.received),
          }),
        ),
      );
    }
    section.append(heading, labelLabel, labelInput, element("h4", null, t("Received")), received);
    const homework = [...client.files].reverse().find((f) => f.homework)?.homework;
    if (homework) section.append(homeworkView(homework));
    else section.append(element("p", null, t("No homework status came with what this client shared.")));
    const history = checkinHistory({ records: client.files.flatMap((f) => f.records) });
    section.append(element("h4", null, history.length > 1 ? t("Check-in themes over time") : t("Check-in themes")));
    if (history.length) section.append(themesChart(history, names));
    else section.append(element("p", null, t("No check-ins in what this client shared.")));
    section.append(
      button(t("Remove this client"), () => {
        clients = clients.filter((c) => c !== client);
        changed(t("“{label}” was removed from the caseload.", { label: client.label }));
        document.getElementById("caseload-list-title")?.focus();
      }),
    );
    return section;
  }

  function render() {
    const title = element("h2", null, t("Clients ({count})", { count: clients.length }));
    title.id = "caseload-list-title";
    title.tabIndex = -1;
    // An empty list says how to fill it, not just "(0)" over nothing.
    const empty = clients.length
      ? []
      : [element("p", "caseload__empty", t("No client yet. Choose their files or paste their links above."))];
    list.replaceChildren(title, ...empty, ...clients.map(card));
    const chosen = target.value;
    target.replaceChildren(element("option", null, t("A new client")));
    target.firstChild.value = "";
    for (const c of clients) {
      const option = element("option", null, c.label);
      option.value = c.id;
      option.selected = c.id === chosen;
      target.append(option);
    }
    renderKeep();
  }

  function renderKeep() {
    keepArea.replaceChildren(element("h2", null, t("Keep this caseload on this device")));
    if (locked) {
      keepArea.append(
        element(
          "p",
          null,
          t("A caseload is kept on this device: open it above first (reload the page to be asked again)."),
        ),
        button(t("Forget the caseload kept on this device"), () => {
          forgetCaseload();
          locked = false;
          renderKeep();
          status.textContent = t("The caseload kept on this device was forgotten.");
        }),
      );
      return;
    }
    if (keptWith) {
      keepArea.append(
        element("p", null, t("This caseload is kept on this device, locked with your passphrase.")),
        button(t("Stop keeping it (forget the copy on this device)"), () => {
          forgetCaseload();
          keptWith = "";
          renderKeep();
          status.textContent = t(
            "The caseload is no longer kept on this device. It is still shown until you close the page.",
          );
        }),
      );
      return;
    }
    // The caseload's own words: its passphrase is not optional, and it is nobody else's to be told.
    const lock = passphraseChoice({
      label: t("Passphrase to lock the caseload"),
      help: t(
        "Nobody can open the kept caseload without it, including you. It cannot be recovered if it is lost. Use at least 8 characters.",
      ),
      tooShort: t("The passphrase needs at least 8 characters."),
    });
    const keepStatus = element("p", "caseload__keep-status");
    keepStatus.setAttribute("role", "status");
    keepStatus.id = "caseload-keep-problem";
    keepArea.append(
      element(
        "p",
        null,
        t("Only if you choose: it is then locked with your own passphrase, which cannot be recovered."),
      ),
      lock.element,
      button(t("Keep it, locked with my passphrase"), async () => {
        const secret = lock.read();
        if (!secret.ok) keepStatus.textContent = "";
        else if (!secret.passphrase) keepStatus.textContent = t("Choose a passphrase to lock the caseload with.");
        else if (!(await keepCaseload(clients, secret.passphrase)))
          keepStatus.textContent = t("The caseload could not be kept on this device (storage is full or blocked).");
        else {
          keptWith = secret.passphrase;
          renderKeep();
          status.textContent = t("The caseload is kept on this device, locked with your passphrase.");
        }
      }),
      keepStatus,
    );
  }

  const onFiles = () => {
    const chosen = [...(files.files || [])];
    files.value = "";
    addAll(chosen);
  };
  const onOver = (event) => {
    event.preventDefault();
    drop.classList.add("caseload__drop--over");
  };
  const onLeave = () => drop.classList.remove("caseload__drop--over");
  const onDrop = (event) => {
    event.preventDefault();
    onLeave();
    addAll([...(event.dataTransfer?.files || [])]);
  };
  files.addEventListener("change", onFiles);
  drop.addEventListener("dragover", onOver);
  drop.addEventListener("dragleave", onLeave);
  drop.addEventListener("drop", onDrop);

  loadLabels()
    .then((labels) => {
      names = themeNames(labels.checkin);
      render();
    })
    .catch(() => render());
  if (locked) {
    askSecret(t("A caseload is kept on this device. Type your passphrase to open it."), async (secret) => {
      const opened = await openCaseload(secret);
      if (!opened.ok) return opened.message;
      clients = opened.clients;
      keptWith = secret;
      locked = false;
      render();
      status.textContent = t("Your kept caseload is open.");
      return "";
    });
  }
  return () => {
    files.removeEventListener("change", onFiles);
    drop.removeEventListener("drop", onDrop);
  };
}
