import { getCurrentScope, onActivated, onDeactivated } from 'vue'

/**
 * For a component inside a view that App.vue keeps alive across route switches: pauses the
 * component's effects (its rendering, computed-driven watchers, chart and map updates) while the
 * view is cached, so a filter change on the shown view costs the hidden ones nothing. On return,
 * each effect that missed a change runs once, with the latest state. Vue's KeepAlive leaves a cached
 * component's effects running; every component of a view that reads changing store state calls this
 * (props-only components follow their paused parent). Outside a KeepAlive it does nothing.
 */
export function usePauseWhileCached(): void {
  const scope = getCurrentScope()
  if (!scope) return
  onDeactivated(() => scope.pause())
  onActivated(() => scope.resume())
}
