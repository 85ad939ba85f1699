import { useHydrated } from '@auditkit/headless';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { AuditTranslation } from '../messages/AuditTranslation.ts';
import { defaultMessages, type AuditMessages } from '../messages/defaultMessages.ts';
import { completeMessages } from '../messages/completeMessages.ts';
import { mergeMessages } from '../messages/mergeMessages.ts';
import { resolveTimeZone } from '../ui/resolveTimeZone.ts';
import type { AuditLinkPolicy } from '../ui/AuditLinkPolicy.ts';
import { AuditUiContext, type AuditHeadingLevel, type RelativeTimeFormatter } from './AuditUiContext.ts';
import { canonicalLocale } from './canonicalLocale.ts';
import { readerLocale } from './readerLocale.ts';
import { serverLocaleDefault, serverTimeZoneDefault } from './standaloneAuditUi.ts';

const browserTimeZone = () => resolveTimeZone('local');
const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages;

/** Props of {@link AuditUiProvider}. */
export interface AuditUiProviderProps {
  /**
   * A language in one prop: its messages and its locale, e.g. `import * as de from '@auditkit/components/messages/de'`
   * then `translation={de}`. `messages` and `locale` still override parts of it. @default English, the browser's locale
   */
  translation?: AuditTranslation | undefined;
  /** Overrides for any subset of the strings (of `translation`, or the built-in English). */
  messages?: Partial<AuditMessages> | undefined;
  /** Controlled time zone: an IANA name, `'UTC'` or `'local'`. */
  timeZone?: string | undefined;
  /** Initial time zone when uncontrolled. @default 'local' */
  defaultTimeZone?: string | undefined;
  /** Called when the user picks another time zone. */
  onTimeZoneChange?: ((zone: string) => void) | undefined;
  /**
   * What the `'local'` zone means on the server and in the render that hydrates its HTML, where the browser's zone
   * is not known yet (e.g. the user's zone from a cookie); the browser's own zone is used right after.
   * @default 'UTC'
   */
  serverTimeZone?: string | undefined;
  /**
   * BCP 47 locale for numbers and dates. A POSIX form (`en_US`) is read as the tag it means; one `Intl` cannot
   * read at all (`''`) counts as not given.
   * @default with `translation`, the first of the browser's languages in its language (en-GB for English in a UK
   * browser), else `translation.locale` (also on the server and while hydrating); without, the browser's (`'en-US'`
   * on the server and while hydrating)
   */
  locale?: string | undefined;
  /**
   * Relative times ("3 minutes ago"). @default `Intl.RelativeTimeFormat` in `locale`
   * @example (date, now) => formatDistance(date, now, { addSuffix: true, locale: de }) // date-fns
   */
  formatRelative?: RelativeTimeFormatter | undefined;
  /**
   * Lets URLs in the named event fields become links, only to the given origins (your own app). Event text is
   * written by whoever triggered the event, so by default it is never a link.
   * @example { fields: ['resource'], origins: ['https://app.acme.test'] }
   */
  links?: AuditLinkPolicy | undefined;
  /**
   * The level of the heading your page puts above the log: its own headings (an event's JSON fields, before and
   * after) rank below it, so headings never skip a level. @default 2
   * @example 1 // the log sits right under the page's h1: its headings are h2 and h3
   */
  headingLevel?: AuditHeadingLevel | undefined;
  children?: ReactNode | undefined;
}

/**
 * Shares strings, time zone and locales with every audit part below it. `<AuditLog>` renders one; add it
 * yourself when you lay the parts out on your own.
 *
 * @example
 * ```tsx
 * <AuditUiProvider messages={{ retry: 'Erneut versuchen' }} defaultTimeZone="UTC">
 *   <AuditTable />
 * </AuditUiProvider>
 * ```
 */
export function AuditUiProvider({
  translation,
  messages,
  timeZone,
  defaultTimeZone = 'local',
  onTimeZoneChange,
  serverTimeZone = serverTimeZoneDefault,
  locale,
  formatRelative,
  links,
  headingLevel = 2,
  children,
}: AuditUiProviderProps) {
  // The browser's zone and locale differ from the server's: read only once hydrated, so both render the same HTML.
  const hydrated = useHydrated();
  const localTimeZone = hydrated ? browserTimeZone() : serverTimeZone;
  // Read once here, so no Intl formatter below is ever handed a tag it throws on (`en_US`, `''`).
  const translationLocale = canonicalLocale(translation?.locale);
  const effectiveLocale =
    canonicalLocale(locale) ??
    (translationLocale && hydrated
      ? readerLocale(translationLocale, browserLanguages())
      : translationLocale) ??
    (hydrated ? undefined : serverLocaleDefault);
  // Canonical, as every Intl reader of it needs (`de_DE` would make `Intl.ListFormat` throw in a render).
  const lang = translationLocale;
  const ownMessages = translation?.messages;
  const base = useMemo(
    () => (ownMessages ? completeMessages(ownMessages, lang) : defaultMessages),
    [ownMessages, lang],
  );
  const [ownZone, setOwnZone] = useState(defaultTimeZone);
  const zone = timeZone ?? ownZone;
  const setTimeZone = useCallback(
    (next: string) => {
      setOwnZone(next);
      onTimeZoneChange?.(next);
    },
    [onTimeZoneChange],
  );
  const value = useMemo(
    () => ({
      messages: mergeMessages(base, messages),
      timeZone: zone,
      setTimeZone,
      localTimeZone,
      locale: effectiveLocale,
      lang,
      formatRelative,
      links,
      headingLevel,
      hydrated,
    }),
    [
      base,
      messages,
      zone,
      setTimeZone,
      localTimeZone,
      effectiveLocale,
      lang,
      formatRelative,
      links,
      headingLevel,
      hydrated,
    ],
  );
  return <AuditUiContext.Provider value={value}>{children}</AuditUiContext.Provider>;
}
