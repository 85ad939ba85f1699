/** @type {import('next').NextConfig} */
export default {
  // The mock API runs in a route handler on Node: msw stays a Node package, not bundled.
  serverExternalPackages: ['msw', '@auditkit/mock-api'],
};
