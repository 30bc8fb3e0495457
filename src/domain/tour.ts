import { emptyFilters, type Filters } from './filters'
import type { Meta } from './types'

export type TourRoute = '/' | '/talent' | '/industry' | '/innovation'

export interface TourStep {
  route: TourRoute
  filters: Filters
  /** What the caption names: a view, a chain or a district. */
  focus: { kind: 'view'; route: TourRoute } | { kind: 'chain'; id: string } | { kind: 'district'; adcode: string }
}

const VIEWS: TourRoute[] = ['/', '/talent', '/industry', '/innovation']

/**
 * The tour: the four views unfiltered, then each chain (lithium first) on the industry map,
 * then each district on the talent map; it then starts over.
 */
export function buildTourSteps(meta: Meta): TourStep[] {
  const steps: TourStep[] = VIEWS.map((route) => ({ route, filters: emptyFilters(), focus: { kind: 'view', route } }))
  const chains = [...meta.chains].sort((a, b) => Number(b.id === 'lithium') - Number(a.id === 'lithium'))
  for (const c of chains) {
    steps.push({ route: '/industry', filters: { ...emptyFilters(), chain: c.id }, focus: { kind: 'chain', id: c.id } })
  }
  for (const d of meta.districts) {
    steps.push({
      route: '/talent',
      filters: { ...emptyFilters(), district: [d.adcode] },
      focus: { kind: 'district', adcode: d.adcode },
    })
  }
  return steps
}
