import { valueToText } from '@auditkit/headless';
import { useContext, useEffect, useRef, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { activeElementOf, isNode } from '../ui/domRealm.ts';
import { formatRelativeTime } from '../ui/formatRelativeTime.ts';
import { formatTimestamp, parseTimestamp } from '../ui/formatTimestamp.ts';
import { DisclosureScope, DisclosureScopeContext } from './DisclosureScope.tsx';

/** Props of {@link TimestampCell}. */
export interface TimestampCellProps {
  /** ISO 8601 string (or epoch milliseconds) from the event. */
  value: unknown;
  /** "Now" for the relative time; tests and stories pin it. @default the current time */
  now?: Date;
  /** Identifies this cell within its {@link DisclosureScope}, for the tooltip's id. @default 'time' */
  cellKey?: string;
}

/**
 * An event time in the chosen zone with the zone's name shown; the relative time ("5 minutes ago") appears on
 * hover and on keyboard focus, read from the clock then. Unparsable values are shown as the raw text, never as
 * "Invalid Date".
 *
 * @example
 * ```tsx
 * <TimestampCell value="2026-11-26T01:00:00Z" />
 * ```
 */
export function TimestampCell({ value, now, cellKey = 'time' }: TimestampCellProps) {
  const { timeZone, locale, localTimeZone, formatRelative, hydrated } = useAuditUi();
  const scope = useContext(DisclosureScopeContext);
  const date = parseTimestamp(value);
  // When the relative time was last about to show (pointer or focus on the time, or focus on the cell holding it).
  // A table's rows are memoised and a refetch keeps the same events, so a row can go hours without rendering: read
  // at render only, an hour later the tip, and the time's description, still said "5 minutes ago". Read on intent,
  // not on a timer: a timer in every cell would re-render every row of the table for a tip one of them shows.
  const [shownAt, setShownAt] = useState<Date>();
  const holderRef = useRef<HTMLSpanElement>(null);
  const show = () => setShownAt(new Date());
  const shows = date !== undefined && scope !== null;
  useEffect(() => {
    const stamp = holderRef.current;
    // The grid makes the table cell, not the time, its Tab stop, described by this tip and showing it on focus: a
    // focus there reaches no handler of this element, so it is listened for on the cell (whatever holds the time).
    const holder = stamp?.parentElement;
    if (!stamp || !holder) return;
    // Escape hides the tip while the pointer or focus stays (WCAG 1.4.13: it covers the row above, or the sticky
    // header, and must be dismissable without moving away); it shows again when either leaves and comes back.
    // Escape is only watched, never taken: the grid's and the dialogs' own uses of it go on as before. Listened
    // for on the document, since a tip shown by hover has no focus in it, and only while it may show, so the
    // rows of a table add no listener each.
    const doc = stamp.ownerDocument;
    let hovered = false;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') stamp.setAttribute('data-dismissed', '');
    };
    const arrive = () => {
      stamp.removeAttribute('data-dismissed');
      doc.addEventListener('keydown', onKey, true);
    };
    const leave = (focusGoesTo: EventTarget | null) => {
      const focused = focusGoesTo === holder || (isNode(focusGoesTo) && stamp.contains(focusGoesTo));
      if (!hovered && !focused) doc.removeEventListener('keydown', onKey, true);
    };
    const onFocus = () => {
      setShownAt(new Date());
      arrive();
    };
    const onPointerEnter = () => {
      hovered = true;
      arrive();
    };
    const onPointerLeave = () => {
      hovered = false;
      leave(activeElementOf(stamp));
    };
    const onFocusOut = (event: FocusEvent) => leave(event.relatedTarget);
    holder.addEventListener('focus', onFocus);
    stamp.addEventListener('focusin', arrive);
    stamp.addEventListener('pointerenter', onPointerEnter);
    stamp.addEventListener('pointerleave', onPointerLeave);
    holder.addEventListener('focusout', onFocusOut);
    return () => {
      holder.removeEventListener('focus', onFocus);
      stamp.removeEventListener('focusin', arrive);
      stamp.removeEventListener('pointerenter', onPointerEnter);
      stamp.removeEventListener('pointerleave', onPointerLeave);
      holder.removeEventListener('focusout', onFocusOut);
      doc.removeEventListener('keydown', onKey, true);
    };
    // Again when the time is first drawn here: an unparsable value, or the scope's wrapper, draws none.
  }, [shows]);
  if (!date)
    return (
      <span data-slot="audit-timestamp" className="auditkit-timestamp" data-invalid="">
        {valueToText(value)}
      </span>
    );
  if (!scope)
    return (
      <DisclosureScope>
        <TimestampCell value={value} now={now} cellKey={cellKey} />
      </DisclosureScope>
    );
  const tipId = scope.idFor(cellKey, 'tip');
  // The clock is read only once hydrated: rows a host rendered on the server are hydrated later, when "5 days ago"
  // may already read "last week". Until then the tooltip (shown only on hover or focus) is empty.
  const relative =
    now || hydrated ? (formatRelative ?? formatRelativeTime)(date, now ?? shownAt ?? new Date(), locale) : '';
  return (
    <span
      ref={holderRef}
      data-slot="audit-timestamp"
      className="auditkit-timestamp"
      onPointerEnter={show}
      onFocus={show}
    >
      <time dateTime={date.toISOString()} tabIndex={0} aria-describedby={tipId}>
        {formatTimestamp(date, timeZone, locale, localTimeZone)}
      </time>
      <span role="tooltip" id={tipId} data-slot="audit-tooltip" className="auditkit-tooltip">
        {relative}
      </span>
    </span>
  );
}
