import type { DemandRow, Enterprise, Platform, TalentCell, TalentSourceRow } from './types'

/**
 * The contract's rules for the records of the large datasets (SPEC §4), as data: one table per record type.
 * Two stages read it, in this order, and a record is dropped with the first reason either finds:
 * - the schema stage (src/api/schemas/fast.ts): type, range and length of each field, in table order;
 *   its zod schemas (src/api/schemas/records.ts) are the reference it is tested against;
 * - the reference stage (reconcile.ts), once meta and the boundaries are known: each `in` id must be in
 *   its meta list, in table order, except that a located record's district (and its point) come last.
 * Every rule checks one value, so a columnar reader can apply a table column by column.
 */

/**
 * What a field holds: `id` a string of 1–64 chars, `name` 1–200 chars, `count` a safe integer ≥ 0,
 * `year` an integer 1900–2100, `lon`/`lat` a finite number in the box around the city, `nonNegative` a finite
 * number ≥ 0, `idList`/`nameList` an array of ids/names, `object` a plain object of `fields`.
 * The limits live in src/api/schemas/common.ts.
 */
export type RuleKind =
  'id' | 'name' | 'count' | 'year' | 'lon' | 'lat' | 'nonNegative' | 'idList' | 'nameList' | 'object'

/** The meta lists an id can be checked against (districts by adcode, segments within their chain). */
export type MetaList =
  | 'districts'
  | 'chains'
  | 'segments'
  | 'talentTypes'
  | 'educations'
  | 'ageBands'
  | 'enterpriseTypes'
  | 'platformKinds'
  | 'platformLevels'

export interface FieldRule<K extends string = string> {
  readonly field: K
  readonly rule: RuleKind
  /** null is a valid value (and passes the reference check). */
  readonly nullable?: true
  /** Reference stage: the id (each id, for a list) must be in this meta list. */
  readonly in?: MetaList
  /** With `in: 'segments'`: the field naming the chain the segment must belong to. */
  readonly of?: K
  /** Lists: entries past this many are cut off; the record is kept. */
  readonly keep?: number
  /** Rule `object`: its fields, checked in order after the object itself. */
  readonly fields?: readonly FieldRule[]
}

/** The rules of one record type; `K` are its field names. */
export interface RecordRules<K extends string = string> {
  readonly fields: readonly FieldRule<K>[]
  /** Of several valid records with the same value here, the first is kept and the others dropped ('duplicate-id'). */
  readonly unique?: K
  /** The record's lon/lat must lie in its district's polygon (where the boundaries hold one). */
  readonly located?: true
}

/** The drop reasons of the reference stage. */
export type ReferenceReason =
  'unknown-district' | 'unknown-chain' | 'unknown-segment' | 'unknown-id' | 'outside-district'

/** The reason an id missing from `list` is dropped for. */
export function unknownReason(list: MetaList): ReferenceReason {
  if (list === 'districts') return 'unknown-district'
  if (list === 'chains') return 'unknown-chain'
  return list === 'segments' ? 'unknown-segment' : 'unknown-id'
}

const cells: RecordRules<keyof TalentCell> = {
  fields: [
    { field: 'district', rule: 'id', in: 'districts' },
    { field: 'chain', rule: 'id', nullable: true, in: 'chains' },
    { field: 'talentType', rule: 'id', in: 'talentTypes' },
    { field: 'education', rule: 'id', in: 'educations' },
    { field: 'ageBand', rule: 'id', in: 'ageBands' },
    { field: 'year', rule: 'year' },
    { field: 'stock', rule: 'count' },
    { field: 'inflow', rule: 'count' },
  ],
}

// A demand row's or firm's chain is checked through its segment: an unknown chain counts as 'unknown-segment'.
const demand: RecordRules<keyof DemandRow> = {
  fields: [
    { field: 'district', rule: 'id', in: 'districts' },
    { field: 'chain', rule: 'id' },
    { field: 'segment', rule: 'id', in: 'segments', of: 'chain' },
    { field: 'year', rule: 'year' },
    { field: 'demand', rule: 'count' },
    { field: 'supply', rule: 'count' },
  ],
}

// `source` is a name, or the id of one of meta's optional `origins` (then the talent map draws its flows);
// it is not checked against them: a source that names no origin is kept, shown by name, drawn on no map.
const sources: RecordRules<keyof TalentSourceRow> = {
  fields: [
    { field: 'year', rule: 'year' },
    { field: 'chain', rule: 'id', nullable: true, in: 'chains' },
    { field: 'source', rule: 'name' },
    { field: 'sourceType', rule: 'id' },
    { field: 'introduced', rule: 'count' },
  ],
}

const enterprises: RecordRules<keyof Enterprise> = {
  unique: 'id',
  located: true,
  fields: [
    { field: 'id', rule: 'id' },
    { field: 'name', rule: 'name' },
    { field: 'district', rule: 'id', in: 'districts' },
    { field: 'lon', rule: 'lon' },
    { field: 'lat', rule: 'lat' },
    { field: 'chain', rule: 'id' },
    { field: 'segment', rule: 'id', in: 'segments', of: 'chain' },
    { field: 'types', rule: 'idList', in: 'enterpriseTypes' },
    { field: 'employees', rule: 'count' },
    {
      field: 'talent',
      rule: 'object',
      fields: ['total', 'doctor', 'master', 'bachelor', 'introduced'].map((field): FieldRule => ({
        field,
        rule: 'count',
      })),
    },
    { field: 'outputValue', rule: 'nonNegative' },
    { field: 'founded', rule: 'year' },
  ],
}

/** Partner lists longer than this are cut, not dropped. */
export const PARTNERS_MAX = 50

const platforms: RecordRules<keyof Platform> = {
  unique: 'id',
  located: true,
  fields: [
    { field: 'id', rule: 'id' },
    { field: 'name', rule: 'name' },
    { field: 'kind', rule: 'id', in: 'platformKinds' },
    { field: 'level', rule: 'id', in: 'platformLevels' },
    { field: 'district', rule: 'id', in: 'districts' },
    { field: 'lon', rule: 'lon' },
    { field: 'lat', rule: 'lat' },
    { field: 'chain', rule: 'id', nullable: true, in: 'chains' },
    { field: 'host', rule: 'name', nullable: true },
    { field: 'founded', rule: 'year' },
    { field: 'researchers', rule: 'count' },
    { field: 'postdocs', rule: 'count' },
    { field: 'partners', rule: 'nameList', keep: PARTNERS_MAX },
  ],
}

/** The rules of every record type of the large datasets: talent's three lists, firms and platforms. */
export const RECORD_RULES = { cells, demand, sources, enterprises, platforms } as const

export type RecordKind = keyof typeof RECORD_RULES
