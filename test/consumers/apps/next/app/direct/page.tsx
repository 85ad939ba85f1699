// Parts of @auditkit/components imported straight into a Server Component: they are client modules ('use client'),
// so this builds and server-renders. (<AuditLog> needs a token function, which cannot cross from the server:
// that is what the client wrapper of the main page is for.)
import { AuditUiProvider, TimeZoneSelect } from '@auditkit/components';

export default function Direct() {
  return (
    <AuditUiProvider defaultTimeZone="UTC">
      <TimeZoneSelect zones={['Europe/Berlin']} />
    </AuditUiProvider>
  );
}
