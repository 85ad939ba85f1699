// TanStack Query's interval timers under the test's control: polling is the subject of some tests, and on a
// loaded machine a real 40 ms interval says nothing about how many polls fit in a sleep. Timeouts stay real
// (Query's gc and retry delays, Testing Library's waitFor), so only `refetchInterval` is driven by hand.
import { timeoutManager, type ManagedTimerId, type TimeoutCallback } from '@tanstack/react-query';

/** Installs the manual interval provider (before any QueryClient exists) and returns `tick()`. */
export function manualIntervals() {
  const intervals = new Map<number, TimeoutCallback>();
  let nextId = 1;
  timeoutManager.setTimeoutProvider<ManagedTimerId>({
    setTimeout: (callback, delay) => setTimeout(callback, delay),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout> | undefined),
    setInterval: (callback) => {
      const id = nextId++;
      intervals.set(id, callback);
      return id;
    },
    clearInterval: (id) => {
      if (typeof id === 'number') intervals.delete(id);
    },
  });
  return {
    /** Fires every live interval once, as if each one's period had elapsed. */
    tick() {
      for (const callback of [...intervals.values()]) callback();
    },
    /** How many intervals are running. */
    get running() {
      return intervals.size;
    },
  };
}
