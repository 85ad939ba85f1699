import { valueToText } from '@auditkit/headless';
import { useContext } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
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
 * hover and on keyboard focus. Unparsable values are shown as the raw text, never as "Invalid Date".
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
    now || hydrated ? (formatRelative ?? formatRelativeTime)(date, now ?? new Date(), locale) : '';
  return (
    <span data-slot="audit-timestamp" className="auditkit-timestamp">
      <time dateTime={date.toISOString()} tabIndex={0} aria-describedby={tipId}>
        {formatTimestamp(date, timeZone, locale, localTimeZone)}
      </time>
      <span role="tooltip" id={tipId} data-slot="audit-tooltip" className="auditkit-tooltip">
        {relative}
      </span>
    </span>
  );
}
