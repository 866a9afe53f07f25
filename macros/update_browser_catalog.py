"""`python -m macros.update_browser_catalog`: write locale/browser.pot from the browser code's
t()/tn() calls and merge it into every locale/<lang>/LC_MESSAGES/browser.po (new strings arrive
untranslated, changed ones fuzzy: the build refuses both until a translator has filled them in)."""

from __future__ import annotations

import sys
from pathlib import Path

from .browser_catalog import update

if __name__ == "__main__":
    update(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd())
