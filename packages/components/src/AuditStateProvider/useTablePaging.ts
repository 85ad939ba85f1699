import { useOptionalAuditContext, type AuditContextValue, type AuditPagingMode } from '@auditkit/headless';
import { useContext, useEffect } from 'react';
import { AuditStateContext } from './AuditStateContext.ts';

/** The `AuditProvider`s whose table's `paging` was warned about: once each, not once per render or table. */
const warned = new WeakSet<AuditContextValue>();

/**
 * How a table reads the list: as its `AuditStateProvider` says when the provider was given `paging`, so the table,
 * the pager and the counts ask the same list, with one request and one count; the table's own `paging` only where
 * none was given (the table alone, whose own state takes it: `AuditStateScope`; or a provider without `paging`, as
 * before). A table on infinite scrolling beside a pager on numbered pages made two requests, and the pager's pages
 * were no table's. A development build says, once per `AuditProvider`, when the two disagree, and the fix.
 *
 * @example
 * ```ts
 * const list = useAuditList(queryState.query, { paging: useTablePaging(props.paging), legacy });
 * ```
 */
export function useTablePaging(own: AuditPagingMode | undefined): AuditPagingMode {
  const state = useContext(AuditStateContext);
  const audit = useOptionalAuditContext();
  const given = state?.pagingGiven ?? false;
  const provider = state?.paging ?? 'pages';
  const paging = given ? provider : (own ?? provider);
  useEffect(() => {
    // `process.env.NODE_ENV` written out, not behind a helper: a bundler folds only the expression itself, and drops
    // this text from a production build with it. TanStack Query reads it on every query, so no host lacks it.
    if (process.env.NODE_ENV === 'production' || !audit || own === undefined || own === provider) return;
    if (warned.has(audit)) return;
    warned.add(audit);
    console.warn(
      given
        ? `[auditkit] <AuditTable paging="${own}"> is ignored: its <AuditStateProvider paging="${provider}"> ` +
            'decides how every part reads the list (table, pager, counts, export, new-events notice), so they share ' +
            `one request and one count. Remove the table's \`paging\`, or set paging="${own}" on the ` +
            'AuditStateProvider.'
        : `[auditkit] <AuditTable paging="${own}"> inside an <AuditStateProvider> without \`paging\`: the table ` +
            `reads the list as "${own}", but the other parts (pager, counts, export, new-events notice) read ` +
            'numbered pages, a second request with a count of its own. Set paging="' +
            `${own}" on the AuditStateProvider instead.`,
    );
  }, [audit, own, provider, given]);
  return paging;
}
