import { describe, expect, it } from 'vitest'
import { messageParts, partMarks } from '../../../src/domain/messageParts'

describe('messageParts', () => {
  it('cuts a translated message at its placeholders, keeping the words around them', () => {
    const m = partMarks(['publisher', 'title', 'date'])
    expect(messageParts(`${m.publisher}《${m.title}》${m.date}`)).toEqual([
      { slot: 'publisher' },
      { text: '《' },
      { slot: 'title' },
      { text: '》' },
      { slot: 'date' },
    ])
    expect(messageParts(`Source: ${m.title} (${m.publisher})`)).toEqual([
      { text: 'Source: ' },
      { slot: 'title' },
      { text: ' (' },
      { slot: 'publisher' },
      { text: ')' },
    ])
  })
  it('a message without placeholders is one run', () => {
    expect(messageParts('plain')).toEqual([{ text: 'plain' }])
  })
})
