import { describe, expect, it } from 'vitest';
import { isLoopbackAddress } from './isLoopbackAddress.ts';

describe('isLoopbackAddress', () => {
  it.each([
    '127.0.0.1',
    '127.0.0.2',
    '127.255.255.254',
    '::1',
    '0:0:0:0:0:0:0:1',
    '::ffff:127.0.0.1',
    '::FFFF:127.1.2.3',
    '::ffff:7f00:1',
  ])('takes %s for this machine', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each([
    undefined,
    '',
    '192.0.2.2',
    '10.0.0.1',
    '0.0.0.0',
    '128.0.0.1',
    '1.127.0.0',
    '::',
    '::2',
    'fd00::2',
    'fe80::1%lo',
    '::ffff:192.0.2.2',
    '::ffff:7e00:1',
    '::127.0.0.1',
    '64:ff9b::127.0.0.1',
    'localhost',
    '127.0.0.1.example',
    '127.1',
  ])('takes %s for another machine', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});
