import { windowOf } from './domRealm.ts';
import { isRightToLeft } from './isRightToLeft.ts';

/** Room kept between a popover and the edges of the viewport, in CSS pixels. */
const margin = 8;
/** Gap between the trigger and the popover below it. */
const gap = 4;

/**
 * The part of `view`'s viewport height that is on screen, in the coordinates `position: fixed` uses (the layout
 * viewport's): shorter than the window while an on-screen keyboard is up or the page is pinch-zoomed.
 */
function visibleBlock(view: Window) {
  const visual = view.visualViewport;
  return visual ? { top: visual.offsetTop, height: visual.height } : { top: 0, height: view.innerHeight };
}

/** The sides, across, of what a popover must stay inside: a viewport (zoom and rotation change its width). */
export interface AcrossBounds {
  left: number;
  right: number;
}

/**
 * Where, across, a popover `width` wide that would start at `left` goes: moved in, as little as needed, so that it
 * keeps the margin from the sides of `view`'s viewport and stays inside `within` (a log narrower than the window)
 * where that leaves any room. Too wide for the room, its left side stays in view.
 *
 * @example
 * dialog.style.left = `${clampAcross(trigger.getBoundingClientRect().left, dialog.offsetWidth, view)}px`;
 */
export function clampAcross(left: number, width: number, view: Window, within?: AcrossBounds): number {
  const room = acrossRoom(view, within);
  return Math.max(room.left, Math.min(left, room.right - width));
}

/** The room across for a popover: the window's width less the margins, inside `within` when that leaves room. */
export function acrossRoom(view: Window, within?: AcrossBounds): AcrossBounds {
  // Across, the window's width (zoom and rotation change it): a pinch-zoomed panel wider than what is on screen
  // must not follow the visual viewport, or panning could never bring its far side into view.
  const left = margin;
  const right = view.innerWidth - margin;
  if (!within) return { left, right };
  // A log scrolled sideways out of view leaves no room of its own: the window's then.
  const inside = { left: Math.max(left, within.left), right: Math.min(right, within.right) };
  return inside.right > inside.left ? inside : { left, right };
}

/**
 * Places an open modal `dialog` under its `trigger`, aligned with the trigger's start edge (its left in
 * left-to-right text, its right in right-to-left), inside the viewport of the trigger's window (an iframe's for a
 * framed log) and, down, inside its visible part (above an on-screen keyboard); and caps its height to the room
 * left below its top, so its own scroll reaches its last control however small the viewport (400% zoom, a phone
 * turned sideways, an on-screen keyboard).
 *
 * @example
 * dialog.showModal();
 * placePopover(dialog, trigger);
 */
export function placePopover(dialog: HTMLElement, trigger: HTMLElement): void {
  const view = windowOf(trigger);
  const visible = visibleBlock(view);
  const rect = trigger.getBoundingClientRect();
  // Measured at the height its content and the stylesheet give it, not the cap of an earlier, smaller viewport.
  dialog.style.maxBlockSize = '';
  const width = dialog.offsetWidth;
  const height = dialog.offsetHeight;
  const start = isRightToLeft(trigger) ? rect.right - width : rect.left;
  const left = clampAcross(start, width, view);
  const bottom = visible.top + visible.height - margin;
  const top = Math.max(visible.top + margin, Math.min(rect.bottom + gap, bottom - height));
  dialog.style.left = `${left}px`;
  dialog.style.top = `${top}px`;
  // max-block-size counts the padding and border only under border-box (the stylesheet's, not the browser's).
  const style = view.getComputedStyle(dialog);
  const edges =
    style.boxSizing === 'border-box'
      ? 0
      : ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce(
          (sum, side) => sum + (Number.parseFloat(style[side as 'paddingTop']) || 0),
          0,
        );
  dialog.style.maxBlockSize = `${Math.max(0, bottom - top - edges)}px`;
}

/**
 * Calls `place` again, at most once a frame, whenever the viewport of `view` changes while a popover is open:
 * the window is resized (zoom, rotation, a resized frame) or its visual viewport is resized or scrolled (an
 * on-screen keyboard, pinch zoom). Returns the function that stops listening.
 *
 * @example
 * useEffect(() => (open ? followViewport(windowOf(trigger), place) : undefined), [open]);
 */
export function followViewport(view: Window, place: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  const visual = view.visualViewport;
  view.addEventListener('resize', schedule);
  visual?.addEventListener('resize', schedule);
  visual?.addEventListener('scroll', schedule);
  return () => {
    view.cancelAnimationFrame(frame);
    view.removeEventListener('resize', schedule);
    visual?.removeEventListener('resize', schedule);
    visual?.removeEventListener('scroll', schedule);
  };
}
