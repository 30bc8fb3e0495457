/** The datasets the data exports hold. */
export type DataKind = 'firms' | 'platforms' | 'talent'

/**
 * The datasets a route shows, its main one first: the menu's first CSV item exports the main one,
 * the workbook has a sheet for each. The overview shows all three; #/industry counts platforms too.
 * No imports: the export menu (first-load code) reads it.
 */
export function dataKinds(route: string): DataKind[] {
  if (route === 'industry') return ['firms', 'platforms']
  if (route === 'innovation') return ['platforms']
  if (route === 'talent') return ['talent']
  return ['talent', 'firms', 'platforms']
}
