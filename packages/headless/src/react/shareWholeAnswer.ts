import { replaceEqualDeep } from '@tanstack/react-query';

/**
 * Query's structural sharing for lists of events, all or nothing: the answer before when the new one equals it
 * (nothing re-renders), else the new answer as parsed. Query's own sharing builds, for each event that is not
 * the one at its place before, a copy field by field: the copy is not the parsed event, so `sentEvent` no longer
 * finds what the API sent for it, and a field named `__proto__` assigned on the copy becomes its prototype, gone
 * from its fields. A row whose event changed re-renders either way.
 */
export const shareWholeAnswer = (previous: unknown, next: unknown): unknown =>
  replaceEqualDeep(previous, next) === previous ? previous : next;
