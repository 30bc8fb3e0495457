import { computed, onBeforeUnmount, onMounted, ref, watch } from 'vue'
import { useRouter } from 'vue-router'
import { buildTourSteps } from '@/domain/tour'
import { serializeQuery } from '@/domain/url'
import { useDataStore } from '@/stores/data'
import { useFiltersStore } from '@/stores/filters'

const IDLE_RESUME_MS = 60_000
const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

/**
 * The auto-play tour (`tour=1`): one timer at a time steps through views, chains and
 * districts via router.replace (no history growth); user input pauses it and a minute of
 * idleness resumes it. Data reloads do not touch the timer, so it never speeds up.
 */
export function useTour() {
  const router = useRouter()
  const filters = useFiltersStore()
  const data = useDataStore()
  const steps = computed(() => (data.meta ? buildTourSteps(data.meta) : []))
  const index = ref(-1)
  const paused = ref(false)
  const visited = ref(0)
  let stepTimer: ReturnType<typeof setTimeout> | undefined
  let idleTimer: ReturnType<typeof setTimeout> | undefined

  function schedule() {
    clearTimeout(stepTimer)
    stepTimer = undefined
    if (!filters.view.tour || paused.value) return
    stepTimer = setTimeout(advance, filters.view.tourInterval * 1000)
  }

  function advance() {
    stepTimer = undefined
    const list = steps.value
    if (list.length) {
      index.value = (index.value + 1) % list.length
      visited.value += 1
      const step = list[index.value]
      if (step) void router.replace({ path: step.route, query: serializeQuery(step.filters, filters.view) })
    }
    schedule()
  }

  function onInteraction() {
    if (!filters.view.tour) return
    paused.value = true
    clearTimeout(stepTimer)
    stepTimer = undefined
    clearTimeout(idleTimer)
    idleTimer = setTimeout(resume, IDLE_RESUME_MS)
  }

  function resume() {
    clearTimeout(idleTimer)
    idleTimer = undefined
    paused.value = false
    schedule()
  }

  function toggle() {
    filters.setView({ tour: !filters.view.tour })
  }

  watch(
    () => [filters.view.tour, filters.view.tourInterval] as const,
    ([on]) => {
      if (on) resume()
      else {
        clearTimeout(stepTimer)
        clearTimeout(idleTimer)
        stepTimer = idleTimer = undefined
        paused.value = false
      }
    },
    { immediate: true },
  )

  onMounted(() =>
    INTERACTIONS.forEach((e) => window.addEventListener(e, onInteraction, { passive: true, capture: true })),
  )
  onBeforeUnmount(() => {
    INTERACTIONS.forEach((e) => window.removeEventListener(e, onInteraction, { capture: true }))
    clearTimeout(stepTimer)
    clearTimeout(idleTimer)
  })

  const current = computed(() => (index.value >= 0 ? (steps.value[index.value] ?? null) : null))
  return { current, index, paused, visited, toggle, resume }
}
