// The reads the wait makes, behind one small interface: the loop is tested against a fake of it,
// and createWaitReads builds the real one from the SDK clients.
import type { SourceServer } from '@aws-sdk/client-drs'
import {
  ListCommandsCommand,
  paginateListCommandInvocations,
  paginateListCommands,
  type Command,
  type CommandFilter,
  type CommandInvocation
} from '@aws-sdk/client-ssm'
import type { AwsClients } from '../../aws/clients.js'
import { sourceServersByInstance } from '../../aws/drs-servers.js'

export interface CommandListing {
  /** The wanted commands the listing showed. */
  found: Command[]
  /** Pages it read. */
  pages: number
}

export interface WaitReads {
  /**
   * ListCommands with `filters`, page by page, until every id in `wanted` was seen or `maxPages`
   * were read.
   */
  listCommands(
    region: string,
    filters: CommandFilter[],
    wanted: ReadonlySet<string>,
    maxPages: number,
    signal: AbortSignal
  ): Promise<CommandListing>
  /** ListCommands by id: the command, or null when SSM answered without it. */
  commandById(region: string, commandId: string, signal: AbortSignal): Promise<Command | null>
  /** Every invocation of one command, with plugin output. */
  invocations(region: string, commandId: string, signal: AbortSignal): Promise<CommandInvocation[]>
  /** Active DRS source servers in the target region of these instances, by instance id. */
  sourceServers(
    instanceIds: ReadonlySet<string>,
    signal: AbortSignal
  ): Promise<Map<string, SourceServer>>
}

export function createWaitReads(
  clients: Pick<AwsClients, 'ssm' | 'drs'>,
  targetRegion: string
): WaitReads {
  return {
    async listCommands(region, filters, wanted, maxPages, signal) {
      const found = new Map<string, Command>()
      let pages = 0
      const pager = paginateListCommands(
        { client: clients.ssm(region) },
        { Filters: filters, MaxResults: 50 },
        { abortSignal: signal }
      )
      for await (const page of pager) {
        pages++
        for (const command of page.Commands ?? []) {
          if (command.CommandId && wanted.has(command.CommandId))
            found.set(command.CommandId, command)
        }
        if (found.size === wanted.size || pages >= maxPages) break
      }
      return { found: [...found.values()], pages }
    },
    async commandById(region, commandId, signal) {
      const out = await clients
        .ssm(region)
        .send(new ListCommandsCommand({ CommandId: commandId }), { abortSignal: signal })
      return out.Commands?.find(c => c.CommandId === commandId) ?? null
    },
    async invocations(region, commandId, signal) {
      const all: CommandInvocation[] = []
      const pager = paginateListCommandInvocations(
        { client: clients.ssm(region) },
        { CommandId: commandId, Details: true, MaxResults: 50 },
        { abortSignal: signal }
      )
      for await (const page of pager) all.push(...(page.CommandInvocations ?? []))
      return all
    },
    sourceServers(instanceIds, signal) {
      return sourceServersByInstance(clients.drs(targetRegion), signal, instanceIds)
    }
  }
}
