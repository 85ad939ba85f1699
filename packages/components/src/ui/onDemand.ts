import { lazy, type ComponentType } from 'react';

/**
 * A module of parts not needed for the first paint, fetched on demand: `preload()` starts the fetch (call it on
 * intent: pointer or focus on the trigger, and when idle), `part(pick)` is a lazy component of it for a
 * `<Suspense>`. Once the module is there, a part that renders for the first time does not suspend: React's
 * `lazy` takes a thenable that resolves synchronously as already loaded, so a preloaded menu opens in the same
 * commit as the key press that opened it (a plain `import().then()` would wait a tick and drop that focus move).
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
  const part = <Props extends object>(pick: (module: Module) => ComponentType<Props>) =>
    lazy(() => {
      if (loaded === undefined) return preload().then((module) => ({ default: pick(module) }));
      const module = loaded;
      // Resolves while React subscribes, so `lazy` reads it as loaded at once; typed as the Promise it stands for.
      const now = {
        then: (resolve: (value: { default: ComponentType<Props> }) => void) =>
          resolve({ default: pick(module) }),
      };
      return now as unknown as Promise<{ default: ComponentType<Props> }>;
    });
  return { preload, part };
}
