import { describe, expect, it } from 'vitest';
import { parseListResponse } from '../client/parseResponses.ts';
import { uniqueEvents } from './uniqueEvents.ts';

const at = '2021-04-07T10:50:40.201Z';

describe('uniqueEvents', () => {
  it('keeps every event of pages whose ids repeat next to an id of the numbered form', () => {
    // The server sends `a` twice and an event whose own id is `a~1`: four events, four rows.
    const first = parseListResponse({
      data: [
        { frontegg_id: 'a', createdAt: at, action: 'one' },
        { frontegg_id: 'a', createdAt: at, action: 'two' },
        { frontegg_id: 'a~1', createdAt: at, action: 'three' },
      ],
      total: 4,
    });
    const second = parseListResponse({
      data: [{ frontegg_id: 'b', createdAt: at, action: 'four' }],
      total: 4,
    });
    const events = uniqueEvents([first, second]);
    expect(events.map((event) => event.action)).toEqual(['one', 'two', 'three', 'four']);
    expect(new Set(events.map((event) => event.frontegg_id)).size).toBe(4);
  });
});
