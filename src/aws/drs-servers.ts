// The one way the action reads DRS source servers: every page, by EC2 instance id, with the same
// rules for archived and duplicate servers in discovery and in the wait.
import {
  paginateDescribeSourceServers,
  type DrsClient,
  type SourceServer
} from '@aws-sdk/client-drs'

export const DRS_PAGE_SIZE = 1000

export function isArchived(server: SourceServer): boolean {
  // Newer than this SDK's types, but the deserializer passes the field through.
  return (server as { isArchived?: boolean }).isArchived === true
}

const lastSeen = (server: SourceServer): string => server.lifeCycle?.lastSeenByServiceDateTime ?? ''
const disconnected = (server: SourceServer): boolean =>
  server.dataReplicationInfo?.dataReplicationState === 'DISCONNECTED'

/** An instance re-registered after a disconnect can have two servers: a connected one wins, then the one seen last. */
export function preferredServer(a: SourceServer, b: SourceServer): SourceServer {
  if (disconnected(a) !== disconnected(b)) return disconnected(a) ? b : a
  return lastSeen(b) > lastSeen(a) ? b : a
}

/**
 * Active (not archived) source servers of the client's region, keyed by EC2 instance id. With
 * `only`, servers of other instances are dropped page by page instead of kept to the end (the
 * wait asks about the few instances still open, not the thousands already installed).
 */
export async function sourceServersByInstance(
  drs: DrsClient,
  signal?: AbortSignal,
  only?: ReadonlySet<string>,
  /** Sees every server listed, archived and on-premises ones included (the quota count). */
  observe?: (server: SourceServer) => void
): Promise<Map<string, SourceServer>> {
  const byInstance = new Map<string, SourceServer>()
  // DRS documents no default page size; 1,000 (the largest any version of the API model allowed)
  // keeps a 5,000-server listing to 5 calls per wait round.
  const pages = paginateDescribeSourceServers(
    { client: drs, pageSize: DRS_PAGE_SIZE },
    { filters: {}, maxResults: DRS_PAGE_SIZE },
    signal ? { abortSignal: signal } : undefined
  )
  for await (const page of pages) {
    for (const server of page.items ?? []) {
      observe?.(server)
      const instanceId = server.sourceProperties?.identificationHints?.awsInstanceID
      if (!instanceId || isArchived(server) || (only && !only.has(instanceId))) continue
      const known = byInstance.get(instanceId)
      byInstance.set(instanceId, known ? preferredServer(known, server) : server)
    }
  }
  return byInstance
}
