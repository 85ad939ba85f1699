import { describe, expect, it } from 'vitest';
import { pageRange } from './pageRange.ts';

describe('pageRange', () => {
  it('counts pages and the events on the current one', () => {
    expect(pageRange({ page: 5, pageSize: 20, total: 830 })).toEqual({
      pageCount: 42,
      page: 5,
      from: 101,
      to: 120,
      total: 830,
      totalIsLowerBound: false,
      pages: [0, null, 3, 4, 5, 6, 7, null, 41],
      hasPrevious: true,
      hasNext: true,
    });
  });

  it('has one empty first page without events', () => {
    expect(pageRange({ page: 3, pageSize: 20, total: 0 })).toMatchObject({
      pageCount: 1,
      page: 0,
      from: 0,
      to: 0,
      pages: [0],
      hasPrevious: false,
      hasNext: false,
    });
  });

  it('clamps a page past the end (a filter shrank the list) and shows no gap next to neighbours', () => {
    expect(pageRange({ page: 9, pageSize: 50, total: 120 })).toMatchObject({
      pageCount: 3,
      page: 2,
      from: 101,
      to: 120,
      pages: [0, 1, 2],
      hasNext: false,
    });
    expect(pageRange({ page: Number.NaN, pageSize: 20, total: 45 }).page).toBe(0);
  });

  it('without a count, offers the page after a full one and no last page', () => {
    // The sixth page of 20 came back full: 120 events at least.
    expect(pageRange({ page: 5, pageSize: 20, total: 120, totalIsLowerBound: true })).toMatchObject({
      pageCount: 7,
      page: 5,
      from: 101,
      to: 120,
      total: 120,
      totalIsLowerBound: true,
      pages: [0, null, 3, 4, 5, 6],
      hasPrevious: true,
      hasNext: true,
    });
    // Nothing seen yet is not a lower bound worth a page of its own.
    expect(pageRange({ page: 0, pageSize: 20, total: 0, totalIsLowerBound: true })).toMatchObject({
      pageCount: 1,
      totalIsLowerBound: false,
      hasNext: false,
    });
  });
});
