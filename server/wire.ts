/**
 * The JSON wire form of the engine's results (server/README.md, "Wire format"): every Map
 * becomes an array of [key, value] pairs in the Map's order (keys keep their type: string,
 * number or null), nested Maps likewise; everything else is plain JSON.
 * src/api/serverWire.ts decodes it back into the engine's shapes.
 */
export function toWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...(v as Map<unknown, unknown>)] : v))
}
