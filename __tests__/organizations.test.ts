import {
  AccessDeniedException,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListTagsForResourceCommand,
  OrganizationsClient,
  ParentNotFoundException,
  type Account
} from '@aws-sdk/client-organizations'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { InputError } from '../src/settings/index.js'
import {
  buildMatrix,
  describeDiscovery,
  discoverAccounts,
  DiscoveryError,
  isActive,
  listAccountsUnder,
  matchesTags,
  MATRIX_LIMIT,
  matrixLimitProblem,
  parseDiscoverSettings,
  partitionHomeRegion,
  renderDiscoverySummary,
  type DiscoverFilters,
  type OrgAccount
} from '../src/org/accounts.js'
import { RUN } from './fixtures/settings.js'

// aws-sdk-client-mock is typed against the older @smithy/types at the top of node_modules and
// this client against a newer copy, so the stub's shape is written out here.
interface Behavior<I> {
  resolves(output: unknown): Behavior<I>
  rejects(error: unknown): Behavior<I>
  callsFake(fake: (input: I) => unknown): Behavior<I>
}
interface Stub {
  on<I>(command: new (...args: never) => { input: I }, input?: Partial<I>): Behavior<I>
  commandCalls<I>(command: new (...args: never) => { input: I }): { args: [{ input: I }] }[]
  reset(): void
}

const client = new OrganizationsClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' }
})
const org = mockClient(client as never) as unknown as Stub

const MANAGEMENT = '111111111111'

function account(id: string, extra: Partial<Account> = {}): Account {
  return {
    Id: id,
    Arn: `arn:aws:organizations::${MANAGEMENT}:account/o-abc123/${id}`,
    Name: `acct-${id.slice(-3)}`,
    Status: 'ACTIVE',
    State: 'ACTIVE',
    ...extra
  }
}

/** Serves `items` in pages of `size`, with NextToken "<offset>". */
function paged<T>(items: T[], size: number, key: string) {
  return (input: { NextToken?: string }) => {
    const start = input.NextToken ? Number(input.NextToken) : 0
    const next = start + size
    return {
      [key]: items.slice(start, next),
      NextToken: next < items.length ? String(next) : undefined
    }
  }
}

/** An organization: parents (root / OUs) -> children OUs and accounts, and tags per account. */
interface Tree {
  ous: Record<string, string[]>
  accounts: Record<string, Account[]>
  tags?: Record<string, Record<string, string>>
}

function serveTree(tree: Tree, pageSize = 2): void {
  org
    .on(ListAccountsForParentCommand)
    .callsFake(input =>
      paged(tree.accounts[input.ParentId ?? ''] ?? [], pageSize, 'Accounts')(input)
    )
  org.on(ListOrganizationalUnitsForParentCommand).callsFake(input =>
    paged(
      (tree.ous[input.ParentId ?? ''] ?? []).map(Id => ({ Id, Name: Id })),
      pageSize,
      'OrganizationalUnits'
    )(input)
  )
  org.on(ListTagsForResourceCommand).callsFake(input =>
    paged(
      Object.entries(tree.tags?.[input.ResourceId ?? ''] ?? {}).map(([Key, Value]) => ({
        Key,
        Value
      })),
      1,
      'Tags'
    )(input)
  )
  const all = Object.values(tree.accounts).flat()
  org.on(ListAccountsCommand).callsFake(input => paged(all, pageSize, 'Accounts')(input))
}

const NO_FILTERS: DiscoverFilters = {
  organizationalUnits: [],
  accountTags: [],
  excludeAccounts: []
}

beforeEach(() => org.reset())

describe('parseDiscoverSettings', () => {
  const read =
    (values: Record<string, string>) =>
    (name: string): string =>
      values[name] ?? ''

  it('parses every input and defaults the rest', () => {
    const settings = parseDiscoverSettings(
      read({
        'role-name': 'DRSOrchestrationRole',
        'oidc-role-arn': 'arn:aws:iam::999999999999:role/GitHubDRSOrchestrator',
        'organizations-role-arn': 'arn:aws:iam::111111111111:role/OrgReader',
        'organizational-units': 'ou-ab12-cd34ef56, r-ab12\nou-ab12-cd34ef56',
        'account-tag': 'dr:enabled=true',
        'exclude-accounts': '222222222222 333333333333'
      }),
      RUN
    )
    expect(settings).toEqual({
      roleName: 'DRSOrchestrationRole',
      oidcRoleArn: 'arn:aws:iam::999999999999:role/GitHubDRSOrchestrator',
      audience: 'sts.amazonaws.com',
      organizationsRoleArn: 'arn:aws:iam::111111111111:role/OrgReader',
      organizationalUnits: ['ou-ab12-cd34ef56', 'r-ab12'],
      accountTags: [{ key: 'dr:enabled', value: 'true' }],
      excludeAccounts: ['222222222222', '333333333333'],
      accountsPerJob: null,
      partition: 'aws',
      roleSessionName: 'drs-discover-4242-1',
      run: RUN
    })
  })

  it('takes the partition from the role ARNs', () => {
    const settings = parseDiscoverSettings(
      read({
        'role-name': 'team/DRS',
        'oidc-role-arn': 'arn:aws-us-gov:iam::999999999999:role/GitHub'
      }),
      RUN
    )
    expect(settings.partition).toBe('aws-us-gov')
    expect(settings.roleName).toBe('team/DRS')
    expect(partitionHomeRegion(settings.partition)).toBe('us-gov-west-1')
    expect(partitionHomeRegion('aws')).toBe('us-east-1')
  })

  it('reports every bad input at once, naming each', () => {
    let error: unknown
    try {
      parseDiscoverSettings(
        read({
          'role-name': 'arn:aws:iam::123456789012:role/DRS',
          'oidc-role-arn': 'GitHubDRSOrchestrator',
          'organizations-role-arn': 'arn:aws-cn:iam::111111111111:role/OrgReader',
          'organizational-units': 'ou-bad, Sales',
          'account-tag': 'dr:enabled',
          'exclude-accounts': '12345',
          audience: ' '
        }),
        RUN
      )
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    const problems = (error as InputError).problems
    expect(problems.map(problem => problem.split(':')[0])).toEqual([
      'role-name',
      'oidc-role-arn',
      'organizational-units',
      'organizational-units',
      'account-tag',
      'exclude-accounts'
    ])
    expect(problems[0]).toContain('not an ARN')
  })

  it('rejects partitions that disagree and a missing role-name', () => {
    expect(() =>
      parseDiscoverSettings(
        read({
          'oidc-role-arn': 'arn:aws:iam::999999999999:role/GitHub',
          'organizations-role-arn': 'arn:aws-cn:iam::111111111111:role/OrgReader'
        }),
        RUN
      )
    ).toThrow(
      /role-name: expected .*required[\s\S]*organizations-role-arn: expected the same partition/
    )
  })
})

describe('isActive', () => {
  it('needs every lifecycle field present to say ACTIVE', () => {
    expect(isActive({ State: 'ACTIVE', Status: 'ACTIVE' })).toBe(true)
    expect(isActive({ Status: 'ACTIVE' })).toBe(true)
    expect(isActive({ State: 'ACTIVE' })).toBe(true)
    expect(isActive({ State: 'SUSPENDED', Status: 'ACTIVE' })).toBe(false)
    expect(isActive({ State: 'PENDING_CLOSURE' })).toBe(false)
    expect(isActive({ State: 'CLOSED' })).toBe(false)
    expect(isActive({ Status: 'SUSPENDED' })).toBe(false)
    expect(isActive({})).toBe(false)
  })
})

describe('discoverAccounts', () => {
  it('lists every account page by page and keeps only ACTIVE ones, sorted', async () => {
    serveTree(
      {
        ous: {},
        accounts: {
          'r-root': [
            account('555555555555'),
            account('222222222222'),
            account('333333333333', { State: 'SUSPENDED', Status: 'SUSPENDED' }),
            account('444444444444', { State: 'PENDING_CLOSURE', Status: 'PENDING_CLOSURE' }),
            account('666666666666', { State: undefined })
          ]
        }
      },
      2
    )
    const discovery = await discoverAccounts(client as never, NO_FILTERS)
    expect(discovery.accounts.map(a => a.id)).toEqual([
      '222222222222',
      '555555555555',
      '666666666666'
    ])
    expect(discovery.inactive.map(a => [a.id, a.state])).toEqual([
      ['333333333333', 'SUSPENDED'],
      ['444444444444', 'PENDING_CLOSURE']
    ])
    expect(org.commandCalls(ListAccountsCommand)).toHaveLength(3)
    expect(org.commandCalls(ListTagsForResourceCommand)).toHaveLength(0)
  })

  it('walks nested OUs under each requested parent, once each', async () => {
    serveTree(
      {
        ous: {
          'ou-root-prod0001': ['ou-root-prodeu01', 'ou-root-produs01'],
          'ou-root-prodeu01': ['ou-root-prodeude'],
          'ou-root-prodeude': []
        },
        accounts: {
          'ou-root-prod0001': [account('100000000001')],
          'ou-root-prodeu01': [account('100000000002'), account('100000000003')],
          'ou-root-produs01': [account('100000000004')],
          'ou-root-prodeude': [
            account('100000000005'),
            account('100000000006'),
            account('100000000007')
          ],
          'ou-root-sandbox1': [account('900000000001')]
        }
      },
      2
    )
    const accounts = await listAccountsUnder(client as never, [
      'ou-root-prod0001',
      'ou-root-prodeu01' // nested in the first: walked once, accounts listed once
    ])
    expect(accounts.map(a => a.Id).sort()).toEqual([
      '100000000001',
      '100000000002',
      '100000000003',
      '100000000004',
      '100000000005',
      '100000000006',
      '100000000007'
    ])
    const parents = org
      .commandCalls(ListAccountsForParentCommand)
      .map(call => call.args[0].input.ParentId)
    expect(new Set(parents)).toEqual(
      new Set(['ou-root-prod0001', 'ou-root-prodeu01', 'ou-root-produs01', 'ou-root-prodeude'])
    )
    // Two pages for the OU with three accounts.
    expect(parents.filter(id => id === 'ou-root-prodeude')).toHaveLength(2)
    expect(org.commandCalls(ListAccountsCommand)).toHaveLength(0)
  })

  it('excludes ids before looking up tags, and keeps accounts carrying every tag', async () => {
    serveTree({
      ous: {},
      accounts: {
        'r-root': [
          account('200000000001'),
          account('200000000002'),
          account('200000000003'),
          account('200000000004'),
          account('200000000005', { State: 'SUSPENDED' })
        ]
      },
      tags: {
        '200000000001': { 'dr:enabled': 'true', team: 'web' },
        '200000000002': { 'dr:enabled': 'false' },
        '200000000003': { 'dr:enabled': 'true', team: 'data' },
        '200000000004': { 'dr:enabled': 'true', team: 'web' },
        '200000000005': { 'dr:enabled': 'true', team: 'web' }
      }
    })
    const info: string[] = []
    const filters: DiscoverFilters = {
      organizationalUnits: [],
      accountTags: [
        { key: 'dr:enabled', value: 'true' },
        { key: 'team', value: 'web' }
      ],
      excludeAccounts: ['200000000004', '999999999999']
    }
    const discovery = await discoverAccounts(client as never, filters, {
      info: message => info.push(message),
      warning: () => undefined
    })
    expect(discovery.accounts.map(a => a.id)).toEqual(['200000000001'])
    expect(discovery.excluded).toBe(1)
    expect(discovery.untagged).toBe(2)
    // Neither the excluded nor the suspended account is asked for its tags.
    const asked = org
      .commandCalls(ListTagsForResourceCommand)
      .map(call => call.args[0].input.ResourceId)
    expect(new Set(asked)).toEqual(new Set(['200000000001', '200000000002', '200000000003']))
    expect(info.join('\n')).toContain('999999999999')
    expect(describeDiscovery(discovery, filters)).toBe(
      '1 account selected, 1 not ACTIVE, 1 excluded, 2 without dr:enabled=true, team=web in the organization.'
    )
  })

  it('says how to fix an access denial and an unknown OU', async () => {
    org
      .on(ListAccountsCommand)
      .rejects(new AccessDeniedException({ message: 'not the management account', $metadata: {} }))
    await expect(discoverAccounts(client as never, NO_FILTERS)).rejects.toThrow(
      /management account or a delegated administrator can list accounts: set organizations-role-arn/
    )
    org.reset()
    org
      .on(ListAccountsForParentCommand)
      .rejects(new ParentNotFoundException({ message: 'no such parent', $metadata: {} }))
    const failure = discoverAccounts(client as never, {
      ...NO_FILTERS,
      organizationalUnits: ['ou-zzzz-zzzzzzzz']
    })
    await expect(failure).rejects.toBeInstanceOf(DiscoveryError)
    await expect(failure).rejects.toThrow(
      'organizational-units: ou-zzzz-zzzzzzzz is not an OU or root of this organization'
    )
  })
  it('passes credential failures on unchanged', async () => {
    const failure = Object.assign(new Error('AssumeRole into X was denied'), {
      name: 'CredentialChainError'
    })
    org.on(ListAccountsCommand).rejects(failure)
    await expect(discoverAccounts(client as never, NO_FILTERS)).rejects.toBe(failure)
  })
})

describe('the matrix', () => {
  const accounts: OrgAccount[] = [
    { id: '111111111111', name: 'a', partition: 'aws', state: 'ACTIVE' },
    { id: '222222222222', name: 'gov', partition: 'aws-us-gov', state: 'ACTIVE' },
    { id: '333333333333', name: null, partition: null, state: 'ACTIVE' }
  ]

  it('names the role in each account, in its own partition', () => {
    expect(buildMatrix(accounts, 'DRSOrchestrationRole', 'aws-cn')).toEqual({
      include: [
        {
          'account-id': '111111111111',
          'role-arn': 'arn:aws:iam::111111111111:role/DRSOrchestrationRole'
        },
        {
          'account-id': '222222222222',
          'role-arn': 'arn:aws-us-gov:iam::222222222222:role/DRSOrchestrationRole'
        },
        {
          'account-id': '333333333333',
          'role-arn': 'arn:aws-cn:iam::333333333333:role/DRSOrchestrationRole'
        }
      ]
    })
    expect(buildMatrix([], 'X')).toEqual({ include: [] })
  })

  it('takes the partition from what Organizations returns', async () => {
    serveTree({
      ous: {},
      accounts: {
        'r-root': [
          account('444444444444', {
            Arn: 'arn:aws-us-gov:organizations::111111111111:account/o-abc123/444444444444'
          })
        ]
      }
    })
    const discovery = await discoverAccounts(client as never, NO_FILTERS)
    expect(buildMatrix(discovery.accounts, 'path/DRS').include[0]['role-arn']).toBe(
      'arn:aws-us-gov:iam::444444444444:role/path/DRS'
    )
  })

  it('fits GitHub matrix limit of 256 jobs, and says what to do beyond it', () => {
    expect(MATRIX_LIMIT).toBe(256)
    expect(matrixLimitProblem(256)).toBeNull()
    expect(matrixLimitProblem(257)).toMatch(
      /257 accounts matched.*at most 256 jobs.*organizational-units/
    )
  })

  it('renders a summary table, escaping names', () => {
    const discovery = {
      accounts: [{ id: '111111111111', name: 'a|<b>', partition: 'aws', state: 'ACTIVE' }],
      inactive: [],
      excluded: 0,
      untagged: 0
    }
    const summary = renderDiscoverySummary(
      discovery,
      NO_FILTERS,
      buildMatrix(discovery.accounts, 'DRS')
    )
    expect(summary).toContain(
      '| 111111111111 | a\\|&lt;b&gt; | `arn:aws:iam::111111111111:role/DRS` |'
    )
    expect(
      renderDiscoverySummary({ ...discovery, accounts: [] }, NO_FILTERS, { include: [] })
    ).toContain('No account matched.')
  })

  it('matches tags exactly', () => {
    expect(matchesTags({ a: '1', b: '2' }, [{ key: 'a', value: '1' }])).toBe(true)
    expect(matchesTags({ a: '1' }, [{ key: 'A', value: '1' }])).toBe(false)
    expect(matchesTags({}, [])).toBe(true)
  })
})
