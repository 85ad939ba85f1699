import { describe, expect, it } from 'vitest';
import { shareAnswerParts } from './shareAnswerParts.ts';

const answer = (total: number, ...events: string[]) => ({
  data: events.map((text) => JSON.parse(text) as object),
  total,
});

describe('shareAnswerParts', () => {
  it('keeps the answer before when the new one equals it, so nothing re-renders', () => {
    const before = answer(1, '{"frontegg_id":"a","n":1}');
    expect(shareAnswerParts(before, answer(1, '{"frontegg_id":"a","n":1}'))).toBe(before);
  });

  it('keeps the events before when only the count changed, so every row stays as it was', () => {
    const before = answer(2, '{"frontegg_id":"a"}', '{"frontegg_id":"b","json":{"x":[1]}}');
    const shared = shareAnswerParts(
      before,
      answer(3, '{"frontegg_id":"a"}', '{"frontegg_id":"b","json":{"x":[1]}}'),
    );
    expect(shared).toEqual({ data: before.data, total: 3 });
    expect((shared as typeof before).data).toBe(before.data);
  });

  it('gives the new events as parsed, the very objects, when any differs', () => {
    const before = answer(1, '{"frontegg_id":"a"}');
    const next = answer(2, '{"frontegg_id":"b","__proto__":{"polluted":1}}', '{"frontegg_id":"a"}');
    const shared = shareAnswerParts(before, next) as typeof next;
    expect(shared.data).toBe(next.data);
    // Query's own sharing copies the first event field by field, and the copy's `__proto__` is its prototype.
    expect(Object.hasOwn(shared.data[0]!, '__proto__')).toBe(true);
  });

  it('takes the new answer when there was none', () => {
    const next = answer(1, '{"frontegg_id":"a"}');
    expect(shareAnswerParts(undefined, next)).toBe(next);
  });

  it('keeps an infinite list’s pages as they are when one is added', () => {
    const first = answer(3, '{"frontegg_id":"a"}');
    const before = { pages: [first], pageParams: [0] };
    const next = { pages: [first, answer(3, '{"frontegg_id":"b"}')], pageParams: [0, 1] };
    const shared = shareAnswerParts(before, next) as typeof next;
    expect(shared.pages).toBe(next.pages);
    expect(shared.pages[0]).toBe(first);
  });
});
