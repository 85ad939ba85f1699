// A Server Component: the React-free core runs here (no context is created on import), and the request's query
// string goes to the client wrapper so the server's HTML already shows the link's filters.
import { queryFromSearch } from '@auditkit/headless/core';
import { AuditPanel } from './AuditPanel';
import { RefreshButton } from './RefreshButton';

type SearchParams = Record<string, string | string[] | undefined>;

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of [value].flat()) if (item !== undefined) params.append(key, item);
  }
  const search = params.toString();
  const query = queryFromSearch(search, { prefix: 'audit' });
  return (
    <main>
      <h1>Security</h1>
      <p data-testid="server-filters">
        Filtered on the server by: {Object.keys(query.filters).join(', ') || 'nothing'}
      </p>
      <RefreshButton />
      <AuditPanel initialSearch={search} />
    </main>
  );
}
