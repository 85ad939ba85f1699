import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delayMs`: what a live region should say while someone types, so a
 * screen reader hears where the typing paused, not every keystroke's state.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
