import {
  auditTimePresets,
  isoToZonedInput,
  ownValue,
  zonedInputToIso,
  type AuditTimePreset,
  type AuditTimeRange,
} from '@auditkit/headless';
import { useId, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditMessages } from '../messages/defaultMessages.ts';
import { effectiveTimeZone } from '../ui/effectiveTimeZone.ts';
import { submitOnEnter } from '../ui/submitOnEnter.ts';

/** Props of {@link TimeRangeField}. */
export interface TimeRangeFieldProps {
  value: AuditTimeRange;
  onChange: (value: AuditTimeRange) => void;
}

/** The label of each preset. */
export function presetLabel(preset: AuditTimePreset, messages: AuditMessages): string {
  const labels: Record<AuditTimePreset, string> = {
    '1h': messages.timeLastHour,
    '24h': messages.timeLast24Hours,
    '7d': messages.timeLast7Days,
    '30d': messages.timeLast30Days,
    '90d': messages.timeLast90Days,
    '365d': messages.timeLast365Days,
  };
  // A controlled host's value is not checked by the URL codec: an unknown preset shows as itself.
  return ownValue(labels, preset) ?? preset;
}

/** A time range: presets (last hour … 365 days), all time, or a custom from/to checked before it applies. */
export function TimeRangeField({ value, onChange }: TimeRangeFieldProps) {
  const { messages, timeZone, localTimeZone } = useAuditUi();
  // <input type="datetime-local"> is wall time without a zone: read and written in the zone the table shows. An
  // unknown zone (a host's prop, a stored view's, which is only checked for spelling) is shown as UTC by
  // formatTimestamp, so it is read as UTC here too: isoToZonedInput would throw on it, and the filter bar fail.
  const zone = effectiveTimeZone(timeZone, localTimeZone);
  const id = useId();
  const errorId = useId();
  const zoneId = useId();
  const selected = value === null ? 'all' : 'preset' in value ? value.preset : 'custom';
  const [custom, setCustom] = useState(selected === 'custom');
  const range = value && !('preset' in value) ? value : {};
  const shownFrom = isoToZonedInput(range.from, zone);
  const shownTo = isoToZonedInput(range.to, zone);
  const [from, setFrom] = useState(shownFrom);
  const [to, setTo] = useState(shownTo);
  // A new range (a preset picked, Apply, a chip removed, a view applied) or zone starts the drafts afresh.
  // Adjusting state while rendering (React's pattern for state derived from props), not a remount by `key`:
  // remounting took the select or Apply that had focus away, and focus fell to the page's body.
  const shown = `${zone}|${JSON.stringify(value)}`;
  const [drafted, setDrafted] = useState(shown);
  if (drafted !== shown) {
    setDrafted(shown);
    setCustom(selected === 'custom');
    setFrom(shownFrom);
    setTo(shownTo);
  }
  // The inputs show whole minutes: a bound left as shown keeps its exact instant (a day from the search box
  // ends at 23:59:59.999), and a To typed by the user means the end of that minute, as the range is inclusive.
  const next = {
    from: from && from === shownFrom ? range.from : zonedInputToIso(from, zone),
    to: to && to === shownTo ? range.to : zonedInputToIso(to, zone, { bound: 'end' }),
  };
  const invalid = Boolean(next.from && next.to && Date.parse(next.from) > Date.parse(next.to));
  // The zone the inputs are read in, said beside them and in each one's description: with the zone picker hidden
  // (`showTimeZone={false}`, the narrow sheet) or a host's `timeZone="UTC"`, 09:00 typed in Paris was 09:00 UTC,
  // and a zone switch re-wrote the boxes without a word. The zone in effect (an unknown one is UTC), not the
  // zone list, decides the text: nothing moves when the picker's list loads.
  const describedBy = invalid ? `${errorId} ${zoneId}` : zoneId;
  const apply = () => {
    if (invalid) return;
    onChange(next.from || next.to ? next : null);
  };
  return (
    <div data-slot="audit-time-range" className="auditkit-time-range">
      <label htmlFor={id}>
        {messages.timeRange}
        <select
          id={id}
          value={custom ? 'custom' : selected}
          onChange={(event) => {
            const next = event.target.value;
            if (next === 'custom') return setCustom(true);
            setCustom(false);
            onChange(next === 'all' ? null : { preset: next as AuditTimePreset });
          }}
        >
          <option value="all">{messages.timeAll}</option>
          {auditTimePresets.map((preset) => (
            <option key={preset} value={preset}>
              {presetLabel(preset, messages)}
            </option>
          ))}
          <option value="custom">{messages.timeCustom}</option>
        </select>
      </label>
      {custom ? (
        // A group, not a <form>: inside a host page's own form, Apply submitted the host's (submitOnEnter).
        <div role="group" data-slot="audit-time-range-custom" className="auditkit-time-range-custom">
          <label>
            {messages.timeFrom}
            <input
              type="datetime-local"
              value={from}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              onChange={(event) => setFrom(event.target.value)}
              onKeyDown={(event) => submitOnEnter(event, apply)}
            />
          </label>
          <label>
            {messages.timeTo}
            <input
              type="datetime-local"
              value={to}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              onChange={(event) => setTo(event.target.value)}
              onKeyDown={(event) => submitOnEnter(event, apply)}
            />
          </label>
          <span id={zoneId} data-slot="audit-time-range-zone" className="auditkit-time-range-zone">
            {messages.labelled(messages.timeZone, zone.replaceAll('_', ' '))}
          </span>
          <button type="button" disabled={invalid} onClick={apply}>
            {messages.apply}
          </button>
          {invalid ? (
            <span id={errorId} data-slot="audit-field-error" className="auditkit-field-error" role="alert">
              {messages.timeRangeInvalid}
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
