import type { AuditViewDefinition } from '@auditkit/headless';

/**
 * The vendor's own views, offered to every user above their saved ones: they can apply these, not rename or
 * delete them. Defined once at module level, so the list keeps its identity across renders.
 */
export const demoViews: readonly AuditViewDefinition[] = [
  {
    id: 'failed-sign-ins-week',
    name: 'Failed sign-ins this week',
    query: {
      time: { preset: '7d' },
      filters: { action: ['User failed to login', 'Suspicious login blocked'] },
    },
  },
  {
    id: 'permission-changes',
    name: 'Permission changes',
    query: {
      filters: {
        action: [
          'User role changed',
          'User invited',
          'User removed',
          'API token created',
          'API token deleted',
        ],
      },
    },
  },
  {
    id: 'severe-events',
    name: 'Severe events',
    // The severities the stats strip counts as "Severe this week" (the mock's stats), so the two numbers agree.
    query: {
      filters: { severity: ['High', 'Error', 'Critical'] },
      sort: { column: 'createdAt', direction: 'desc' },
    },
  },
];
