import type { DemoTenant } from './types.ts';

/** The vendor every demo tenant belongs to. */
export const DEMO_VENDOR_ID = 'vendor-auditkit-demo';

/** The support address that appears as `actorMail` on impersonated events. */
export const DEMO_SUPPORT_EMAIL = 'support@auditkit.dev';

/**
 * The demo tenants, each with its own users. Tenant A (`tenant-acme`) and tenant B (`tenant-globex`) are the ones
 * the demo identities belong to.
 */
export const demoTenants: readonly DemoTenant[] = [
  {
    tenantId: 'tenant-acme',
    name: 'Acme Corp',
    region: 'eu-west-1',
    users: [
      { userId: 'user-acme-ada', name: 'Ada Lovelace', email: 'ada@acme.test', homeIp: '81.2.69.142' },
      {
        userId: 'user-acme-grace',
        name: 'Grace Hopper',
        email: 'grace@acme.test',
        homeIp: '2a02:c7f:5e2c:8a00::1',
      },
      { userId: 'user-acme-linus', name: 'Linus Berg', email: 'linus@acme.test', homeIp: '185.23.44.10' },
      { userId: 'user-acme-noor', name: 'نور الهدى', email: 'noor@acme.test', homeIp: '94.200.11.7' },
      {
        userId: 'user-acme-sam',
        name: 'Sam O’Neil',
        email: 'sam@acme.test',
        homeIp: '2001:db8:85a3::8a2e:370:7334',
      },
      { userId: 'user-acme-viewer', name: 'Vic Viewer', email: 'viewer@acme.test', homeIp: '81.2.69.160' },
    ],
  },
  {
    tenantId: 'tenant-globex',
    name: 'Globex Inc.',
    region: 'us-east-1',
    users: [
      { userId: 'user-globex-hank', name: 'Hank Scorpio', email: 'hank@globex.test', homeIp: '64.233.160.5' },
      {
        userId: 'user-globex-marge',
        name: 'Marge Chen',
        email: 'marge@globex.test',
        homeIp: '2607:f8b0:4004:800::200e',
      },
      { userId: 'user-globex-raj', name: 'Raj Patel', email: 'raj@globex.test', homeIp: '52.95.110.1' },
      { userId: 'user-globex-zoe', name: 'Zoë Müller', email: 'zoe@globex.test', homeIp: '198.51.100.23' },
    ],
  },
  {
    tenantId: 'tenant-initech',
    name: 'Initech',
    region: 'ap-southeast-2',
    users: [
      {
        userId: 'user-initech-peter',
        name: 'Peter Gibbons',
        email: 'peter@initech.test',
        homeIp: '203.0.113.9',
      },
      {
        userId: 'user-initech-joanna',
        name: 'Joanna Park',
        email: 'joanna@initech.test',
        homeIp: '2404:6800:4006:80a::2004',
      },
      {
        userId: 'user-initech-milton',
        name: 'Milton Waddams',
        email: 'milton@initech.test',
        homeIp: '139.130.4.5',
      },
    ],
  },
];
