import { createRouter, createWebHashHistory } from 'vue-router'
import ViewOverview from './views/ViewOverview.vue'

export const ROUTES = [
  { path: '/', name: 'overview', component: ViewOverview },
  { path: '/talent', name: 'talent', component: () => import('./views/ViewTalent.vue') },
  { path: '/industry', name: 'industry', component: () => import('./views/ViewIndustry.vue') },
  { path: '/innovation', name: 'innovation', component: () => import('./views/ViewInnovation.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes: ROUTES })
}
