import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { loadConfig } from './api/config'
import App from './App.vue'
import { createAppI18n } from './locales'
import { createAppRouter } from './router'
import { useDataStore } from './stores/data'
import './styles.css'
import './a11y.css'

async function start() {
  const { config, warning } = await loadConfig()
  if (warning) console.warn(`[config] ${warning}`)
  const app = createApp(App)
  app.use(createPinia()).use(createAppRouter()).use(createAppI18n())
  const data = useDataStore()
  // Server mode's client loads only there: the browser mode bundle does not carry it.
  data.init(config, config.mode === 'server' ? (await import('./api/serverClient')).createServerApi : undefined)
  // The datasets' requests go out before the app's first render, which takes a while on a slow machine,
  // and that render runs in a task of its own: the two together made one long task.
  void data.loadAll()
  await new Promise((resolve) => setTimeout(resolve, 0))
  app.mount('#app')
}

void start()
