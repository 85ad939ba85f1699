import { describe, expect, it } from 'vitest';
import { locateIp } from './ipLocation.ts';

describe('locateIp', () => {
  it.each([
    '10.0.0.1',
    '127.0.0.1',
    '192.168.1.20',
    '172.16.4.4',
    '169.254.10.1',
    '::1',
    '0:0:0:0:0:0:0:1',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
    'fe80::1',
    'FE80::abcd',
    'fd12:3456::1',
    'fc00::1',
  ])('says %s is on a private network, in any spelling', (ip) => {
    expect(locateIp(ip)).toMatchObject({ ip, city: 'Private network', country_code: null });
  });

  it.each(['8.8.8.8', '172.32.0.1', '2001:db8::1', '::ffff:8.8.8.8', 'fc::1', 'fec0::1'])(
    'places %s somewhere, the same place each time',
    (ip) => {
      const place = locateIp(ip);
      expect(place.city).not.toBe('Private network');
      expect(locateIp(ip)).toEqual(place);
    },
  );
});
