/** Colours shared by charts and the map, so a selection looks the same everywhere. */
export const COLORS = {
  primary: '#1f6feb',
  selected: '#f59e0b',
  muted: '#9aa7b8',
  warning: '#d9480f',
  ok: '#2f9e44',
  text: '#1f2933',
  /** Axis text readable on both the light desk and the dark big-screen ground. */
  axisText: '#7d8da3',
  grid: '#e3e8ef',
  /**
   * Categorical colours; the first five are the chains' (map points, legends). Checked for readers
   * with colour-vision deficiencies: no two of the five closer than ΔE 25 under protanopia,
   * deuteranopia or tritanopia (tests/unit/theme/palette.test.ts). The former violet and pink fell
   * to ΔE 5 from the blue and the green for deuteranopes.
   */
  series: ['#1f6feb', '#12b886', '#f59e0b', '#662288', '#336600', '#15aabf', '#82c91e', '#fd7e14', '#868e96'],
}

/** Sequential ramp for choropleths, light to dark. */
export const RAMP = ['#e7f0fd', '#b9d3f7', '#7fb0ee', '#3f86df', '#1a5fc0', '#0b3d8a']

/** The app's two looks: the light desk and the dark big screen (SPEC §7). */
export type Look = 'desk' | 'screen'

/** What differs between the looks; the palette above serves both. */
export interface LookStyle {
  /** ECharts theme: its built-in 'dark' on the big screen (drawn on a transparent ground). */
  chartTheme: 'dark' | undefined
  /** The map's background under the district fills. */
  mapGround: string
}

export const LOOKS: Record<Look, LookStyle> = {
  desk: { chartTheme: undefined, mapGround: '#eef2f7' },
  screen: { chartTheme: 'dark', mapGround: '#061a3d' },
}
