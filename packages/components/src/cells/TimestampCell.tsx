import { valueToText } from '@auditkit/headless';
import { useCallback, useContext, useRef, useState, type PointerEvent } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { formatRelativeTime } from '../ui/formatRelativeTime.ts';
import { formatTimestamp, parseTimestamp } from '../ui/formatTimestamp.ts';
import { DisclosureScope, DisclosureScopeContext } from './DisclosureScope.tsx';
import {
  forgetTimestamp,
  pointerOffTimestamp,
  pointerOnTimestamp,
  watchTimestamp,
} from './watchTimestamp.ts';

// React's delegated pointer events (one listener at its root), shared by every time: none added per cell.
const pointerEnter = (event: PointerEvent<HTMLSpanElement>) => pointerOnTimestamp(event.currentTarget);
const pointerLeave = (event: PointerEvent<HTMLSpanElement>) => pointerOffTimestamp(event.currentTarget);

/** Props of {@link TimestampCell}. */
export interface TimestampCellProps {
  /** ISO 8601 string (or epoch milliseconds) from the event. */
  value: unknown;
  /** "Now" for the relative time; tests and stories pin it. @default the current time */
  now?: Date | undefined;
  /** Identifies this cell within its {@link DisclosureScope}, for the tooltip's id. @default 'time' */
  cellKey?: string | undefined;
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
  // The tip's pointer, focus and Escape are watched without a listener or an effect in each cell (watchTimestamp):
  // a filter change mounts a page of rows, and those were most of what the rows cost over a bare table's.
  // The element is kept to be forgotten when React calls the ref with null as the cell unmounts (React 18 and 19).
  const watched = useRef<HTMLSpanElement | null>(null);
  const watch = useCallback((stamp: HTMLSpanElement | null) => {
    if (stamp) watchTimestamp(stamp, () => setShownAt(new Date()));
    else if (watched.current) forgetTimestamp(watched.current);
    watched.current = stamp;
  }, []);
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
  const at = now ?? shownAt ?? new Date();
  const relative = !(now || hydrated)
    ? ''
    : formatRelative
      ? formatRelative(date, at, locale)
      : formatRelativeTime(date, at, locale, timeZone, localTimeZone);
  return (
    <span
      ref={watch}
      data-slot="audit-timestamp"
      className="auditkit-timestamp"
      onPointerEnter={pointerEnter}
      onPointerLeave={pointerLeave}
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
