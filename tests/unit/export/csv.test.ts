import { describe, expect, it } from 'vitest'
import { BOM, csvField, neutralizeText, toCsv } from '../../../src/export/csv'

describe('neutralizeText', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'prefixes %j with an apostrophe',
    (s) => {
      expect(neutralizeText(s)).toBe(`'${s}`)
    },
  )
  it.each(['滕州市', 'a=b', ' =x', '1-2', "'already", ''])('leaves %j alone', (s) => {
    expect(neutralizeText(s)).toBe(s)
  })
})

describe('csvField', () => {
  it('quotes by RFC 4180 only when needed and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\rhere')).toBe('"cr\rhere"')
  })
  it('keeps numbers as numbers, negative ones too, and writes null and non-finite as empty', () => {
    expect(csvField(-3.5)).toBe('-3.5')
    expect(csvField(0)).toBe('0')
    expect(csvField(null)).toBe('')
    expect(csvField(Number.NaN)).toBe('')
  })
  it('neutralises formulas before quoting', () => {
    expect(csvField('=HYPERLINK("http://evil","点我")')).toBe(`"'=HYPERLINK(""http://evil"",""点我"")"`)
    expect(csvField('-1,2')).toBe(`"'-1,2"`)
  })
})

describe('toCsv', () => {
  const csv = toCsv({
    headers: ['名称', 'n'],
    rows: [
      ['鲁南, 锂电', 3],
      ['=1+1', null],
      ['x', -1],
    ],
  })
  it('starts with the UTF-8 BOM and ends every row with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true)
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(csv.slice(1).split('\r\n')).toEqual(['名称,n', '"鲁南, 锂电",3', "'=1+1,", 'x,-1', ''])
  })
  it('has no bare LF line ends', () => {
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })
})
