// Entry: mount every worksheet on each page, including pages swapped in by Material's
// instant navigation, and unmount what the previous page started.
import { mountLanguageSwitch } from "./pages/language-switch.js";
import { mountNextChapter } from "./pages/next-chapter.js";
import { mountOffline } from "./pages/offline.js";
import { mountPageTools } from "./pages/page-tools.js";
import { mountSafetyChecks } from "./safety/safety-check.js";
import { followPageLanguage } from "./shared/i18n.js";
import { mountSharingTools } from "./sharing/sharing-tools.js";
import { mountWorksheet } from "./worksheet/worksheet.js";

let unmounts = [];

function mountPage() {
  for (const unmount of unmounts) unmount();
  unmounts = [...document.querySelectorAll("form.worksheet[data-worksheet]")].map(mountWorksheet);
  unmounts.push(mountSharingTools()); // after the worksheets: it adds to their forms
  unmounts.push(mountNextChapter());
  unmounts.push(mountSafetyChecks()); // after partner mode: it holds back its buttons
}

// First on every page change by instant navigation (it may move between /en and /es): the words
// follow the new page's language before anything on it is shown. The first page's <html lang>
// is its own, so the first emission (the page as loaded) is left as it is.
let loaded = false;
window.document$?.subscribe(() => {
  if (loaded) followPageLanguage();
  loaded = true;
});
// Delegated listeners on document survive instant navigation: attach them once.
mountPageTools();
mountLanguageSwitch(); // Material's language selector: the same page, in the chosen language
mountOffline(); // service worker, update notice, offline status

if (window.document$) window.document$.subscribe(mountPage);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountPage);
else mountPage();
