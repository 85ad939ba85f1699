/**
 * What the log keeps per user when it may not keep it in `localStorage` (no `userId`, where one key would be every
 * user's of the browser; a sandboxed frame, where `localStorage` throws): kept in memory for the page's life, one
 * store for saved views and column choices alike, their keys apart. One for the page, not one per log: the log
 * makes its storage each time it is mounted (a page left and opened again, Retry after an error), and what it kept
 * came back empty. Shaped as the part of `Storage` the log uses, so a caller reads and writes it as it would
 * `localStorage`.
 */
const entries = new Map<string, string>();

export const pageMemory: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
  getItem: (key) => entries.get(key) ?? null,
  setItem: (key, value) => {
    // Never on a server, where one module's memory would be every request's.
    if (typeof window !== 'undefined') entries.set(key, value);
  },
  removeItem: (key) => void entries.delete(key),
};
