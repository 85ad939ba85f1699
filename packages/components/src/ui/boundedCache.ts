/**
 * A small insertion-ordered cache that forgets its oldest entry past `limit`. The keys here are
 * (locale, zone, options) combinations, of which a page uses one or two, but a host that lets users type zones
 * or locales must not grow memory without bound.
 *
 * @example
 * const cache = boundedCache<Intl.NumberFormat>(16);
 * const format = cache('en', () => new Intl.NumberFormat('en'));
 */
export function boundedCache<T>(limit: number): (key: string, create: () => T) => T {
  const entries = new Map<string, T>();
  return (key, create) => {
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const value = create();
    if (entries.size >= limit) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    entries.set(key, value);
    return value;
  };
}
