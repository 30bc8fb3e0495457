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

/** The big screen's ECharts theme, by the name it is registered under (the theme: chartScreen.ts). */
export const SCREEN_CHART_THEME_NAME = 'zz-screen'

/** The app's two looks: the light desk and the dark big screen (SPEC §7). */
export type Look = 'desk' | 'screen'

/** What differs between the looks; the palette above serves both. */
export interface LookStyle {
  /**
   * ECharts theme by registered name: the default on the desk, the big screen's own (dark, text
   * sized for the room, see chartScreen.ts) on the stage.
   */
  chartTheme: string | undefined
  /** The map's background under the district fills. */
  mapGround: string
  /** The districts' plain fill under a density layer (no choropleth competing with it). */
  mapBase: string
  /** District names on the map: size (px) and colours. */
  mapLabel: { size: number; color: string; halo: string }
}

export const LOOKS: Record<Look, LookStyle> = {
  desk: {
    chartTheme: undefined,
    mapGround: '#eef2f7',
    mapBase: '#d5dce6',
    mapLabel: { size: 14, color: '#1f2933', halo: 'rgba(255,255,255,0.85)' },
  },
  screen: {
    chartTheme: SCREEN_CHART_THEME_NAME,
    mapGround: '#061a3d',
    mapBase: '#2a3b57',
    mapLabel: { size: 16, color: '#10213f', halo: 'rgba(255,255,255,0.9)' },
  },
}
