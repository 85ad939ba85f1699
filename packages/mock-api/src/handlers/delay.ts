/**
 * Waits `ms`, or less when `signal` aborts: the timer is then cleared, so a wait for a client that went away (or a
 * server that closed) keeps nothing alive. A plain `setTimeout` held a Node process open for the whole delay,
 * up to 30 s with the largest scenario latency, after every request and server were gone. Never rejects.
 */
export function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
