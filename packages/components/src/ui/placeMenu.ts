import { windowOf } from './domRealm.ts';
import { isRightToLeft } from './isRightToLeft.ts';
import { acrossRoom, clampAcross, type AcrossBounds } from './placePopover.ts';

/**
 * Places an open dropdown `menu` (absolutely positioned under its `trigger`, by the stylesheet at the trigger's end
 * edge) across, with the clamping placePopover gives popovers: at the trigger's end edge where it fits,
 * else at its start edge (a trigger the toolbar wrapped to the start of a narrow log), else moved in as little as
 * needed; always inside the viewport of the trigger's window and inside `within` (the log, when the host gives it
 * less than the window). Narrower than the menu, the room caps its width and its items wrap (WCAG 1.4.10).
 *
 * Moved by `translate`, so it still scrolls with the page and its trigger, and the stylesheet's end-edge
 * placement holds until this runs and wherever script does not.
 *
 * @example
 * placeMenu(menu, button, button.closest('.auditkit')?.getBoundingClientRect());
 */
export function placeMenu(menu: HTMLElement, trigger: HTMLElement, within?: AcrossBounds): void {
  const view = windowOf(trigger);
  // Measured where and as wide as the stylesheet has it, not as an earlier, smaller viewport left it.
  menu.style.translate = '';
  menu.style.minInlineSize = '';
  menu.style.maxInlineSize = '';
  const room = acrossRoom(view, within);
  const roomWidth = room.right - room.left;
  // Both: the stylesheet's min-width would otherwise win over a max-inline-size (the box is border-box).
  if (menu.getBoundingClientRect().width > roomWidth) {
    menu.style.minInlineSize = `${roomWidth}px`;
    menu.style.maxInlineSize = `${roomWidth}px`;
  }
  const box = menu.getBoundingClientRect();
  const button = trigger.getBoundingClientRect();
  const rtl = isRightToLeft(trigger);
  const atEnd = rtl ? button.left : button.right - box.width;
  const atStart = rtl ? button.right - box.width : button.left;
  const fits = (left: number) => left >= room.left && left + box.width <= room.right;
  const left = fits(atEnd) ? atEnd : fits(atStart) ? atStart : clampAcross(atEnd, box.width, view, within);
  const shift = left - box.left;
  // Half a pixel is rounding, not a move: the usual case, at the end edge, keeps no inline style.
  if (Math.abs(shift) >= 0.5) menu.style.translate = `${shift}px`;
}
