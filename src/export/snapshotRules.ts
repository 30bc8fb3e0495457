/**
 * What a snapshot (PNG or PDF) leaves out: controls — things you press, type into or tick — and
 * passing overlays (hints, hover tooltips). Legends and diagrams stay, even when their entries are
 * buttons: a toggle button (`aria-pressed`) shows data unless it sits in a switcher group.
 */

/** How one element appears in a snapshot. */
export type SnapshotMark = 'hide' | 'off' | 'keep'

/** Toggle buttons that work a tool rather than show data, by their stable test ids. */
const TOOL_TOGGLES = new Set(['radius-arm', 'tour-toggle'])

/** Tools shown only while in use: left out unless they hold a result (test id → the result's test id). */
const TOOLS: Record<string, string> = { 'radius-tool': 'radius-result' }

/** Containers of controls (switchers, toolbars) and passing overlays. */
const CONTROL_ROLES = new Set(['group', 'toolbar', 'radiogroup', 'status', 'tooltip', 'menu', 'dialog'])

const FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA'])

function isControlButton(el: Element): boolean {
  if (el.tagName !== 'BUTTON') return false
  const id = el.getAttribute('data-testid') ?? ''
  if (TOOL_TOGGLES.has(id)) return true
  if (el.hasAttribute('aria-pressed')) return false
  // A button inside a table is a row's name (a link to its detail), not a control.
  return el.closest('table') === null
}

/** The mark of one element (its children follow it when it is hidden). */
export function snapshotMark(el: Element): SnapshotMark {
  if (el.hasAttribute('data-export-ignore') || el.classList.contains('maplibregl-ctrl')) return 'hide'
  const role = el.getAttribute('role')
  if (role && CONTROL_ROLES.has(role)) return 'hide'
  if (FIELDS.has(el.tagName) || isControlButton(el)) return 'hide'
  const tool = TOOLS[el.getAttribute('data-testid') ?? '']
  if (tool && !el.querySelector(`[data-testid="${tool}"]`)) return 'hide'
  // A label whose box is not ticked: its layer is not shown, so the label is greyed and struck out.
  if (el.tagName === 'LABEL') {
    const box = el.querySelector<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')
    if (box && !box.checked) return 'off'
  }
  return 'keep'
}

/** Every element under `root` (itself included) whose mark is not `keep`, outermost first. */
export function markedElements(root: Element): [Element, Exclude<SnapshotMark, 'keep'>][] {
  const out: [Element, Exclude<SnapshotMark, 'keep'>][] = []
  const walk = (el: Element) => {
    const mark = snapshotMark(el)
    if (mark !== 'keep') out.push([el, mark])
    if (mark === 'hide') return
    for (const child of Array.from(el.children)) walk(child)
  }
  walk(root)
  return out
}
