// Entry: mount every worksheet on each page, including pages swapped in by Material's
// instant navigation, and unmount what the previous page started.
import { mountLanguageSwitch } from "./pages/language-switch.js";
import { mountMenuPosition } from "./pages/menu-position.js";
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
  unmounts.push(mountMenuPosition());
}

// Delegated listeners on document survive instant navigation: attach them once.
mountPageTools();
mountLanguageSwitch(); // Material's language selector: the same page, in the chosen language
mountOffline(); // service worker, update notice, offline status

// On every page change by instant navigation (it may move between /en and /es) the words first
// follow the new page's language, its catalog loaded if this language's was not yet, and only
// then is the page mounted, so nothing on it is shown in the other language. The first page's
// <html lang> and catalog are its own (the catalog's deferred script ran before this module),
// so the first emission (the page as loaded) mounts at once.
let loaded = false;
let shown = 0;
function followAndMount() {
  if (!loaded) {
    loaded = true;
    mountPage();
    return;
  }
  const current = ++shown;
  const catalogLoaded = followPageLanguage();
  if (!catalogLoaded) mountPage();
  else
    catalogLoaded.then(() => {
      if (current === shown) mountPage(); // a later page change mounts its own page
    });
}

if (window.document$) window.document$.subscribe(followAndMount);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountPage);
else mountPage();
