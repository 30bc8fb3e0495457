/**
 * The database layout: one table per v1 record list (no person-level column anywhere: talent is
 * counts per district × chain × type × education × age band × year, firms and platforms are
 * organisations), the meta and boundary documents, district polygons, and the dimension keys
 * in the browser engine's order. The cube tables are generated from the specs (cubeSql.ts).
 */
import type { DemandRow, Enterprise, Platform, TalentCell, TalentSourceRow } from '../../src/domain/types.ts'
import type { Column } from './copy.ts'

/** The schema the API reads; a load builds `LOAD_SCHEMA` and swaps it in. */
export const SCHEMA = 'talentmap'
export const LOAD_SCHEMA = 'talentmap_load'
/** The role the API connects as: SELECT on `SCHEMA`, nothing else. */
export const DEFAULT_READER_ROLE = 'talentmap_reader'

export type Ordered<T> = T & { ord: number }

export const TALENT_COLUMNS: Column<TalentCell>[] = [
  { name: 'district', type: 'text NOT NULL', get: (r) => r.district },
  { name: 'chain', type: 'text', get: (r) => r.chain },
  { name: 'talent_type', type: 'text NOT NULL', get: (r) => r.talentType },
  { name: 'education', type: 'text NOT NULL', get: (r) => r.education },
  { name: 'age_band', type: 'text NOT NULL', get: (r) => r.ageBand },
  { name: 'year', type: 'integer NOT NULL', get: (r) => r.year },
  { name: 'stock', type: 'double precision NOT NULL', get: (r) => r.stock },
  { name: 'inflow', type: 'double precision NOT NULL', get: (r) => r.inflow },
]

export const DEMAND_COLUMNS: Column<DemandRow>[] = [
  { name: 'district', type: 'text NOT NULL', get: (r) => r.district },
  { name: 'chain', type: 'text NOT NULL', get: (r) => r.chain },
  { name: 'segment', type: 'text NOT NULL', get: (r) => r.segment },
  { name: 'year', type: 'integer NOT NULL', get: (r) => r.year },
  { name: 'demand', type: 'double precision NOT NULL', get: (r) => r.demand },
  { name: 'supply', type: 'double precision NOT NULL', get: (r) => r.supply },
]

export const SOURCE_COLUMNS: Column<TalentSourceRow>[] = [
  { name: 'year', type: 'integer NOT NULL', get: (r) => r.year },
  { name: 'chain', type: 'text', get: (r) => r.chain },
  { name: 'source', type: 'text NOT NULL', get: (r) => r.source },
  { name: 'source_type', type: 'text NOT NULL', get: (r) => r.sourceType },
  { name: 'introduced', type: 'double precision NOT NULL', get: (r) => r.introduced },
]

export const ENTERPRISE_COLUMNS: Column<Ordered<Enterprise>>[] = [
  { name: 'ord', type: 'integer NOT NULL', get: (r) => r.ord },
  { name: 'id', type: 'text NOT NULL', get: (r) => r.id },
  { name: 'name', type: 'text NOT NULL', get: (r) => r.name },
  { name: 'district', type: 'text NOT NULL', get: (r) => r.district },
  { name: 'lon', type: 'double precision NOT NULL', get: (r) => r.lon },
  { name: 'lat', type: 'double precision NOT NULL', get: (r) => r.lat },
  { name: 'chain', type: 'text NOT NULL', get: (r) => r.chain },
  { name: 'segment', type: 'text NOT NULL', get: (r) => r.segment },
  { name: 'types', type: 'text[] NOT NULL', get: (r) => r.types },
  { name: 'employees', type: 'double precision NOT NULL', get: (r) => r.employees },
  { name: 'talent_total', type: 'double precision NOT NULL', get: (r) => r.talent.total },
  { name: 'talent_doctor', type: 'double precision NOT NULL', get: (r) => r.talent.doctor },
  { name: 'talent_master', type: 'double precision NOT NULL', get: (r) => r.talent.master },
  { name: 'talent_bachelor', type: 'double precision NOT NULL', get: (r) => r.talent.bachelor },
  { name: 'talent_introduced', type: 'double precision NOT NULL', get: (r) => r.talent.introduced },
  { name: 'output_value', type: 'double precision NOT NULL', get: (r) => r.outputValue },
  { name: 'founded', type: 'integer NOT NULL', get: (r) => r.founded },
]

export const PLATFORM_COLUMNS: Column<Ordered<Platform>>[] = [
  { name: 'ord', type: 'integer NOT NULL', get: (r) => r.ord },
  { name: 'id', type: 'text NOT NULL', get: (r) => r.id },
  { name: 'name', type: 'text NOT NULL', get: (r) => r.name },
  { name: 'kind', type: 'text NOT NULL', get: (r) => r.kind },
  { name: 'level', type: 'text NOT NULL', get: (r) => r.level },
  { name: 'district', type: 'text NOT NULL', get: (r) => r.district },
  { name: 'lon', type: 'double precision NOT NULL', get: (r) => r.lon },
  { name: 'lat', type: 'double precision NOT NULL', get: (r) => r.lat },
  { name: 'chain', type: 'text', get: (r) => r.chain },
  { name: 'host', type: 'text', get: (r) => r.host },
  { name: 'founded', type: 'integer NOT NULL', get: (r) => r.founded },
  { name: 'researchers', type: 'double precision NOT NULL', get: (r) => r.researchers },
  { name: 'postdocs', type: 'double precision NOT NULL', get: (r) => r.postdocs },
  { name: 'partners', type: 'text[] NOT NULL', get: (r) => r.partners },
]

/** The raw table each cube spec is built from. */
export const RAW_TABLE: Record<string, string> = {
  talent: 'talent_cells',
  enterprises: 'enterprises',
  platforms: 'platforms',
}

function columnsDdl(columns: readonly Column<never>[]): string {
  return columns.map((c) => `"${c.name}" ${c.type}`).join(',\n  ')
}

/** Points in degrees as given (GCJ-02, like the bundled boundaries) and in Web Mercator for tiles. */
const POINT_COLUMNS = `,
  geom geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED,
  geom_3857 geometry(Point, 3857) GENERATED ALWAYS AS (ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 3857)) STORED`

/** Tables of a fresh load into schema `s` (created empty). */
export function rawTablesDdl(s: string): string[] {
  const table = (name: string, cols: readonly Column<never>[], extra = '') =>
    `CREATE TABLE ${s}.${name} (\n  ${columnsDdl(cols)}${extra}\n)`
  return [
    `CREATE TABLE ${s}.docs (name text PRIMARY KEY, body text NOT NULL)`,
    `CREATE TABLE ${s}.load_info (loaded_at timestamptz NOT NULL DEFAULT now(), source text NOT NULL, data_version text NOT NULL, counts jsonb NOT NULL)`,
    `CREATE TABLE ${s}.dim_values (cube text NOT NULL, dim text NOT NULL, pos integer NOT NULL, value jsonb, PRIMARY KEY (cube, dim, pos))`,
    // Which filter combinations of the point grids a load kept at which zoom (sql/gridSql.ts).
    `CREATE TABLE ${s}.grid_levels (layer text NOT NULL, gs integer NOT NULL, z integer NOT NULL, rows integer NOT NULL, PRIMARY KEY (layer, gs, z))`,
    `CREATE TABLE ${s}.districts (adcode text PRIMARY KEY, name text NOT NULL, geom geometry(MultiPolygon, 4326))`,
    table('talent_cells', TALENT_COLUMNS),
    table('talent_demand', DEMAND_COLUMNS),
    table('talent_sources', SOURCE_COLUMNS),
    table('enterprises', ENTERPRISE_COLUMNS, POINT_COLUMNS),
    table('platforms', PLATFORM_COLUMNS, POINT_COLUMNS),
  ]
}

/** Indexes for the lists and tiles, made after the COPY (faster than maintaining them row by row). */
export function rawIndexesDdl(s: string): string[] {
  const list = (t: string) => [
    `CREATE INDEX ON ${s}.${t} (id)`,
    `CREATE UNIQUE INDEX ON ${s}.${t} (ord)`,
    `CREATE INDEX ON ${s}.${t} (district)`,
    `CREATE INDEX ON ${s}.${t} (chain)`,
    `CREATE INDEX ON ${s}.${t} (founded)`,
    `CREATE INDEX ON ${s}.${t} USING gist (geom_3857)`,
    `CREATE INDEX ON ${s}.${t} USING gist (geom)`,
  ]
  return [
    ...list('enterprises'),
    `CREATE INDEX ON ${s}.enterprises (segment)`,
    `CREATE INDEX ON ${s}.enterprises USING gin (types)`,
    `CREATE INDEX ON ${s}.enterprises (output_value DESC, ord)`,
    ...list('platforms'),
    `CREATE INDEX ON ${s}.platforms (kind)`,
    `CREATE INDEX ON ${s}.districts USING gist (geom)`,
  ]
}
