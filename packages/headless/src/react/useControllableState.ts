import { useCallback, useInsertionEffect, useRef, useState } from 'react';

/** A new value, or a function of the current one. */
export type Updater<T> = T | ((previous: T) => T);

/**
 * State the host may own: controlled when `value` is given (changes only go to `onChange`), otherwise kept
 * here, starting at `defaultValue`. Functional updates see the latest value even within one event.
 *
 * @example
 * ```ts
 * const [query, setQuery] = useControllableState(props.value, defaultAuditQuery, props.onChange);
 * ```
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T | (() => T),
  onChange?: (value: T) => void,
): [T, (updater: Updater<T>) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const latest = useRef(current);
  const onChangeRef = useRef(onChange);
  const controlledRef = useRef(controlled);
  // Synced after each commit (before any event handler can run), not during render, which React forbids.
  useInsertionEffect(() => {
    latest.current = current;
    onChangeRef.current = onChange;
    controlledRef.current = controlled;
  });

  const set = useCallback((updater: Updater<T>) => {
    const next = typeof updater === 'function' ? (updater as (previous: T) => T)(latest.current) : updater;
    if (Object.is(next, latest.current)) return;
    latest.current = next;
    if (!controlledRef.current) setOwn(() => next);
    onChangeRef.current?.(next);
  }, []);
  return [current, set];
}
