import type { Platform } from './types'

export type NetworkCategory = 'firm' | 'university'

export interface NetworkNode {
  /** `firm:<enterprise id>` or `org:<partner name>`. */
  id: string
  name: string
  category: NetworkCategory
  /** Number of distinct partners in the whole (uncapped) network. */
  degree: number
  /** Number of platforms the node takes part in. */
  platforms: number
  /** The enterprise id, for firm nodes. */
  firmId?: string
}

export interface NetworkLink {
  source: string
  target: string
  /** Platforms the two share. */
  weight: number
}

export interface CollaborationNetwork {
  nodes: NetworkNode[]
  links: NetworkLink[]
  /** Size before capping, so the view can say what it left out. */
  totalNodes: number
  totalLinks: number
}

function node(nodes: Map<string, NetworkNode>, id: string, make: () => NetworkNode): NetworkNode {
  let n = nodes.get(id)
  if (!n) {
    n = make()
    nodes.set(id, n)
  }
  return n
}

/**
 * The enterprise–university network: a host firm and each partner of a platform are linked,
 * weighted by the platforms they share. Platforms without a host firm add no link. Only the
 * `limit` nodes of highest degree are kept (ties: more platforms, then id), with the links
 * between them. One pass over the platforms plus a sort of the nodes.
 */
export function collaborationNetwork(
  platforms: readonly Platform[],
  firmNames: Pick<ReadonlyMap<string, string>, 'get'>,
  limit = 60,
): CollaborationNetwork {
  const nodes = new Map<string, NetworkNode>()
  const links = new Map<string, NetworkLink>()
  for (const p of platforms) {
    const host = p.host
    if (host === null || p.partners.length === 0) continue
    const firm = node(nodes, `firm:${host}`, () => ({
      id: `firm:${host}`,
      name: firmNames.get(host) ?? host,
      category: 'firm',
      degree: 0,
      platforms: 0,
      firmId: host,
    }))
    firm.platforms += 1
    for (const partner of new Set(p.partners)) {
      const org = node(nodes, `org:${partner}`, () => ({
        id: `org:${partner}`,
        name: partner,
        category: 'university',
        degree: 0,
        platforms: 0,
      }))
      org.platforms += 1
      const key = `${firm.id}\u0000${org.id}`
      const link = links.get(key)
      if (link) {
        link.weight += 1
        continue
      }
      links.set(key, { source: firm.id, target: org.id, weight: 1 })
      firm.degree += 1
      org.degree += 1
    }
  }
  return capNetwork([...nodes.values()], [...links.values()], limit)
}

function capNetwork(nodes: NetworkNode[], links: NetworkLink[], limit: number): CollaborationNetwork {
  const totalNodes = nodes.length
  const totalLinks = links.length
  if (totalNodes <= limit) return { nodes, links, totalNodes, totalLinks }
  const kept = [...nodes]
    .sort((a, b) => b.degree - a.degree || b.platforms - a.platforms || (a.id < b.id ? -1 : 1))
    .slice(0, Math.max(0, limit))
  const ids = new Set(kept.map((n) => n.id))
  return {
    nodes: kept,
    links: links.filter((l) => ids.has(l.source) && ids.has(l.target)),
    totalNodes,
    totalLinks,
  }
}
