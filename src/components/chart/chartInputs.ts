import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { clickedId } from '@/charts/click'
import type { ChartClick } from '@/composables/useEChart'
import { usePauseWhileCached } from '@/composables/usePauseWhileCached'
import { districtName } from '@/domain/labels'
import { useDataStore } from '@/stores/data'
import { useFiltersStore } from '@/stores/filters'

type ToggleKey = 'district' | 'chain' | 'segment' | 'talentType' | 'education' | 'entType' | 'platformKind'

/**
 * What the chart components share: messages, the datasets, the filters, the display language, rows
 * per district, and the click handlers that turn a clicked item's id (see `@/charts/click`) into a filter change.
 */
export function useChartInputs() {
  // The option is computed in the chart component: a cached view's charts compute nothing.
  usePauseWhileCached()
  const { t, te } = useI18n()
  const data = useDataStore()
  const filters = useFiltersStore()
  const lang = computed(() => filters.view.lang)

  /** One bar row per district, in meta order, named in the display language. */
  function districtRows(value: (adcode: string) => number) {
    return (data.meta?.districts ?? []).map((d) => ({
      id: d.adcode,
      name: districtName(data.meta, d.adcode, lang.value),
      value: value(d.adcode),
    }))
  }

  /** A click toggles the clicked item's id in the filter `key` (a second click clears it). */
  function toggles(key: ToggleKey) {
    return (p: ChartClick) => {
      const id = clickedId(p)
      if (id === null) return
      if (key === 'district') filters.toggleDistrict(id)
      else filters.toggleValue(key, id)
    }
  }

  /** A click on a year selects that single year; the year that is the whole selection clears it. */
  function togglesYear(p: ChartClick) {
    const year = clickedId(p, 'number')
    if (year === null) return
    const cur = filters.filters.year
    filters.setYear(cur && cur.from === year && cur.to === year ? null : { from: year, to: year })
  }

  return { t, te, data, filters, lang, districtRows, toggles, togglesYear }
}
