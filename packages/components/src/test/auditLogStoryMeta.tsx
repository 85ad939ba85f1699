// What every story of the whole <AuditLog> shares (its own stories and the translations'), so each story file says
// only what its stories change.
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import type { Meta } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { AuditLog } from '../AuditLog/AuditLog.tsx';

const adminToken = demoToken(demoIdentities.tenantAAdmin);

/** The toolbar's theme, as `<AuditLog theme>` takes it. */
export const themeOf = (globals: Record<string, unknown>) => (globals.theme === 'dark' ? 'dark' : 'light');

/**
 * The mock behind `/frontegg`, a tenant admin's token, UTC, no polling, the exported file kept in memory (nothing
 * saved, no picker), no extra styling root (`<AuditLog>` renders its own), a docs frame tall enough for the whole
 * log, and the toolbar's theme.
 */
export const auditLogStoryMeta = {
  component: AuditLog,
  args: {
    baseUrl: '/frontegg',
    getToken: () => adminToken,
    timeZone: 'UTC',
    newEventsInterval: false,
    exportOptions: { target: 'blob', saveBlob: fn() },
  },
  parameters: { auditkit: { root: false }, layout: 'fullscreen', docs: { story: { iframeHeight: 760 } } },
  render: (args, { globals }) => <AuditLog {...args} theme={themeOf(globals)} />,
} satisfies Omit<Meta<typeof AuditLog>, 'title'>;
