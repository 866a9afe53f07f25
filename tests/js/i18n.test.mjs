import assert from "node:assert/strict";
import { test } from "node:test";
import { resetCatalog, t } from "../../docs/assets/js/shared/i18n.js";

test("with no catalog, the English text is shown with its placeholders filled", () => {
  resetCatalog();
  assert.equal(t("Choose up to {count} cards", { count: 3 }), "Choose up to 3 cards");
});

test("an unknown placeholder is left as written, not dropped", () => {
  resetCatalog();
  assert.equal(t("Hello {name}"), "Hello {name}");
});
