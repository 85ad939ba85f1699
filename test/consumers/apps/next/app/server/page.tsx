// <AuditLog> imported straight into a Server Component, no wrapper of ours: the package's entry is a client module
// ('use client'), so Next renders it on the server and hydrates it in the browser; every prop crosses as data, and
// the token function is a server action.
import { AuditLog } from '@auditkit/components';
import '@auditkit/components/styles.css';
import { auditToken } from '../auditToken';

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ServerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of [value].flat()) if (item !== undefined) params.append(key, item);
  }
  return (
    <main>
      <h1>Security (Server Component)</h1>
      <AuditLog
        baseUrl="/frontegg"
        getToken={auditToken}
        urlState={{ initialSearch: params.toString() }}
        // The signed-in user: column choices and saved views are kept per user (none without one).
        userId="user-acme-ada"
        newEventsInterval={false}
      />
    </main>
  );
}
