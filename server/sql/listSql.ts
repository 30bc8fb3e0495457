/**
 * Paged lists of firms and platforms (tables, drawer, search, exports): the same filter
 * predicates as the cubes (from the specs), plus the name search of `q` and an optional `id`.
 */
import type { Filters } from '../../src/domain/filters.ts'
import type { Enterprise, Platform } from '../../src/domain/types.ts'
import { dimPredicates, Params } from './cubeSql.ts'
import { nameConditions, searchTerms } from './search.ts'
import { enterpriseCube, platformCube, type CubeSpec } from './specs.ts'

export type ListName = 'enterprises' | 'platforms'
export type ListOrder = 'input' | 'output'

export interface ListRequest {
  filters: Filters
  lastYear: number
  limit: number
  offset: number
  order: ListOrder
  id: string | null
}

const SPEC: Record<ListName, CubeSpec<unknown>> = {
  enterprises: enterpriseCube,
  platforms: platformCube,
}

const SELECT: Record<ListName, string> = {
  enterprises: `id, name, district, lon, lat, chain, segment, types, employees, talent_total, talent_doctor,
    talent_master, talent_bachelor, talent_introduced, output_value, founded`,
  platforms: `id, name, kind, level, district, lon, lat, chain, host, founded, researchers, postdocs, partners`,
}

/** The WHERE clause of a list (filters, search, id). */
export function listWhere(name: ListName, r: Pick<ListRequest, 'filters' | 'lastYear' | 'id'>, p: Params): string {
  const conds = [...dimPredicates(SPEC[name], r.filters, r.lastYear, p).values()]
  conds.push(...nameConditions(searchTerms(r.filters.q), p))
  if (r.id !== null) conds.push(`id = ${p.add(r.id, 'text')}`)
  return conds.length ? `WHERE ${conds.join(' AND ')}` : ''
}

export function listSql(schema: string, name: ListName, r: ListRequest) {
  const p = new Params()
  const where = listWhere(name, r, p)
  const countValues = [...p.values]
  const order =
    r.order === 'output' && name === 'enterprises'
      ? 'output_value DESC, ord'
      : r.order === 'output'
        ? 'postdocs DESC, ord'
        : 'ord'
  const page = `LIMIT ${p.add(r.limit, 'int')} OFFSET ${p.add(r.offset, 'int')}`
  return {
    rows: {
      text: `SELECT ${SELECT[name]} FROM ${schema}.${name} ${where} ORDER BY ${order} ${page}`,
      values: p.values,
    },
    count: { text: `SELECT count(*)::float8 AS n FROM ${schema}.${name} ${where}`, values: countValues },
  }
}

type Row = Record<string, unknown>

export function toEnterprise(r: Row): Enterprise {
  return {
    id: r.id as string,
    name: r.name as string,
    district: r.district as string,
    lon: r.lon as number,
    lat: r.lat as number,
    chain: r.chain as string,
    segment: r.segment as string,
    types: r.types as string[],
    employees: r.employees as number,
    talent: {
      total: r.talent_total as number,
      doctor: r.talent_doctor as number,
      master: r.talent_master as number,
      bachelor: r.talent_bachelor as number,
      introduced: r.talent_introduced as number,
    },
    outputValue: r.output_value as number,
    founded: r.founded as number,
  }
}

export function toPlatform(r: Row): Platform {
  return {
    id: r.id as string,
    name: r.name as string,
    kind: r.kind as string,
    level: r.level as string,
    district: r.district as string,
    lon: r.lon as number,
    lat: r.lat as number,
    chain: r.chain as string | null,
    host: r.host as string | null,
    founded: r.founded as number,
    researchers: r.researchers as number,
    postdocs: r.postdocs as number,
    partners: r.partners as string[],
  }
}
