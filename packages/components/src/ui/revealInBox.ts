/**
 * Scrolls `box` up or down as little as brings `element` into its view between `inset.top` and `inset.bottom` px
 * from its inner edges (a sticky header, scroll padding): its end, unless that takes its start out of view, which
 * wins (the row of an open card taller than the box stays at the top). `scrollIntoView` would scroll the host's
 * page and the box sideways too. Sub-pixel differences are left alone so a box followed on resize settles.
 */
export function revealInBox(
  box: HTMLElement,
  element: Element,
  inset: { top: number; bottom: number },
): void {
  const frame = box.getBoundingClientRect();
  const top = frame.top + box.clientTop + inset.top;
  const bottom = frame.top + box.clientTop + box.clientHeight - inset.bottom;
  const { top: start, bottom: end } = element.getBoundingClientRect();
  const by = end > bottom ? Math.min(end - bottom, start - top) : Math.min(start - top, 0);
  if (Math.abs(by) > 0.5) box.scrollTop += by;
}
