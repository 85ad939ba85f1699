/**
 * How long a test waits for something to show before it fails: `expect.poll`, `expect.element`, `waitFor` and
 * `findBy*`, whose own default is one second. `npm test` runs every project at once on two shared cores, and
 * there a first render behind a lazily loaded chunk has taken more than a second (the Loading story failed so in
 * CI with its page drawn and the table's chunk not yet in). Each wait still ends as soon as its condition holds,
 * so the limit costs nothing when all is well; it only tells a hang from a slow machine.
 */
export const waitLimitMs = 10_000;

// Used by the browser and end-to-end projects' `test.expect`, the Storybook preview's and the headless project's
// Testing Library `configure`.

/** Vitest's `test.expect` option with {@link waitLimitMs} as `expect.poll`'s (and `expect.element`'s) default. */
export const waitLimitExpect = { poll: { timeout: waitLimitMs } };
