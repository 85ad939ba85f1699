// Deterministic randomness: every event is computed from a hash of (seed, tenant, index), so event i of a
// tenant can be produced on demand without producing events 0..i-1 first.

/** A 32-bit integer mix (the murmur3 finaliser): good avalanche, cheap, no allocation. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes a list of integers into one unsigned 32-bit integer. */
export function hashInts(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const value of values) h = mix32(h ^ mix32(value + 0x7f4a7c15));
  return h;
}

/** Hashes a string into one unsigned 32-bit integer (FNV-1a, then mixed). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** A small seeded PRNG (mulberry32). */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with the given probability. */
  chance(probability: number): boolean;
}

/** Creates a mulberry32 generator from a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    chance: (probability: number) => next() < probability,
  };
}

/** Picks from weighted entries; weights need not sum to 1. */
export function pickWeighted<T extends { weight: number }>(
  random: Random,
  items: readonly T[],
  total: number,
): T {
  let roll = random.next() * total;
  for (const item of items) {
    roll -= item.weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1] as T;
}

const byteHex = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** A UUID-shaped id (version 4 layout) from a seeded generator, so ids are stable for a seed. */
export function uuidFrom(random: Random): string {
  // Byte by byte through a table: Number#toString(16) on values above 2^31 is slow, and ids are made per event.
  let h = '';
  for (let i = 0; i < 4; i++) {
    const word = Math.floor(random.next() * 4294967296);
    h +=
      byteHex[word >>> 24]! +
      byteHex[(word >>> 16) & 255]! +
      byteHex[(word >>> 8) & 255]! +
      byteHex[word & 255]!;
  }
  const variant = (8 + (parseInt(h[16] as string, 16) & 3)).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
