import { UNSHOWABLE_VALUE } from '@auditkit/headless';
import type { AuditMessages } from '../messages/defaultMessages.ts';

/**
 * Event text as shown: a value too deep to show (`UNSHOWABLE_VALUE`, which the client's parser and `valueToText`
 * put in its place) is said in the log's language; any other text is itself.
 */
export const shownText = (text: string, messages: Pick<AuditMessages, 'unshowableValue'>) =>
  text === UNSHOWABLE_VALUE ? messages.unshowableValue : text;
