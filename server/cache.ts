/**
 * A small least-recently-used cache of response bodies, bounded in entries and in bytes (a
 * tile of a few thousand points is a few hundred KB); the app clears it when a new load is in.
 */
export class Lru<V extends string | Buffer> {
  private readonly map = new Map<string, V>()
  private bytes = 0
  constructor(
    private readonly max: number,
    private readonly maxBytes = Infinity,
  ) {}

  get(key: string): V | undefined {
    const v = this.map.get(key)
    if (v === undefined) return undefined
    this.map.delete(key)
    this.map.set(key, v)
    return v
  }

  set(key: string, v: V): void {
    const n = byteSize(v)
    if (this.max <= 0 || n > this.maxBytes) return
    this.delete(key)
    this.map.set(key, v)
    this.bytes += n
    while (this.map.size > this.max || this.bytes > this.maxBytes) this.delete(this.map.keys().next().value as string)
  }

  clear(): void {
    this.map.clear()
    this.bytes = 0
  }

  private delete(key: string): void {
    const old = this.map.get(key)
    if (old === undefined) return
    this.map.delete(key)
    this.bytes -= byteSize(old)
  }
}

/** Bytes a body holds (a JSON string: its UTF-16 length, close enough for a bound). */
const byteSize = (v: string | Buffer) => (typeof v === 'string' ? v.length * 2 : v.byteLength)
