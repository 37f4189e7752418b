/**
 * The Arena's random order: every entry gets a key from its id and the visitor's seed of the day,
 * and the list is sorted by that key. The order stays the same for one visitor all day, however many
 * entries come and go (an entry's key does not depend on the others), and differs for the next
 * visitor and the next day, so no entry wins by its position alone.
 *
 * A page is picked in one pass over the keys without sorting them all: there are many orders each
 * day (see `dailyOrderOf`), and a city's 50,000 entries must not cost a sort for each of them.
 */

/** The murmur3 finaliser: spreads every bit of the input over the whole 32-bit result. */
function mix(value: number): number {
  let x = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A number for an entry's id (its first 32 random bits; entry ids are random UUIDs). */
export function idHash(id: string): number {
  return Number.parseInt(id.slice(0, 8), 16) >>> 0;
}

/** A number from the seed of a daily order (a hex string). */
export function seedNumber(seed: string): number {
  return Number.parseInt(seed.slice(0, 8), 16) >>> 0;
}

/** The key of position `index`: ties (equal 32-bit keys) are broken by the position, so none are equal. */
function keyOf(hash: number, seed: number, index: number, count: number): number {
  return mix(mix(hash ^ seed) ^ Math.imul(seed, 0x9e3779b9)) * count + index;
}

/**
 * The positions (into `hashes`) of the entries at ranks offset … offset+limit−1 of the day's order
 * for this seed. Keeps only the offset+limit smallest keys while it passes over them.
 */
export function dailyOrderPage(hashes: ArrayLike<number>, seed: number, offset: number, limit: number): number[] {
  const count = hashes.length;
  const wanted = Math.min(count, Math.max(0, offset) + Math.max(0, limit));
  if (wanted === 0 || offset >= count) return [];
  const best: number[] = [];
  for (let index = 0; index < count; index++) {
    const key = keyOf(hashes[index] as number, seed, index, count);
    if (best.length === wanted && key >= (best[wanted - 1] as number)) continue;
    // Insertion into the sorted list of the best keys so far (short for the first pages).
    let at = best.length < wanted ? best.length : wanted - 1;
    if (best.length < wanted) best.push(key);
    while (at > 0 && (best[at - 1] as number) > key) {
      best[at] = best[at - 1] as number;
      at--;
    }
    best[at] = key;
  }
  return best.slice(offset).map((key) => key % count);
}
