import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'node_modules/**', 'mock/out/**', 'coverage/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommendedTypeChecked,
  {
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // vue-i18n's `t`, `te`… are closures, safe to destructure; the rule cannot tell them from methods.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // STYLE rule 1: the pure layers import nothing from Vue, Pinia, stores or components.
    files: [
      'src/domain/**/*.ts',
      'src/theme/**/*.ts',
      'src/charts/**/*.ts',
      'src/map/**/*.ts',
      'src/api/**/*.ts',
      'src/export/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vue', 'vue-*', 'pinia', '@vueuse/*'], message: 'Pure layers must not import Vue or Pinia.' },
            {
              group: [
                '@/stores/*',
                '@/components/*',
                '@/composables/*',
                '@/views/*',
                '**/stores/**',
                '**/components/**',
                '**/composables/**',
              ],
              message: 'Pure layers must not import stores, components or composables.',
            },
            { group: ['**/mock/**', '../../mock/*'], message: 'src/ never imports mock/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/mock/**'], message: 'src/ never imports mock/.' }] },
      ],
    },
    ignores: ['src/domain/**', 'src/theme/**', 'src/charts/**', 'src/map/**', 'src/api/**', 'src/export/**'],
  },
  // Prettier formats; ESLint does not argue about layout.
  skipFormatting,
)
