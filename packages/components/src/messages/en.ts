// English: the built-in messages, as a pack like the others, so a language switch can go back to English with
// the same two imports.
import { defaultMessages, type AuditMessages } from './defaultMessages.ts';

/** The locale to pass as `<AuditLog locale>` with these messages. */
export const locale = 'en';

/** Every message in English (the same object as `defaultMessages`). */
export const messages: AuditMessages = defaultMessages;
