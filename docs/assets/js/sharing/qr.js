// A QR code drawn as SVG in the browser, offline: the npm package qrcode-generator (pinned in
// package.json) is copied into the site by the build (macros/therapist_data.py).
import qrcode from "../../vendor/qrcode-generator/qrcode.mjs";

const SVG = "http://www.w3.org/2000/svg";
const QUIET = 4; // the blank margin scanners need, in modules

/** An <svg role="img"> of `text` with medium error correction; `name` is its text alternative. */
export function qrSvg(text, name) {
  const code = qrcode(0, "M");
  code.addData(text, "Byte");
  code.make();
  const count = code.getModuleCount();
  const size = count + 2 * QUIET;
  let path = "";
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (code.isDark(row, col)) path += `M${col + QUIET},${row + QUIET}h1v1h-1z`;
    }
  }
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", name);
  svg.setAttribute("class", "qr");
  svg.dataset.modules = String(count);
  const back = document.createElementNS(SVG, "rect");
  back.setAttribute("width", String(size));
  back.setAttribute("height", String(size));
  back.setAttribute("class", "qr__back");
  const dark = document.createElementNS(SVG, "path");
  dark.setAttribute("d", path);
  dark.setAttribute("class", "qr__dark");
  svg.append(back, dark);
  return svg;
}
