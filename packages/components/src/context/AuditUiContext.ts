import { createContext } from 'react';
import type { AuditMessages } from '../messages/defaultMessages.ts';
import type { AuditLinkPolicy } from '../ui/AuditLinkPolicy.ts';

/**
 * Formats `date` relative to `now`, e.g. with date-fns and a locale:
 * `(date, now) => formatDistance(date, now, { addSuffix: true, locale: de })`.
 */
export type RelativeTimeFormatter = (date: Date, now: Date, locale: string | undefined) => string;

/** The level of the heading a host page puts above the audit log (`h1`…`h5`). */
export type AuditHeadingLevel = 1 | 2 | 3 | 4 | 5;

/** Presentation settings shared by every part: strings, time zone and locales. */
export interface AuditUiValue {
  messages: AuditMessages;
  /** An IANA zone, `'UTC'`, or `'local'` for the browser's zone. */
  timeZone: string;
  setTimeZone: (zone: string) => void;
  /**
   * What `'local'` means in this render: the browser's zone, except on the server and while hydrating, where it is
   * the provider's `serverTimeZone` (the browser's zone is not known there; showing it would break hydration).
   * Outside a provider the same: `'UTC'` on the server and while hydrating, then `undefined` (the browser's zone).
   */
  localTimeZone: string | undefined;
  /** BCP 47 locale for `Intl` number and date formatting; `undefined` is the browser's. */
  locale: string | undefined;
  /** Language of the words (a translation's locale), for the root's `lang`; `undefined`: the host page's. */
  lang: string | undefined;
  /** Custom relative-time text ("5 minutes ago"); `undefined` uses `Intl.RelativeTimeFormat` in `locale`. */
  formatRelative: RelativeTimeFormatter | undefined;
  /** Which event fields may show links, and to which origins; `undefined`: event text is never a link. */
  links: AuditLinkPolicy | undefined;
  /** The level of the host's heading of the log; the log's own headings rank below it. */
  headingLevel: AuditHeadingLevel;
  /**
   * Whether the browser's clock may be read: `false` on the server and while hydrating, where "5 minutes ago"
   * would be computed at two different instants and break hydration; the same outside a provider.
   */
  hydrated: boolean;
}

/** The nearest `AuditUiProvider`'s settings; `undefined` outside one (see `standaloneAuditUi`). */
export const AuditUiContext = createContext<AuditUiValue | undefined>(undefined);
