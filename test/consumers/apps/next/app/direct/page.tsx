// Parts of @auditkit/components imported straight into a Server Component: they are client modules ('use client'),
// so this builds and server-renders (without the directive the build fails: `createContext is not a function`).
// <AuditLog> itself is rendered from a Server Component in ../server, with a server action for the token.
import { AuditUiProvider, TimeZoneSelect } from '@auditkit/components';

export default function Direct() {
  return (
    <AuditUiProvider defaultTimeZone="UTC">
      <TimeZoneSelect zones={['Europe/Berlin']} />
    </AuditUiProvider>
  );
}
