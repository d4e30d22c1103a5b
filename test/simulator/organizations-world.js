// @ts-check
// The scenario's AWS Organizations block -> roots, OUs, accounts and tags as the service lists them.

/** @param {any} spec */
export function buildOrganizations(spec) {
  const id = spec.id ?? 'o-simorg0001'
  const management = String(spec.managementAccount ?? '111111111111')
  const roots = (spec.roots ?? [{ id: 'r-sim0', name: 'Root' }]).map((/** @type {any} */ r) => ({
    Id: r.id,
    Name: r.name ?? 'Root',
    Arn: `arn:aws:organizations::${management}:root/${id}/${r.id}`,
    PolicyTypes: []
  }))
  const rootId = roots[0]?.Id
  const ous = (spec.ous ?? []).map((/** @type {any} */ o) => ({
    Id: o.id,
    Name: o.name ?? o.id,
    Arn: `arn:aws:organizations::${management}:ou/${id}/${o.id}`,
    parent: o.parent ?? rootId
  }))
  const accounts = (spec.accounts ?? []).map((/** @type {any} */ a) => ({
    Id: String(a.id),
    Arn: `arn:aws:organizations::${management}:account/${id}/${a.id}`,
    Email: a.email ?? `aws+${a.id}@example.com`,
    Name: a.name ?? `account-${a.id}`,
    Status: a.status ?? 'ACTIVE',
    State: a.state ?? (a.status === 'SUSPENDED' ? 'SUSPENDED' : 'ACTIVE'),
    JoinedMethod: a.joinedMethod ?? 'CREATED',
    JoinedTimestamp: Date.parse(a.joinedTimestamp ?? '2023-03-01T00:00:00Z') / 1000,
    parent: a.parent ?? rootId
  }))
  /** @type {Map<string, Record<string, string>>} */
  const tags = new Map()
  for (const a of spec.accounts ?? []) if (a.tags) tags.set(String(a.id), a.tags)
  for (const [resource, t] of Object.entries(spec.tags ?? {})) {
    tags.set(resource, { ...(tags.get(resource) ?? {}), .../** @type {any} */ (t) })
  }
  return {
    id,
    managementAccount: management,
    delegatedAdministrators: (spec.delegatedAdministrators ?? []).map(String),
    roots,
    ous,
    accounts,
    tags,
    pageSize: spec.pageSize ?? 10
  }
}
