import { useOptionalAuditContext, type AuditContextValue } from '@auditkit/headless';
import { useEffect } from 'react';

// The view states parts made of their own (`AuditStateScope` outside any `AuditStateProvider`), per AuditProvider.
// Keyed on its context value: a page may hold two logs, each under its own provider, each rightly apart.
const ownStates = new WeakMap<AuditContextValue, Set<symbol>>();
const warned = new WeakSet<AuditContextValue>();

/**
 * Tells the developer, once per `AuditProvider` and only in a development build, that two or more parts under it
 * each made a view state of their own: each works, but none sees what another sets. A `<FilterBar>` beside an
 * `<AuditTable>` with no `AuditStateProvider` around both showed "Severity: High" over unfiltered rows, silently.
 * Called by a part's own state only (see `AuditStateScope`).
 *
 * @example
 * ```tsx
 * function OwnAuditState({ children }: { children?: ReactNode }) {
 *   useSeparateStateWarning();
 *   return <AuditStateProvider>{children}</AuditStateProvider>;
 * }
 * ```
 */
export function useSeparateStateWarning(): void {
  const audit = useOptionalAuditContext();
  useEffect(() => {
    // Outside any AuditProvider the part fails with its own message; in production nobody reads this.
    // `process.env.NODE_ENV` written out, not behind a helper: a bundler folds only the expression itself, and drops
    // this text from a production build with it. TanStack Query reads it on every query, so no host lacks it.
    if (process.env.NODE_ENV === 'production' || !audit) return;
    const own = Symbol('own view state');
    const states = ownStates.get(audit) ?? new Set<symbol>();
    ownStates.set(audit, states.add(own));
    if (states.size >= 2 && !warned.has(audit)) {
      warned.add(audit);
      console.warn(
        `[auditkit] ${states.size} parts under one <AuditProvider> each keep a view state of their own (search, ` +
          'filters, sort, page, columns): what one sets, the others do not show, such as a filter chip over ' +
          'unfiltered rows. Wrap them in one <AuditStateProvider>, which they then share.',
      );
    }
    return () => {
      states.delete(own);
    };
  }, [audit]);
}
