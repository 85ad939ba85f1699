// Not part of the page: type-checked only (tsconfig.json compiles every file in src). A custom UI on
// @auditkit/headless the way an embedder with the strictest compiler options writes one
// (`exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`): each line here once failed to compile there.
import {
  auditColumnsQueryOptions,
  auditEventsQueryOptions,
  columnsFromSearch,
  columnsToSearch,
  createAuditClient,
  defaultAuditQuery,
  linkedEventFromSearch,
  queryFromSearch,
  queryToSearch,
  useAuditList,
  useAuditQueryState,
  useCsvExport,
  withoutLinkedEvent,
  type AuditColumn,
  type AuditQuery,
} from '@auditkit/headless';
import { QueryClient } from '@tanstack/react-query';

const client = createAuditClient({ baseUrl: '/frontegg', getToken: () => 'token' });
const queryClient = new QueryClient();

// Data asked for before the page renders (a router's loader, a server component).
export async function preload(): Promise<number> {
  await queryClient.prefetchQuery(auditEventsQueryOptions(client, defaultAuditQuery));
  const columns = await queryClient.fetchQuery(auditColumnsQueryOptions(client));
  return columns.length;
}

export function Download() {
  const state = useAuditQueryState();
  const list = useAuditList(state.query);
  const csv = useCsvExport();
  return (
    <button
      type="button"
      // The list's total is undefined until it has answered.
      onClick={() => void csv.start({ query: state.query, columns: [], expectedRows: list.total })}
    >
      Download CSV
    </button>
  );
}

// The URL helpers handed the hook's own prefix, `undefined` when the query is not kept in the URL, and other
// values a host holds as possibly undefined (the column metadata before it has arrived, a stored default).
export function useAuditLinks(columns: readonly AuditColumn[] | undefined, defaults: AuditQuery | undefined) {
  const state = useAuditQueryState();
  const prefix = state.urlPrefix;
  const base: string | undefined = typeof location === 'undefined' ? undefined : location.search;
  const search = queryToSearch(state.query, { base, prefix, defaults });
  return {
    search,
    query: queryFromSearch(search, { prefix, defaults, columns }),
    event: linkedEventFromSearch(search, { prefix }),
    withoutEvent: withoutLinkedEvent(search, { prefix }),
    columns: columnsFromSearch(search, { prefix }),
    columnsSearch: columnsToSearch(undefined, { columns: columns ?? [], base, prefix }),
  };
}
