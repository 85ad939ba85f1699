// AuditLog's props as a host's compiler sees them (checked by `tsc`, the package's typecheck; at run time the
// elements are only built, never rendered): a log with no way to reach the API does not compile, as it could only
// show its error state.
import { createAuditClient, type AuditClientOptions } from '@auditkit/headless';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { AuditLog, type AuditLogProps } from './AuditLog.tsx';

const client = createAuditClient({ baseUrl: '/frontegg', getToken: () => 'token' });
const signedIn = (): AuditClientOptions['getToken'] | undefined => undefined;

describe('<AuditLog> props', () => {
  it('need `client`, or `baseUrl` with `getToken`, which may be undefined while signed out', () => {
    const logs = [
      // @ts-expect-error nothing to reach the API with (the README's saved-views example once did this)
      <AuditLog />,
      // @ts-expect-error `getToken` left out: a host signing out passes `getToken={undefined}` instead
      <AuditLog baseUrl="/frontegg" />,
      // @ts-expect-error a token without the API's address
      <AuditLog getToken={() => 'token'} userId="u1" />,
      <AuditLog client={client} />,
      <AuditLog client={client} tenantId="tenant-acme" userId="u1" />,
      <AuditLog baseUrl="/frontegg" getToken={() => 'token'} />,
      <AuditLog baseUrl="/frontegg" getToken={signedIn()} />,
    ];
    expect(logs).toHaveLength(7);
  });

  it('can be held in a variable or spread, as a wrapper passes them on', () => {
    const fromClient: AuditLogProps = { client, newEventsInterval: false };
    const fromUrl: AuditLogProps = { baseUrl: '', getToken: signedIn(), userId: 'u1' };
    expectTypeOf<{ theme: 'dark' }>().not.toExtend<AuditLogProps>();
    expect([<AuditLog {...fromClient} />, <AuditLog {...fromUrl} theme="dark" />]).toHaveLength(2);
  });
});
