// AuditLog's props as a host's compiler sees them (checked by `tsc`, the package's typecheck; at run time the
// elements are only built, never rendered). Hosts wrap the log: their wrappers must keep compiling. A union type
// (`client`, or `baseUrl` with `getToken`) once refused `<AuditLog />` at compile time, and with it
// `interface … extends AuditLogProps` and `Omit<AuditLogProps, 'theme'>` spread into `<AuditLog>`.
import { createAuditClient, type AuditClientOptions } from '@auditkit/headless';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { AuditLog, type AuditLogProps } from './AuditLog.tsx';

const client = createAuditClient({ baseUrl: '/frontegg', getToken: () => 'token' });
const signedIn = (): AuditClientOptions['getToken'] | undefined => undefined;

/** A host's own props, extending the log's. */
interface BrandedLogProps extends AuditLogProps {
  brand: string;
}
function BrandedLog({ brand, ...props }: BrandedLogProps) {
  return <AuditLog {...props} className={brand} />;
}
/** A host's wrapper that fixes one prop. */
function DarkLog(props: Omit<AuditLogProps, 'theme'>) {
  return <AuditLog {...props} theme="dark" />;
}

describe('<AuditLog> props', () => {
  it('take `client`, or `baseUrl` with `getToken` (undefined while signed out)', () => {
    const logs = [
      <AuditLog client={client} />,
      <AuditLog client={client} tenantId="tenant-acme" userId="u1" />,
      <AuditLog baseUrl="/frontegg" getToken={() => 'token'} />,
      <AuditLog baseUrl="/frontegg" getToken={signedIn()} />,
    ];
    expect(logs).toHaveLength(4);
    // @ts-expect-error not a theme
    expect(<AuditLog client={client} theme="blue" />).toBeTruthy();
  });

  it('can be extended, narrowed with Omit and spread, as a host’s wrapper does', () => {
    const fromClient: AuditLogProps = { client, newEventsInterval: false };
    expectTypeOf<{ theme: 'blue' }>().not.toExtend<AuditLogProps>();
    expect([
      <BrandedLog brand="acme" client={client} />,
      <DarkLog baseUrl="/frontegg" getToken={signedIn()} />,
      <AuditLog {...fromClient} />,
    ]).toHaveLength(3);
  });
});
