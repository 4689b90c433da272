/**
 * A least-recently-used cache with a hard size cap. Every scorer cache that
 * typed answers can fill goes through this: an attacker sending endless new
 * words must not grow the server's memory (issue #9). Map keeps insertion
 * order, so re-inserting on a hit makes the first key the least recent.
 */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError("capacity must be at least 1");
  }

  get size(): number {
    return this.map.size;
  }

  /** The cached value, or undefined; a hit becomes the most recently used. */
  get(key: K): V | undefined {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key) as V;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  set(key: K, value: V): void {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) this.map.delete(this.map.keys().next().value as K);
    this.map.set(key, value);
  }

  /** Cached value, or computes, stores and returns it. */
  getOrSet(key: K, compute: () => V): V {
    if (this.map.has(key)) return this.get(key) as V;
    const value = compute();
    this.set(key, value);
    return value;
  }

  clear(): void {
    this.map.clear();
  }
}
