import type { AuditMessages } from './defaultMessages.ts';

/**
 * A language for the whole log: its words and the locale that formats its dates and numbers, kept together so
 * they cannot disagree. Every pack module is one: `import * as de from '@auditkit/components/messages/de'`.
 */
export interface AuditTranslation {
  /** BCP 47 tag of the language (`'de'`), used for `Intl` formatting and as the log's `lang`. */
  readonly locale: string;
  readonly messages: AuditMessages;
}
