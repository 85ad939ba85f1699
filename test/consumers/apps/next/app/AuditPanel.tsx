'use client';
// The README's recipe: a client wrapper owns the function props (getToken); the token comes from our server.
import { AuditLog } from '@auditkit/components';
import '@auditkit/components/styles.css';

let token: Promise<string> | undefined;
const getToken = () => (token ??= fetch('/api/audit-token').then((response) => response.text()));

export function AuditPanel({ initialSearch }: { initialSearch: string }) {
  return (
    <AuditLog
      baseUrl="/frontegg"
      getToken={getToken}
      urlState={{ initialSearch }}
      // The signed-in user: column choices and saved views are kept per user (none without one).
      userId="user-acme-ada"
      newEventsInterval={false}
    />
  );
}
