// A plain Vite SPA: the API is the standalone mock server (`npx @auditkit/mock-api`), given in the page's URL.
import { AuditLog } from '@auditkit/components';
import '@auditkit/components/styles.css';
import { version } from 'react';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(location.search);
const token = params.get('token') ?? '';

createRoot(document.getElementById('root')!).render(
  <>
    <p data-testid="react-version">React {version}</p>
    <AuditLog baseUrl={params.get('api') ?? ''} getToken={() => token} newEventsInterval={false} />
  </>,
);
