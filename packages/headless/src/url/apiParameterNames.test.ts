import { describe, expect, it } from 'vitest';
import { apiParameterUrlKeys } from '../../../../test/fixtures/hostileKeys.ts';
import { apiParameterNames } from './apiParameterNames.ts';

describe('apiParameterNames', () => {
  // The fixture is a literal list the link-safety suites attack with: a name dropped from the set would let a link
  // set it as a filter, and a name added without the fixture would go unattacked.
  it('is exactly the API parameters the hostile-key fixture names', () => {
    expect([...apiParameterNames].sort()).toEqual([...apiParameterUrlKeys].sort());
  });
});
