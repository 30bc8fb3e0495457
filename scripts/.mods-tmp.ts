import { gzipSync } from 'node:zlib'
import { buildApp } from '../bench/bundle'
process.env.NODE_ENV = 'production'
const app = await buildApp(process.cwd(), process.argv[2]!)
const out: Record<string, number> = {}
for (const c of app.chunks) for (const [id, m] of Object.entries(c.modules)) if (m.code) out[`${c.fileName.replace(/-[\w-]+\.js$/, '')}:${id.replace(/.*\/(src|node_modules)\//, '$1/')}`] = gzipSync(m.code).length
console.log(JSON.stringify(out))
