import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { mockApi } from './mock/plugin.ts'

export default defineConfig({
  base: './',
  plugins: [vue(), mockApi()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // Feature flags: no Options API, no legacy vue-i18n API or global components, no devtools.
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // MapLibre in a chunk of its own: it changes less often than the app, so browsers keep it cached.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            // The libraries every route needs in one chunk: split by whichever lazy chunk shares them,
            // they cost more gzip than they save (each chunk compresses alone).
            { name: 'vendor', test: /node_modules[\\/](@?vue|pinia|vue-i18n|@intlify|vue-router|zod)/ },
            // Server mode's client (and axios with it) stays in its lazy chunk.
            {
              name: 'core',
              test: /src[\\/](stores|api[\\/](?!serverClient)|domain[\\/](engine|filters|url|labels|types))/,
            },
          ],
        },
      },
    },
  },
})
