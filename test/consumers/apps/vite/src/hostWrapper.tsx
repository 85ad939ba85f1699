// Not part of the page: type-checked only (tsconfig.json compiles every file in src), under React 18's types and
// 19's. The thin wrapper a host with `exactOptionalPropertyTypes` writes around the log, its session's values
// possibly undefined, and a part of its own placed in the log's state. Each line here once failed to compile.
import { AuditLog, AuditStateScope, useAuditState } from '@auditkit/components';
import { createAuditClient, useColumnPreferences, useAuditColumns } from '@auditkit/headless';

interface Session {
  tenantId: string | undefined;
  userId: string | undefined;
  timeZone: string | undefined;
  locale: string | undefined;
}

export function TenantAuditLog({ session }: { session: Session }) {
  return (
    <AuditLog
      baseUrl="/frontegg"
      getToken={() => 'token'}
      tenantId={session.tenantId}
      userId={session.userId}
      timeZone={session.timeZone}
      locale={session.locale}
      columnsStorageKey={session.tenantId && `audit-columns-${session.tenantId}`}
    />
  );
}

export const tenantClient = (session: Session) =>
  createAuditClient({ baseUrl: '/frontegg', getToken: () => 'token', tenantId: session.tenantId });

export function ColumnCount({ session }: { session: Session }) {
  const columns = useAuditColumns();
  const preferences = useColumnPreferences({
    columns: columns.data ?? [],
    storageKey: 'audit-columns',
    tenantId: session.tenantId,
    userId: session.userId,
  });
  return <p>{preferences.visibleColumns.length}</p>;
}

function QueryText() {
  return <p>{useAuditState().queryState.query.search}</p>;
}

export const ownPart = (
  <AuditStateScope>
    <QueryText />
  </AuditStateScope>
);
