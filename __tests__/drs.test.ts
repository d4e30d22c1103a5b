import { afterEach, describe, expect, test } from '@jest/globals'
import { DescribeSourceServersCommand, DrsClient, type SourceServer } from '@aws-sdk/client-drs'
import { preferredServer, sourceServersByInstance } from '../src/aws/drs-servers.js'
import { stub, type Stub } from './fixtures/mock.js'

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }

function server(
  id: string,
  instanceId: string | null,
  extra: Record<string, unknown> = {}
): SourceServer {
  return {
    sourceServerID: id,
    sourceProperties: instanceId ? { identificationHints: { awsInstanceID: instanceId } } : {},
    ...extra
  } as SourceServer
}

describe('sourceServersByInstance', () => {
  let drs: Stub
  afterEach(() => drs.restore())

  test('reads every page and keys servers by EC2 instance id', async () => {
    const client = new DrsClient({ region: 'us-west-2', credentials })
    drs = stub(client)
    // The paginator reuses one input object, so record each page's token when it is asked for.
    const tokens: (string | undefined)[] = []
    const pages = [
      { items: [server('s-1', 'i-1'), server('s-none', null)], nextToken: 'page2' },
      { items: [server('s-2', 'i-2')] }
    ]
    drs.on(DescribeSourceServersCommand).callsFake(input => {
      tokens.push(input.nextToken)
      return pages[tokens.length - 1]
    })
    const byInstance = await sourceServersByInstance(client)
    expect([...byInstance.keys()]).toEqual(['i-1', 'i-2'])
    expect(byInstance.get('i-2')?.sourceServerID).toBe('s-2')
    expect(tokens).toEqual([undefined, 'page2'])
  })

  test('ignores archived servers, so an archived registration does not count as registered', async () => {
    const client = new DrsClient({ region: 'us-west-2', credentials })
    drs = stub(client)
    drs
      .on(DescribeSourceServersCommand)
      .resolves({ items: [server('s-old', 'i-1', { isArchived: true })] })
    expect((await sourceServersByInstance(client)).has('i-1')).toBe(false)
  })
})

describe('preferredServer', () => {
  const state = (dataReplicationState: string) => ({
    dataReplicationInfo: { dataReplicationState }
  })
  const seen = (at: string) => ({ lifeCycle: { lastSeenByServiceDateTime: at } })

  test('a connected server wins over a disconnected one, in either order', () => {
    const old = server('s-old', 'i-1', state('DISCONNECTED'))
    const current = server('s-new', 'i-1', state('CONTINUOUS'))
    expect(preferredServer(old, current).sourceServerID).toBe('s-new')
    expect(preferredServer(current, old).sourceServerID).toBe('s-new')
  })

  test('otherwise the server seen last wins', () => {
    const earlier = server('s-a', 'i-1', seen('2026-11-01T00:00:00Z'))
    const later = server('s-b', 'i-1', seen('2026-11-02T00:00:00Z'))
    expect(preferredServer(earlier, later).sourceServerID).toBe('s-b')
    expect(preferredServer(later, earlier).sourceServerID).toBe('s-b')
  })
})
