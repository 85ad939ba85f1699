import { isIPv4, isIPv6 } from 'node:net';

/**
 * Whether a socket's remote address is the loopback interface: `127.0.0.0/8`, `::1`, or an IPv4-mapped
 * `::ffff:127.x.x.x` (what a dual-stack listener reports for an IPv4 caller). Anything else, and no address at
 * all (a socket already gone), is not: the control routes open only to callers on this machine.
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  if (isIPv4(address)) return address.startsWith('127.');
  // A zone (`fe80::1%eth0`) never makes an address loopback; the URL parser below refuses one.
  const bare = address.replace(/%.*$/s, '');
  if (!isIPv6(bare)) return false;
  // The URL parser writes every spelling of an IPv6 address one way (`0:0:0:0:0:0:0:1` as `::1`, and
  // `::ffff:127.0.0.1` as `::ffff:7f00:1`), so two patterns cover them all.
  const canonical = new URL(`http://[${bare}]/`).hostname;
  return canonical === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(canonical);
}
