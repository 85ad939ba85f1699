import { auditEventUrl } from '@auditkit/headless';
import { useContext } from 'react';
import { AuditStateContext } from '../AuditStateProvider/AuditStateContext.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import type { AuditEventLike } from '../types.ts';
import { CopyButton } from './CopyButton.tsx';

/**
 * "Copy link to this event": a link (`auditEventUrl`) that opens this log on the event, its details open, for a
 * ticket or a chat. Only inside a log whose query is in the URL (`urlState`), the only log a link can open, and for
 * an event with a time and an id a link can carry.
 */
export function EventLinkButton({ event }: { event: AuditEventLike }) {
  // The context, not `useAuditState`, which throws outside a provider: the panel is exported on its own too.
  const state = useContext(AuditStateContext);
  const { messages } = useAuditUi();
  const prefix = state?.queryState.urlPrefix;
  if (!state || prefix === undefined || typeof location === 'undefined') return null;
  // The page as it is when the panel draws: the host's own keys (`?tab=…`) stay in the link.
  const link = auditEventUrl(event, { base: location.href, prefix, defaults: state.queryState.defaults });
  if (link === undefined) return null;
  return (
    <CopyButton
      text={link}
      label={messages.copyEventLink}
      fieldLabel={messages.copyByHand(messages.eventLinkLabel)}
    />
  );
}
