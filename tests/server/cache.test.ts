/** The response cache: least recently used out first, bounded in entries and in bytes. */
import { describe, expect, it } from 'vitest'
import { Lru } from '../../server/cache'

describe('Lru', () => {
  it('drops the least recently used entry past its count', () => {
    const c = new Lru<string>(2)
    c.set('a', '1')
    c.set('b', '2')
    expect(c.get('a')).toBe('1')
    c.set('c', '3')
    expect(c.get('b')).toBeUndefined()
    expect([c.get('a'), c.get('c')]).toEqual(['1', '3'])
  })

  it('drops entries past its bytes, never keeps one larger than them, and clears', () => {
    const c = new Lru<Buffer>(100, 1000)
    c.set('a', Buffer.alloc(400))
    c.set('b', Buffer.alloc(400))
    c.set('c', Buffer.alloc(400))
    expect(c.get('a')).toBeUndefined()
    expect(c.get('b')?.byteLength).toBe(400)
    c.set('huge', Buffer.alloc(2000))
    expect(c.get('huge')).toBeUndefined()
    expect(c.get('c')?.byteLength).toBe(400)
    c.clear()
    expect(c.get('b')).toBeUndefined()
  })

  it('keeps nothing when sized 0', () => {
    const c = new Lru<string>(0)
    c.set('a', '1')
    expect(c.get('a')).toBeUndefined()
  })
})
