// The one way the action reads DRS source servers: every page, by EC2 instance id, with the same
// rules for archived and duplicate servers in discovery and in the wait.
import {
  paginateDescribeSourceServers,
  type DrsClient,
  type SourceServer
} from '@aws-sdk/client-drs'

function isArchived(server: SourceServer): boolean {
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

/** Active (not archived) source servers of the client's region, keyed by EC2 instance id. */
export async function sourceServersByInstance(
  drs: DrsClient,
  signal?: AbortSignal
): Promise<Map<string, SourceServer>> {
  const byInstance = new Map<string, SourceServer>()
  const pages = paginateDescribeSourceServers(
    { client: drs },
    { filters: {} },
    signal ? { abortSignal: signal } : undefined
  )
  for await (const page of pages) {
    for (const server of page.items ?? []) {
      const instanceId = server.sourceProperties?.identificationHints?.awsInstanceID
      if (!instanceId || isArchived(server)) continue
      const known = byInstance.get(instanceId)
      byInstance.set(instanceId, known ? preferredServer(known, server) : server)
    }
  }
  return byInstance
}
