import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import type { Component } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '../../src/locales'
import { useDataStore } from '../../src/stores/data'
import type { Datasets } from '../../src/domain/types'

/** Mounts a component with the app's pinia, i18n and a memory router, and seeds datasets. */
export function mountWith(
  component: Component,
  opts: { datasets?: Partial<Datasets>; props?: Record<string, unknown>; attachTo?: HTMLElement } = {},
) {
  const pinia: Pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { template: '<div/>' } }],
  })
  const data = useDataStore()
  data.raw = opts.datasets ?? {}
  for (const k of Object.keys(opts.datasets ?? {})) data.status[k as keyof Datasets] = 'ready'
  const wrapper = mount(component, {
    props: opts.props,
    attachTo: opts.attachTo,
    global: { plugins: [pinia, router, createAppI18n()] },
  })
  return { wrapper, pinia, data }
}
