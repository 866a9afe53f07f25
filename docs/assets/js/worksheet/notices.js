// Small pieces of page text the worksheet shows: buttons, the "from an earlier version" box,
// and saving a text file. Everything the reader wrote is set as text.
import { t } from "../shared/i18n.js";

export function actionButton(text, onClick) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "md-button";
  button.textContent = text;
  button.addEventListener("click", onClick, { once: true });
  return button;
}

export function downloadText(filename, text) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Answers a new version could not carry over: shown as written, until dismissed. */
export function earlierBox(items, onDismiss) {
  const box = document.createElement("section");
  box.className = "worksheet__earlier";
  box.setAttribute("aria-label", t("Answers from an earlier version"));
  const heading = document.createElement("p");
  heading.className = "worksheet__earlier-title";
  heading.textContent = t("From an earlier version of this worksheet");
  const intro = document.createElement("p");
  intro.textContent = t(
    "These answers no longer fit the questions as they are now. They are kept here as you wrote them.",
  );
  const list = document.createElement("dl");
  for (const item of items) {
    const question = document.createElement("dt");
    question.textContent = String(item.question);
    const answer = document.createElement("dd");
    answer.textContent = String(item.answer);
    list.append(question, answer);
  }
  const dismiss = actionButton(t("I have noted these, remove them"), () => {
    box.remove();
    onDismiss();
  });
  box.append(heading, intro, list, dismiss);
  return box;
}
