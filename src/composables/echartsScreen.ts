import { registerTheme, use } from 'echarts/core'
import { LabelLayout } from 'echarts/features'
import { SCREEN_CHART_THEME_NAME } from '@/theme'
import { SCREEN_CHART_THEME } from '@/theme/chartScreen'

// What charts on the big-screen stage need beyond the desk's: their theme (dark, text sized for
// the room) and `labelLayout` (hideOverlap keeps value labels from running over one another).
// Imported by the stage, which loads on its own, so the desk's first download stays as it was.
use([LabelLayout])
registerTheme(SCREEN_CHART_THEME_NAME, SCREEN_CHART_THEME)
