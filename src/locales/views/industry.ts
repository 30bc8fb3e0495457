/** Messages under `industry.*`: zh-CN is the type source, en must match it. */
export const zh = {}

export const en: typeof zh = {}
