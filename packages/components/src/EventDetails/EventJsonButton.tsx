import { sentEvent, UNSHOWABLE_VALUE, type AuditEvent } from '@auditkit/headless';
import { useMemo } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditEventLike } from '../types.ts';
import { jsonForClipboard } from '../ui/jsonForClipboard.ts';
import { CopyButton } from './CopyButton.tsx';

/**
 * "Copy this event as JSON": the whole event, every field as the API sent it (`sentEvent`: a number stays a
 * number, a nested value an object, a null a null), indented, for a ticket, a chat or a query in another tool,
 * where the JSON Lines export of one event would be a long way round. None for an event too deep for JSON to write
 * (a hostile payload): no button, rather than one that says "Copied" over a placeholder.
 */
export function EventJsonButton({ event }: { event: AuditEventLike }) {
  const { messages } = useAuditUi();
  // Once per event, not on every render of the panel: an event may hold thousands of fields.
  const text = useMemo(() => jsonForClipboard(sentEvent(event as AuditEvent)), [event]);
  if (text === UNSHOWABLE_VALUE) return null;
  return (
    <CopyButton
      text={text}
      label={messages.copyEventJson}
      fieldLabel={messages.copyByHand(messages.eventJsonLabel)}
    />
  );
}
