import { describe, expect, it } from 'vitest'
import { originFlows, originTotals } from '../../../src/domain/talentFlows'
import { FLOW_ORIGINS as origins, FLOW_ROWS as rows, FLOW_WEIGHTS as weights } from '../fixtures'

describe('originFlows', () => {
  const flows = originFlows(rows, origins, weights)
  it('splits each origin over the districts by their weights, the total kept, largest first', () => {
    expect(flows.map((f) => [f.origin, f.district, f.value])).toEqual([
      ['c-jinan', '370481', 30],
      ['u-sdu', '370481', 15],
      ['c-jinan', '370402', 10],
      ['u-sdu', '370402', 5],
    ])
    expect(flows.find((f) => f.origin === 'u-sdu')?.sourceType).toBe('university')
  })
  it('leaves out sources that name no origin, origins that send no one, and unselected districts', () => {
    expect(flows.some((f) => f.origin.startsWith('某'))).toBe(false)
    expect(flows.some((f) => f.origin === 'c-shenzhen')).toBe(false)
    expect(originFlows(rows, origins, weights, ['370402']).map((f) => f.district)).toEqual(['370402', '370402'])
  })
  it('has no flows without origins or without any inflow to split by', () => {
    expect(originFlows(rows, [], weights)).toEqual([])
    expect(originFlows(rows, origins, new Map([['370481', 0]]))).toEqual([])
  })
  it('totals per origin, largest first', () => {
    expect(originTotals(flows, origins).map((o) => [o.id, o.total])).toEqual([
      ['c-jinan', 40],
      ['u-sdu', 20],
    ])
  })
})
