/** SQL names derived from the specs' field and measure names (never from a request). */

/** `talentType` → `talent_type`, `talent.total` → `talent_total`. */
export function column(field: string): string {
  return field.replace(/\./g, '_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

/** A double-quoted identifier; the names come from the specs, the quoting keeps them exact. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected SQL name ${name}`)
  return `"${name}"`
}

export const measureColumn = (measure: string) => ident(`m_${column(measure)}`)

export const cubeTable = (schema: string, cube: string) => `${schema}.${ident(`cube_${column(cube)}`)}`
