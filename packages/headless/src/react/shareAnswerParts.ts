import { replaceEqualDeep } from '@tanstack/react-query';

/**
 * Query's structural sharing for lists of events, part by part: the answer before when the new one equals it
 * (nothing re-renders), else each part of the answer (its events, its count; an infinite list's pages) the one
 * before when equal, the new one as parsed when not. So a refresh that only changed the count keeps every row as
 * it was (an open row's details, its unfolded JSON, focus in it). Never Query's own copy of an event: Query builds,
 * for each event that is not the one at its place before, a copy field by field, which is not the parsed event
 * (`sentEvent` no longer finds what the API sent for it), and on which a field named `__proto__` becomes the
 * prototype, gone from the fields. Only our own answer's keys are assigned here (`data`, `total`, `pages`…).
 */
export function shareAnswerParts(previous: unknown, next: unknown): unknown {
  const shared = replaceEqualDeep(previous, next) as Record<string, unknown>;
  if (shared !== previous && shared !== next)
    for (const part in shared)
      if (shared[part] !== (previous as Record<string, unknown>)[part])
        shared[part] = (next as Record<string, unknown>)[part];
  return shared;
}
