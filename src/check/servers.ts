// The DRS side of the check: every active source server of the target region, matched to EC2
// instance ids. Unlike sourceServersByInstance (which keeps one server per instance), the check
// keeps every server: a duplicate, or one whose instance is gone, is billed all the same.
import {
  paginateDescribeSourceServers,
  type DrsClient,
  type SourceServer
} from '@aws-sdk/client-drs'
import { DRS_PAGE_SIZE, preferredServer } from '../aws/drs-servers.js'

export function isArchived(server: SourceServer): boolean {
  // Newer than this SDK's types, but the deserializer passes the field through.
  return (server as { isArchived?: boolean }).isArchived === true
}

export function instanceIdOf(server: SourceServer): string | null {
  return server.sourceProperties?.identificationHints?.awsInstanceID ?? null
}

/** Every source server of the client's region that is not archived, in DRS's order. */
export async function listActiveSourceServers(drs: DrsClient): Promise<SourceServer[]> {
  const servers: SourceServer[] = []
  const pages = paginateDescribeSourceServers(
    { client: drs, pageSize: DRS_PAGE_SIZE },
    { filters: {}, maxResults: DRS_PAGE_SIZE }
  )
  for await (const page of pages) {
    for (const server of page.items ?? []) if (!isArchived(server)) servers.push(server)
  }
  return servers
}

export interface ServerIndex {
  /** The server that speaks for each instance (a connected one, else the one seen last). */
  preferred: Map<string, SourceServer>
  /** Every server of each instance, the preferred one included. */
  all: Map<string, SourceServer[]>
}

/** Groups EC2-sourced servers by instance id; servers without one (not from EC2) are left out. */
export function indexByInstance(servers: readonly SourceServer[]): ServerIndex {
  const preferred = new Map<string, SourceServer>()
  const all = new Map<string, SourceServer[]>()
  for (const server of servers) {
    const instanceId = instanceIdOf(server)
    if (!instanceId) continue
    const known = preferred.get(instanceId)
    preferred.set(instanceId, known ? preferredServer(known, server) : server)
    all.set(instanceId, [...(all.get(instanceId) ?? []), server])
  }
  return { preferred, all }
}

/**
 * The source region a server replicates from, when it is one of ours: its origin region must be a
 * source region and its origin account (when DRS names one) this account. A server replicating
 * another account's instance (a staging-account setup) cannot be looked up with these credentials.
 */
export function originRegionOf(
  server: SourceServer,
  accountId: string,
  sourceRegions: readonly string[]
): string | null {
  const origin = server.sourceCloudProperties
  if (origin?.originAccountID && origin.originAccountID !== accountId) return null
  const region = origin?.originRegion
  return region && sourceRegions.includes(region) ? region : null
}
