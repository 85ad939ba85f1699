import { startTransition, useEffect, useId, useMemo, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { cx } from '../ui/cx.ts';
import { isValidTimeZone, resolveTimeZone } from '../ui/resolveTimeZone.ts';
import { useTimeZoneChoice } from './useTimeZoneChoice.ts';

/** Props of {@link TimeZoneSelect}. */
export interface TimeZoneSelectProps {
  /**
   * Named zones offered besides local and UTC. @default every zone the browser's `Intl` knows (listed once
   * hydrated: a server's list, from another ICU, may differ)
   */
  zones?: readonly string[] | undefined;
  className?: string | undefined;
}

function allZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/**
 * Picks the zone every timestamp is shown in: the browser's local zone, UTC, or a named IANA zone. Reads and
 * writes the nearest `AuditUiProvider`; placed outside one, it keeps a zone of its own, which no other part shows
 * (a development build warns).
 *
 * @example
 * ```tsx
 * <TimeZoneSelect zones={['Europe/Berlin', 'America/New_York']} />
 * ```
 */
export function TimeZoneSelect({ zones, className }: TimeZoneSelectProps) {
  const { messages, localTimeZone } = useAuditUi();
  const { timeZone, setTimeZone } = useTimeZoneChoice();
  const id = useId();
  // Without `zones`, the list is the runtime's own, some 400 options: listed after the first paint (a transition),
  // not in the render that shows the log with its rows, where it was a tenth of the main thread's work
  // (bench/profile.mjs first). Node's ICU and each browser's also know different zones (renamed, added), so the
  // server and the render that hydrates list none either. Until then: local, UTC and the chosen zone, at the
  // width the full list has (`data-zones`, styles.css), so nothing moves when it comes.
  const [listAll, setListAll] = useState(false);
  useEffect(() => {
    if (!zones) startTransition(() => setListAll(true));
  }, [zones]);
  const named = useMemo(
    () => (zones ?? (listAll ? allZones() : [])).filter((zone) => zone !== 'UTC'),
    [zones, listAll],
  );
  // An unknown zone (`timeZone="Europe/Pariss"`, a stale stored one) shows everything in UTC: the picker says UTC
  // too, rather than a name that nothing is drawn in (isValidTimeZone warns the developer about it).
  const shown = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const known = shown === 'local' || shown === 'UTC' || named.includes(shown);
  return (
    <label
      htmlFor={id}
      data-slot="audit-time-zone"
      data-zones={zones ? undefined : 'all'}
      className={cx('auditkit-time-zone', className)}
    >
      {messages.timeZone}
      <select id={id} value={shown} onChange={(event) => setTimeZone(event.target.value)}>
        <option value="local">{messages.timeZoneLocal(localTimeZone ?? resolveTimeZone('local'))}</option>
        <option value="UTC">{messages.timeZoneUtc}</option>
        {known ? null : <option value={shown}>{shown}</option>}
        {named.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </label>
  );
}
