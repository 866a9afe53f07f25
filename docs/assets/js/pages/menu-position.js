// The site menu on a desktop. Material scrolls it once as a page opens, to centre the current
// page's link, and that can leave the link above half under the menu's sticky "Closer" title
// (its words cut through the middle). Once Material has scrolled, this moves the menu the few
// pixels that show that link whole, or hide it wholly under the title, keeping the current page
// in view. The person's own scrolling of the menu is left alone.

const DESKTOP = "(min-width: 76.25em)"; // where Material shows the menu beside the page
const INPUT = ["wheel", "pointerdown", "keydown", "touchstart"];

/** Where the title's cover ends: its box, then its box-shadow in the page colour (solid for
 * the spread, fading over the blur; words are readable from the middle of the fade). */
function coverOf(title) {
  const lengths = (getComputedStyle(title).boxShadow.match(/-?[\d.]+px/g) || []).map(parseFloat);
  const [, , blur = 0, spread = 0] = lengths;
  const bottom = title.getBoundingClientRect().bottom + Math.max(0, spread);
  return { solid: bottom, readable: bottom + Math.max(0, blur) / 2 };
}

const MOST = 48; // px: a nudge of about one link, never a jump

/**
 * The scroll (px, up < 0 < down) after which no link is cut by the title (nor, where the same
 * nudge allows, by the menu's bottom edge) and the current page's link stays in view; 0 when
 * no link is cut by the title.
 */
export function shiftFor(wrap, title) {
  const cover = coverOf(title);
  const edge = wrap.getBoundingClientRect().bottom;
  const links = [...wrap.querySelectorAll(".md-nav__link")]
    .map((link) => link.getBoundingClientRect())
    .filter((r) => r.height > 0);
  const active = [...wrap.querySelectorAll(".md-nav__link--active")]
    .map((link) => link.getBoundingClientRect())
    .find((r) => r.height > 0);
  const topClean = (s) => !links.some((r) => r.top - s < cover.readable - 0.5 && r.bottom - s > cover.solid + 0.5);
  const bottomClean = (s) => !links.some((r) => r.top - s < edge - 0.5 && r.bottom - s > edge + 0.5);
  if (topClean(0)) return 0; // a link cut by the bottom edge says the menu goes on
  const room = { up: wrap.scrollTop, down: wrap.scrollHeight - wrap.clientHeight - wrap.scrollTop };
  const possible = (s) =>
    Math.abs(s) <= MOST &&
    (s > 0 ? s <= room.down : -s <= room.up) &&
    (!active?.height || (active.top - s >= cover.readable && active.bottom - s <= edge));
  // Each way of resting a link's edge on the title's cover or on the bottom edge.
  const shifts = links
    .flatMap((r) => [r.top - cover.readable, r.bottom - cover.solid, r.bottom - edge, r.top - edge])
    .map((s) => (s > 0 ? Math.ceil(s) : Math.floor(s)))
    .filter(possible)
    .sort((a, b) => Math.abs(a) - Math.abs(b));
  return shifts.find((s) => topClean(s) && bottomClean(s)) ?? shifts.find(topClean) ?? 0;
}

/** Watch the menu of the page now shown; returns the unmount. */
export function mountMenuPosition() {
  const wrap = document.querySelector(".md-sidebar--primary .md-sidebar__scrollwrap");
  const title = wrap?.querySelector(".md-nav--primary > .md-nav__title");
  if (!(wrap instanceof HTMLElement) || !(title instanceof HTMLElement)) return () => {};
  let frame = 0;
  const settle = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (!window.matchMedia(DESKTOP).matches) return;
      const shift = shiftFor(wrap, title);
      if (shift) wrap.scrollTop += shift;
    });
  };
  // From the person's first wheel, touch, click or key on, the menu's position is theirs.
  const stop = () => {
    cancelAnimationFrame(frame);
    resized.disconnect();
    wrap.removeEventListener("scroll", settle);
    for (const type of INPUT) document.removeEventListener(type, stop, true);
  };
  // Material scrolls, and sets the menu's height, in frames after the page is shown.
  const resized = new ResizeObserver(settle);
  resized.observe(wrap);
  wrap.addEventListener("scroll", settle, { passive: true });
  for (const type of INPUT) document.addEventListener(type, stop, { capture: true, passive: true });
  settle(); // Material may have scrolled already
  return stop;
}
