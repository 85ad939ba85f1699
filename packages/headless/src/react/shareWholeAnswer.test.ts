import { describe, expect, it } from 'vitest';
import { shareWholeAnswer } from './shareWholeAnswer.ts';

const answer = (...events: string[]) => ({
  data: events.map((text) => JSON.parse(text) as object),
  total: 2,
});

describe('shareWholeAnswer', () => {
  it('keeps the answer before when the new one equals it, so nothing re-renders', () => {
    const before = answer('{"frontegg_id":"a","n":1}');
    expect(shareWholeAnswer(before, answer('{"frontegg_id":"a","n":1}'))).toBe(before);
  });

  it('gives the new answer as parsed, its events the very objects, when anything differs', () => {
    const before = answer('{"frontegg_id":"a"}');
    const next = answer('{"frontegg_id":"b","__proto__":{"polluted":1}}', '{"frontegg_id":"a"}');
    const shared = shareWholeAnswer(before, next) as typeof next;
    expect(shared).toBe(next);
    expect(shared.data[0]).toBe(next.data[0]);
    // Query's own sharing copies the first event field by field, and the copy's `__proto__` is its prototype.
    expect(Object.hasOwn(shared.data[0]!, '__proto__')).toBe(true);
  });

  it('takes the new answer when there was none', () => {
    const next = answer('{"frontegg_id":"a"}');
    expect(shareWholeAnswer(undefined, next)).toBe(next);
  });
});
