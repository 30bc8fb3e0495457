/** `npm run db:stop`: stops the local cluster under `.pgdata/` (its data stays). */
import { resolve } from 'node:path'
import { stopCluster } from './cluster.ts'

const dir = resolve(import.meta.dirname, '..', '..', process.env.PGDATA_DIR ?? '.pgdata')
console.log(stopCluster(dir) ? `stopped (${dir})` : `not running (${dir})`)
