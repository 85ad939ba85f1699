import type { Random } from './random.ts';
import type { DemoTenant, DemoUser, Severity } from './types.ts';

/** What an action template produces for one event. */
export interface ActionDraft {
  description: string;
  resource: string;
  json: unknown;
}

/** One kind of event the dataset generates, weighted so that most events are Info. */
export interface ActionTemplate {
  action: string;
  severity: Severity;
  weight: number;
  /** System events have no user (scheduled jobs, automatic rotation). */
  system?: boolean | undefined;
  draft(random: Random, actor: DemoUser | undefined, tenant: DemoTenant): ActionDraft;
}

const roles = ['Admin', 'Viewer', 'Editor', 'Billing', 'Support'] as const;
const ssoProviders = ['Okta', 'Azure AD', 'Google Workspace', 'OneLogin'] as const;
const mfaMethods = ['authenticator', 'sms', 'webauthn'] as const;
const loginFailures = ['Wrong password', 'Unknown email', 'MFA code expired', 'Account locked'] as const;
const webhookEvents = ['user.created', 'user.deleted', 'audit.created', 'tenant.updated'] as const;

const shortId = (random: Random) => random.int(0xffffff).toString(16).padStart(6, '0');
const other = (random: Random, tenant: DemoTenant) => random.pick(tenant.users);

/** The catalogue of actions: logins, MFA, passwords, roles, invitations, tokens, SSO, webhooks, system jobs. */
export const actionCatalog: readonly ActionTemplate[] = [
  {
    action: 'User logged in',
    severity: 'Info',
    weight: 30,
    draft: (r, u) => ({
      description: `${u?.name} signed in with ${r.pick(['password', 'SSO', 'magic link'])}`,
      resource: `users/${u?.userId}`,
      json: { method: r.pick(['password', 'saml', 'magicLink']), mfa: r.chance(0.6) },
    }),
  },
  {
    action: 'User logged out',
    severity: 'Info',
    weight: 10,
    draft: (_r, u) => ({ description: `${u?.name} signed out`, resource: `users/${u?.userId}`, json: {} }),
  },
  {
    action: 'User failed to login',
    severity: 'Medium',
    weight: 6,
    draft: (r, u) => {
      const reason = r.pick(loginFailures);
      return {
        description: `Sign-in failed: ${reason}`,
        resource: `users/${u?.userId}`,
        json: { reason, attempt: 1 + r.int(5) },
      };
    },
  },
  {
    action: 'MFA enabled',
    severity: 'Info',
    weight: 3,
    draft: (r, u) => {
      const method = r.pick(mfaMethods);
      return {
        description: `${u?.name} enabled MFA (${method})`,
        resource: `users/${u?.userId}/mfa`,
        json: { before: { mfa: false }, after: { mfa: true, method } },
      };
    },
  },
  {
    action: 'MFA disabled',
    severity: 'High',
    weight: 1,
    draft: (r, u) => ({
      description: `${u?.name} disabled MFA`,
      resource: `users/${u?.userId}/mfa`,
      json: { before: { mfa: true, method: r.pick(mfaMethods) }, after: { mfa: false } },
    }),
  },
  {
    action: 'User password changed',
    severity: 'Medium',
    weight: 3,
    draft: (_r, u) => ({
      description: `${u?.name} changed their password`,
      resource: `users/${u?.userId}/password`,
      json: { strength: 'strong' },
    }),
  },
  {
    action: 'Password reset requested',
    severity: 'Info',
    weight: 2,
    draft: (_r, u) => ({
      description: `Password reset email sent to ${u?.email}`,
      resource: `users/${u?.userId}/password`,
      json: { channel: 'email' },
    }),
  },
  {
    action: 'User role changed',
    severity: 'High',
    weight: 3,
    draft: (r, u, t) => {
      const target = other(r, t);
      const before = r.pick(roles);
      const after = r.pick(roles.filter((role) => role !== before));
      return {
        description: `${u?.name} changed ${target.name}'s role from ${before} to ${after}`,
        resource: `users/${target.userId}/roles`,
        json: { targetUserId: target.userId, before: { roles: [before] }, after: { roles: [after] } },
      };
    },
  },
  {
    action: 'User invited',
    severity: 'Info',
    weight: 3,
    draft: (r, u, t) => {
      const invited = `new.hire${r.int(900) + 100}@${t.tenantId.replace('tenant-', '')}.test`;
      const role = r.pick(roles);
      return {
        description: `${u?.name} invited ${invited} as ${role}`,
        resource: 'invitations',
        json: { invitedEmail: invited, roles: [role] },
      };
    },
  },
  {
    action: 'User removed',
    severity: 'High',
    weight: 1,
    draft: (r, u, t) => {
      const target = other(r, t);
      return {
        description: `${u?.name} removed ${target.name}`,
        resource: `users/${target.userId}`,
        json: { removedUserId: target.userId, before: { active: true }, after: { active: false } },
      };
    },
  },
  {
    action: 'API token created',
    severity: 'Medium',
    weight: 2,
    draft: (r, u) => {
      const id = `tok_${shortId(r)}`;
      return {
        description: `${u?.name} created API token ${id}`,
        resource: `api-tokens/${id}`,
        json: { tokenId: id, scopes: ['fe.secure.read.audits'], expiresInDays: r.pick([30, 90, 365]) },
      };
    },
  },
  {
    action: 'API token deleted',
    severity: 'Medium',
    weight: 1,
    draft: (r, u) => {
      const id = `tok_${shortId(r)}`;
      return {
        description: `${u?.name} deleted API token ${id}`,
        resource: `api-tokens/${id}`,
        json: { tokenId: id },
      };
    },
  },
  {
    action: 'SSO configuration updated',
    severity: 'High',
    weight: 1,
    draft: (r, u) => {
      const before = r.pick(ssoProviders);
      const after = r.pick(ssoProviders.filter((p) => p !== before));
      return {
        description: `${u?.name} switched SSO from ${before} to ${after}`,
        resource: 'sso/saml',
        json: {
          before: { provider: before, enforced: false },
          after: { provider: after, enforced: r.chance(0.5) },
        },
      };
    },
  },
  {
    action: 'Webhook created',
    severity: 'Info',
    weight: 1,
    draft: (r, u) => {
      const id = `wh_${shortId(r)}`;
      return {
        description: `${u?.name} created webhook ${id}`,
        resource: `webhooks/${id}`,
        json: { url: `https://hooks.example.com/${id}`, events: [r.pick(webhookEvents)] },
      };
    },
  },
  {
    action: 'Webhook updated',
    severity: 'Medium',
    weight: 1,
    draft: (r, u) => {
      const id = `wh_${shortId(r)}`;
      return {
        description: `${u?.name} updated webhook ${id}`,
        resource: `webhooks/${id}`,
        json: { before: { enabled: true }, after: { enabled: false } },
      };
    },
  },
  {
    action: 'Suspicious login blocked',
    severity: 'Critical',
    weight: 0.5,
    draft: (r, u) => ({
      description: `Blocked a sign-in for ${u?.email} from an unusual location`,
      resource: `users/${u?.userId}`,
      json: { riskScore: 80 + r.int(20), country: r.pick(['KP', 'RU', 'unknown']) },
    }),
  },
  {
    action: 'Scheduled export completed',
    severity: 'Info',
    weight: 3,
    system: true,
    draft: (r) => ({
      description: 'Nightly audit export finished',
      resource: 'jobs/audit-export',
      json: { rows: r.int(50_000), durationMs: r.int(90_000) },
    }),
  },
  {
    action: 'Signing key rotated',
    severity: 'Info',
    weight: 1,
    system: true,
    draft: (r) => ({
      description: 'JWT signing key rotated automatically',
      resource: 'keys/jwt',
      json: { before: { kid: shortId(r) }, after: { kid: shortId(r) } },
    }),
  },
  {
    action: 'Directory sync failed',
    severity: 'Error',
    weight: 0.7,
    system: true,
    draft: (r) => ({
      description: 'SCIM directory sync failed: upstream timed out',
      resource: 'jobs/scim-sync',
      json: { error: 'ETIMEDOUT', retries: r.int(4) },
    }),
  },
];

/** Sum of the catalogue's weights. */
export const actionWeightTotal = actionCatalog.reduce((sum, item) => sum + item.weight, 0);

/** User agents seen on generated events. */
export const userAgents: readonly string[] = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'curl/8.11.0',
  'frontegg-node-sdk/6.4.0',
];

/** The user agent of system events. */
export const systemUserAgent = 'auditkit-scheduler/1.0';
