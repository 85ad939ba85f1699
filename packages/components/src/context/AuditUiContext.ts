import type { Locale } from 'date-fns';
import { createContext } from 'react';
import { defaultMessages, type AuditMessages } from '../messages/defaultMessages.ts';

/** Presentation settings shared by every part: strings, time zone and locales. */
export interface AuditUiValue {
  messages: AuditMessages;
  /** An IANA zone, `'UTC'`, or `'local'` for the browser's zone. */
  timeZone: string;
  setTimeZone: (zone: string) => void;
  /** BCP 47 locale for `Intl` number and date formatting; `undefined` is the browser's. */
  locale: string | undefined;
  /** date-fns locale for relative times. */
  dateLocale: Locale | undefined;
}

/** Defaults used when a part is rendered without `AuditUiProvider`, so each part still works alone. */
export const defaultAuditUi: AuditUiValue = {
  messages: defaultMessages,
  timeZone: 'local',
  setTimeZone: () => {},
  locale: undefined,
  dateLocale: undefined,
};

export const AuditUiContext = createContext<AuditUiValue>(defaultAuditUi);
