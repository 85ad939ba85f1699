import {
  useCallback,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { forgetTimestamp, pointerOffTimestamp, pointerOnTimestamp } from '../cells/watchTimestamp.ts';

/** Props of {@link TipButton}. */
export interface TipButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'aria-label' | 'title' | 'type'
> {
  /** The button's accessible name, shown as its tooltip on hover and on focus. */
  label: string;
}

/**
 * Which way the tip opens: away from the nearer side of the panel, so a long label stays inside it (on a phone's
 * card too) instead of widening the table's scroll box. Read each time it shows, as the layout may have changed.
 */
function aimTip(holder: HTMLElement) {
  const panel = holder.closest('[data-slot="audit-details"]') ?? holder.ownerDocument.documentElement;
  const room = panel.getBoundingClientRect();
  const at = holder.getBoundingClientRect();
  const left = at.left + at.right > room.left + room.right;
  holder.setAttribute('data-toward', left ? 'left' : 'right');
}

/**
 * An icon-only button of the details whose name shows on hover and on focus, in the tooltip the table's times use
 * (`.auditkit-tooltip`): a `title` shows to neither the keyboard nor touch. As WCAG 1.4.13 asks, the pointer can
 * move onto it, it stays while hovered or focused, and Escape hides it without moving focus: that Escape is taken,
 * or the events grid's (leave the panel for its row) would move focus too; the next one goes on as before. Hover's
 * Escape, with focus elsewhere, is the times' (watchTimestamp), which works for any holder of a tip. The name is
 * still the button's `aria-label`; the tip is hidden from assistive technology, which would read it twice, and is
 * in the page only while the pointer or focus is on the button, so a search of the panel's text (a host's test,
 * the browser's find) does not meet the field's value again in every button's words.
 */
export function TipButton({ label, children, ...button }: TipButtonProps) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // Whether the tip showed when the focus came, not hidden by Escape since.
  const shown = useRef(false);
  const held = useRef<HTMLSpanElement | null>(null);
  // A tip removed while hovered (its button gone after a click) stops the times' Escape watch counting it.
  const hold = useCallback((holder: HTMLSpanElement | null) => {
    if (!holder && held.current) forgetTimestamp(held.current);
    held.current = holder;
  }, []);
  const onPointerEnter = (event: PointerEvent<HTMLSpanElement>) => {
    shown.current = true;
    aimTip(event.currentTarget);
    pointerOnTimestamp(event.currentTarget);
    setHovered(true);
  };
  const onPointerLeave = (event: PointerEvent<HTMLSpanElement>) => {
    pointerOffTimestamp(event.currentTarget);
    setHovered(false);
  };
  const onFocus = (event: FocusEvent<HTMLSpanElement>) => {
    shown.current = true;
    aimTip(event.currentTarget);
    event.currentTarget.removeAttribute('data-dismissed');
    setFocused(true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    if (event.key !== 'Escape' || !shown.current) return;
    shown.current = false;
    event.currentTarget.setAttribute('data-dismissed', '');
    event.preventDefault();
  };
  return (
    <span
      ref={hold}
      data-slot="audit-tip"
      className="auditkit-tip"
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onFocus={onFocus}
      onBlur={() => setFocused(false)}
      onKeyDown={onKeyDown}
    >
      <button type="button" {...button} aria-label={label}>
        {children}
      </button>
      {hovered || focused ? (
        <span aria-hidden="true" data-slot="audit-tooltip" className="auditkit-tooltip">
          {label}
        </span>
      ) : null}
    </span>
  );
}
