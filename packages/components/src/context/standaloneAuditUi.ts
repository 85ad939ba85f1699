import { defaultMessages } from '../messages/defaultMessages.ts';
import type { AuditUiValue } from './AuditUiContext.ts';

/** What `'local'` means on the server and while hydrating, where the browser's zone is not known yet. */
export const serverTimeZoneDefault = 'UTC';
/** The locale of the server's HTML and of the render that hydrates it, when none is given or translated. */
export const serverLocaleDefault = 'en-US';

const standalone = (hydrated: boolean): AuditUiValue => ({
  messages: defaultMessages,
  timeZone: 'local',
  // No zone to change: a part alone shows `'local'`, and a lone <TimeZoneSelect> keeps its own (useTimeZoneChoice).
  setTimeZone: () => {},
  // The browser's own zone and locale (`undefined`) only once hydrated, as under AuditUiProvider: the server's
  // would differ from the reader's, and React would throw the server HTML away.
  localTimeZone: hydrated ? undefined : serverTimeZoneDefault,
  locale: hydrated ? undefined : serverLocaleDefault,
  lang: undefined,
  formatRelative: undefined,
  links: undefined,
  headingLevel: 2,
  hydrated,
});

// Two fixed objects, not one per render: every cell of a table reads them, and memoised parts keep their identity.
const onServer = standalone(false);
const inBrowser = standalone(true);

/**
 * The settings of a part rendered without `AuditUiProvider`: English, the `'local'` zone, and the provider's
 * defaults on the server and while hydrating (UTC, en-US, no clock), so a standalone `<TimestampCell>` or
 * `<AuditTableView>` hydrates its server HTML without a mismatch.
 */
export function standaloneAuditUi(hydrated: boolean): AuditUiValue {
  return hydrated ? inBrowser : onServer;
}
