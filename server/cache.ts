/** A small least-recently-used cache of response bodies; entries die with the load they came from. */
export class Lru<V> {
  private readonly map = new Map<string, V>()
  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const v = this.map.get(key)
    if (v === undefined) return undefined
    this.map.delete(key)
    this.map.set(key, v)
    return v
  }

  set(key: string, v: V): void {
    if (this.max <= 0) return
    this.map.delete(key)
    this.map.set(key, v)
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string)
  }
}
