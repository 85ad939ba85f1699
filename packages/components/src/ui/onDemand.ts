import { createElement, lazy, type ComponentType } from 'react';

/** Counts the error boundaries' retries (Retry, or a reset key that changed): see `part` in `onDemand`. */
let retries = 0;

/** Lets every on-demand part whose fetch failed fetch again at its next render: called by a boundary's retry. */
export function retryFailedParts() {
  retries += 1;
}

/**
 * A module of parts not needed for the first paint, fetched on demand: `preload()` starts the fetch (call it on
 * intent: pointer or focus on the trigger, and when idle), `part(pick)` is a component of it for a `<Suspense>`.
 * Once the module is there, a part that renders for the first time does not suspend: React's `lazy` takes a
 * thenable that resolves synchronously as already loaded, so a preloaded menu opens in the same commit as the key
 * press that opened it (a plain `import().then()` would wait a tick and drop that focus move). A failed fetch
 * (offline) shows the error boundary's error state; its Retry fetches the module again.
 */
export function onDemand<Module>(load: () => Promise<Module>) {
  let loaded: Module | undefined;
  let pending: Promise<Module> | undefined;
  const preload = (): Promise<Module> =>
    (pending ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed fetch (offline) is tried again the next time, not remembered.
        pending = undefined;
        throw error;
      },
    ));

  const part = <Props extends object>(
    pick: (module: Module) => ComponentType<Props>,
  ): ComponentType<Props> => {
    type Loaded = { default: ComponentType<Props> };
    const attempt = () =>
      lazy((): Promise<Loaded> => {
        if (loaded === undefined) {
          return preload().then(
            (module) => ({ default: pick(module) }),
            (error: unknown) => {
              failedAt = retries;
              throw error;
            },
          );
        }
        const module = loaded;
        // Resolves while React subscribes, so `lazy` reads it as loaded at once; typed as the Promise it stands for.
        const now = { then: (resolve: (value: Loaded) => void) => resolve({ default: pick(module) }) };
        return now as unknown as Promise<Loaded>;
      });
    let current = attempt();
    /** The `retries` count when `current`'s fetch failed. */
    let failedAt: number | undefined;
    function OnDemandPart(props: Props) {
      // React keeps a rejected `lazy` rejected for good: it is replaced by a fresh one, which fetches again, once
      // a boundary has retried since (or the module came meanwhile). Not before: React renders again right after
      // the rejection (and once more after the error), and a fresh fetch then would hide the error and, offline,
      // fetch in a loop. Not one `lazy` per mount (`useState`) either, for the same reason: a mount that suspends
      // keeps no state. A part whose fetch worked stays one component type, never remounting nor suspending again.
      if (failedAt !== undefined && (failedAt !== retries || loaded !== undefined)) {
        current = attempt();
        failedAt = undefined;
      }
      return createElement(current, props);
    }
    return OnDemandPart;
  };
  return { preload, part };
}
