import { useContext, useEffect, useState } from 'react';
import { AuditUiContext } from '../context/AuditUiContext.ts';

/** Once per page: the fix is one wrapper, and every lone picker on the page lacks it alike. */
let warned = false;

/** The zone a time zone picker shows and sets: see {@link useTimeZoneChoice}. */
export interface TimeZoneChoice {
  /** An IANA zone, `'UTC'`, or `'local'` for the browser's zone. */
  timeZone: string;
  setTimeZone: (zone: string) => void;
}

/**
 * The nearest `AuditUiProvider`'s time zone, which every part below it shows its times in; outside one, a zone of
 * the picker's own, starting at `'local'`. Outside a provider there is nothing to write to (`useAuditUi`'s setter
 * does nothing there): a picker that read it offered UTC and stayed on local. A development build says, once, that
 * such a zone reaches no other part.
 *
 * @example
 * const { timeZone, setTimeZone } = useTimeZoneChoice();
 */
export function useTimeZoneChoice(): TimeZoneChoice {
  const provided = useContext(AuditUiContext);
  const [ownZone, setOwnZone] = useState('local');
  const alone = provided === undefined;
  useEffect(() => {
    // `process.env.NODE_ENV` written out, not behind a helper: a bundler folds only the expression itself, and drops
    // this text from a production build with it. TanStack Query reads it on every query, so no host lacks it.
    if (process.env.NODE_ENV === 'production' || !alone || warned) return;
    warned = true;
    console.warn(
      '[auditkit] <TimeZoneSelect> outside <AuditUiProvider> keeps a time zone of its own: no other part shows ' +
        'its times in it. Wrap it and the parts it is for in one <AuditUiProvider> (<AuditLog> renders one).',
    );
  }, [alone]);
  return provided ?? { timeZone: ownZone, setTimeZone: setOwnZone };
}
