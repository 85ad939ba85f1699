import {
  UNSHOWABLE_VALUE,
  ownValue,
  revealHiddenText,
  sentEvent,
  valueToText,
  type AuditEvent,
} from '@auditkit/headless';
import { useContext, useId, type HTMLAttributes } from 'react';
import { CellByType } from '../cells/CellByType.tsx';
import { IpLocationText } from '../cells/IpLocationText.tsx';
import { SafeText } from '../cells/SafeText.tsx';
import { useCanLocateIp } from '../cells/useCanLocateIp.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { cx } from '../ui/cx.ts';
import { Heading } from '../ui/Heading.tsx';
import { jsonForClipboard } from '../ui/jsonForClipboard.ts';
import { shownText } from '../ui/shownText.ts';
import { BeforeAfter } from './BeforeAfter.tsx';
import { CopyButton } from './CopyButton.tsx';
import { EventJsonButton } from './EventJsonButton.tsx';
import { EventLinkButton } from './EventLinkButton.tsx';
import { FilterToValueButton } from './FilterToValueButton.tsx';
import { TimeAroundButton } from './TimeAroundButton.tsx';
import { JsonTree } from './JsonTree.tsx';
import { PanelRefContext } from './PanelRefContext.ts';
import { ShowMoreEntries } from './ShowMoreEntries.tsx';
import { useShownEntries } from './useShownEntries.ts';

/** Props of {@link EventDetails}. */
export interface EventDetailsProps extends HTMLAttributes<HTMLDivElement> {
  event: AuditEventLike;
  /** Column metadata, for display names and types; fields without a column are listed after, by key. */
  columns: readonly AuditColumnLike[];
}

/** The row id `parseAuditEvent` gives every event. */
const idField = 'frontegg_id';

function beforeAfter(json: unknown): { before: unknown; after: unknown } | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const record = json as Record<string, unknown>;
  return Object.hasOwn(record, 'before') || Object.hasOwn(record, 'after')
    ? { before: ownValue(record, 'before'), after: ownValue(record, 'after') }
    : undefined;
}

/**
 * Every field of one event: the metadata's columns by type, then the remaining fields as text; the JSON
 * payload as a collapsible tree with copy, and before/after values side by side. The IP's location is looked
 * up when the panel opens (one request, cached), when inside an `AuditProvider` whose client can look it up.
 * Inside a query state (`<AuditLog>`, an `AuditStateProvider`), each field the log can filter by has a button
 * that shows only the events with its value (that field's filter replaced, the other filters kept), and the time
 * one that shows the events five minutes either side of this one (the filters kept); inside one
 * whose query is in the URL, "Copy link to this event" copies a link that opens the log on this event.
 *
 * @example
 * ```tsx
 * <EventDetails event={event} columns={columns} />
 * ```
 */
export function EventDetails({ event, columns, className, ...rest }: EventDetailsProps) {
  const { messages } = useAuditUi();
  const panelRef = useContext(PanelRefContext);
  // The panel's part of its cells' keys: open panels share the table's disclosure scope, where a key left to its
  // default (`time`) gave every panel's time one tooltip id, each described by the first panel's relative time.
  // An id of the panel's own, as the panel is not told its row's.
  const panelKey = useId();
  const canLocate = useCanLocateIp();
  const known = new Set(columns.map((column) => column.name));
  const jsonColumns = columns.filter((column) => column.type === 'Json');
  // Every field is listed: Frontegg's `showInMoreInfo` is `'Always'` or absent, and absent means "not forced",
  // never "hidden" (reading it as a boolean once emptied this panel on real data).
  const fieldColumns = columns.filter((column) => column.type !== 'Json');
  // `json` is left out of the plain fields only when it is drawn as a section below (Frontegg's payload field when
  // the metadata names no Json column); beside a Json column of another name it was shown nowhere.
  // The event id as the API sent it: the client gives every row an id (one from its content when none was sent,
  // `a~1` for the second of two `a`s), but the id a user quotes to find the event elsewhere (the file, support)
  // is the one the service has, or none.
  const sent = sentEvent(event as AuditEvent);
  const extra = Object.keys(event).filter(
    (key) =>
      !known.has(key) &&
      (key !== 'json' || jsonColumns.length > 0) &&
      (key !== idField || Object.hasOwn(sent, idField)),
  );
  const valueOf = (key: string) => ownValue(key === idField ? sent : event, key);
  // A slice at a time, as a JSON branch is: an event is whatever a tenant's app recorded, and 50,000 fields of
  // its own, listed whole, froze the page on opening them. The columns are the metadata's few, listed whole.
  const shownExtra = useShownEntries(extra.length);
  const { count, left, focusAt, focusRef } = shownExtra;
  return (
    <div {...rest} ref={panelRef} className={cx('auditkit-details', className)} data-slot="audit-details">
      {/* First, where the panel starts: a link to the event (inside a log whose query is in the URL) and the whole
          event as JSON, for a ticket or a chat. A row of their own: the field to copy by hand, when the clipboard
          fails, takes a line of its own under the buttons. */}
      <div data-slot="audit-details-actions" className="auditkit-details-actions">
        <EventLinkButton event={event} />
        <EventJsonButton event={event} />
      </div>
      <dl data-slot="audit-details-fields" className="auditkit-details-fields">
        {fieldColumns.map((column) => (
          <div key={column.name} data-slot="audit-details-field" className="auditkit-details-field">
            <dt>{column.displayName}</dt>
            <dd>
              {column.type === 'IpAddress' ? (
                <>
                  <span data-slot="audit-ip-value" className="auditkit-ip-value">
                    {shownText(valueToText(ownValue(event, column.name)), messages)}
                  </span>
                  {canLocate ? (
                    <>
                      {' '}
                      <IpLocationText value={ownValue(event, column.name)} />
                    </>
                  ) : null}
                </>
              ) : column.type === 'AlphaNumeric' ? (
                <SafeText
                  text={shownText(valueToText(ownValue(event, column.name)), messages)}
                  field={column.name}
                />
              ) : (
                <CellByType column={column} event={event} cellKey={`${panelKey}:details:${column.name}`} />
              )}
              {/* "Show only events with this value", where the log can filter by it (inside a query state). */}
              <FilterToValueButton event={event} column={column} />
              {/* Beside the time: the events five minutes either side of this one. */}
              <TimeAroundButton event={event} column={column} />
            </dd>
          </div>
        ))}
        {extra.slice(0, count).map((key, index) => (
          <div key={key} data-slot="audit-details-field" className="auditkit-details-field">
            {/* Own keys only: an event field named `__proto__` once unmounted the page (issue 10, defect 2).
                The first field the last slice added takes focus as its button leaves (from script, not Tab). */}
            <dt ref={index === focusAt ? focusRef : undefined} tabIndex={index === focusAt ? -1 : undefined}>
              {ownValue(messages.fieldLabels, key) ?? revealHiddenText(key)}
            </dt>
            <dd>
              <SafeText text={shownText(valueToText(valueOf(key)), messages)} field={key} />
            </dd>
          </div>
        ))}
      </dl>
      {/* After the list, in a block of its own: a <dl> holds only terms and definitions, and the block keeps the
          button its own width in the panel's grid. */}
      {left > 0 ? (
        <div>
          <ShowMoreEntries
            shown={shownExtra}
            data-slot="audit-details-more"
            className="auditkit-details-more"
          />
        </div>
      ) : null}
      {(jsonColumns.length
        ? jsonColumns
        : [{ name: 'json', displayName: messages.jsonData, type: 'Json' }]
      ).map((column) => {
        const value = ownValue(event, column.name);
        if (value === undefined || value === null) return null;
        const pair = beforeAfter(value);
        const text = jsonForClipboard(value);
        return (
          <section key={column.name} aria-label={column.displayName}>
            <div data-slot="audit-details-section-header" className="auditkit-details-section-header">
              <Heading depth={1} data-slot="audit-details-heading" className="auditkit-details-heading">
                {column.displayName}
              </Heading>
              {/* A value too deep for JSON to write (a hostile payload) has no faithful text: no button, rather
                  than one that says "Copied" over a placeholder. The tree below still opens it a level at a time. */}
              {text === UNSHOWABLE_VALUE ? null : (
                <CopyButton
                  text={text}
                  label={messages.copyNamed(column.displayName)}
                  fieldLabel={messages.copyByHand(column.displayName)}
                />
              )}
            </div>
            {pair ? <BeforeAfter before={pair.before} after={pair.after} /> : null}
            <JsonTree value={value} openDepth={pair ? 1 : 2} />
          </section>
        );
      })}
    </div>
  );
}
