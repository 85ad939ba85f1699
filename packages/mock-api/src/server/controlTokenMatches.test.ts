import { describe, expect, it } from 'vitest';
import { controlTokenMatches } from './controlTokenMatches.ts';

describe('controlTokenMatches', () => {
  it('matches the token only, whatever the length of what was sent', () => {
    expect(controlTokenMatches('s3cret-token', 's3cret-token')).toBe(true);
    for (const given of [
      null,
      '',
      's3cret-toke',
      's3cret-tokeN',
      's3cret-token ',
      'S3cret-token',
      'x'.repeat(10_000),
    ])
      expect(controlTokenMatches(given, 's3cret-token'), String(given)).toBe(false);
  });
});
