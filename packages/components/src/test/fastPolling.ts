// The hooks poll no faster than every 5 s (a host's interval meant as seconds flooded its API), so a test of what a
// poll brings would wait seconds for each. Instead Query's interval timers run `speed` times faster in that test
// file: it passes an interval the hooks accept (5000) and sees it elapse in 250 ms. Timeouts (Query's gc and retry
// delays, the test's own waits) keep real time.
import { timeoutManager, type ManagedTimerId } from '@tanstack/react-query';

/** Call at the top of a test file, before anything renders (Query's timers must all come from one provider). */
export function fastPolling(speed = 20): void {
  timeoutManager.setTimeoutProvider<ManagedTimerId>({
    setTimeout: (callback, delay) => setTimeout(callback, delay),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout> | undefined),
    setInterval: (callback, delay) => setInterval(callback, delay / speed),
    clearInterval: (id) => clearInterval(id as ReturnType<typeof setInterval> | undefined),
  });
}
