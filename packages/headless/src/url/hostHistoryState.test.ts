import { describe, expect, it } from 'vitest';
import { hostHistoryState } from './hostHistoryState.ts';

describe('hostHistoryState and React Router’s entry', () => {
  // React Router numbers its push from the current entry's `idx`: dropped from our entry, its push from there
  // counted on from `undefined` (NaN), and Back onto our entry from the page it opened was a pop it could not
  // block, so a page's "unsaved changes" blocker let the user leave.
  it('keeps the router’s idx on a push and on a replace', () => {
    const routerState = { usr: { from: 'menu' }, key: 'k2x9', idx: 3 };
    expect(hostHistoryState(routerState, 'push', '/audit?audit.sev=High')).toEqual(routerState);
    expect(hostHistoryState(routerState, 'replace', '/audit?audit.sev=High')).toEqual(routerState);
  });
});
