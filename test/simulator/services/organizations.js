// @ts-check
// AWS Organizations (awsJson1_1, X-Amz-Target AWSOrganizationsV20161128.<Op>): ListRoots,
// ListAccounts, ListAccountsForParent, ListOrganizationalUnitsForParent, ListChildren,
// ListTagsForResource, DescribeOrganization.

import { pageOf, readToken, SimError } from '../util.js'
import { caller, optionalNumber } from './common.js'

/**
 * The organization, if the caller may read it (management account or delegated administrator).
 * @param {import('./common.js').Ctx} ctx
 */
function org(ctx) {
  const session = caller(ctx)
  const o = ctx.world.organizations
  if (!o) {
    throw new SimError(
      'AWSOrganizationsNotInUseException',
      'Your account is not a member of an organization.'
    )
  }
  if (
    session.account !== o.managementAccount &&
    !o.delegatedAdministrators.includes(session.account)
  ) {
    throw new SimError(
      'AccessDeniedException',
      "You don't have permissions to access this resource.",
      {
        reason: 'access-denied'
      }
    )
  }
  return o
}

/**
 * @template T
 * @param {import('./common.js').Ctx} ctx
 * @param {T[]} items
 * @param {string} kind
 */
function paged(ctx, items, kind) {
  const o = org(ctx)
  const p = ctx.params
  const max = optionalNumber(p.MaxResults)
  if (max !== undefined && (!Number.isInteger(max) || max < 1 || max > 20)) {
    throw new SimError(
      'InvalidInputException',
      'You provided a value that does not match the required pattern.',
      {
        fields: { Reason: 'INVALID_INPUT' }
      }
    )
  }
  const key = JSON.stringify([
    'org',
    kind,
    p.ParentId ?? null,
    p.ResourceId ?? null,
    p.ChildType ?? null
  ])
  const offset = readToken(p.NextToken, key)
  if (offset === null) {
    throw new SimError('InvalidInputException', 'The specified NextToken is not valid.', {
      fields: { Reason: 'INVALID_NEXT_TOKEN' }
    })
  }
  return pageOf(items, offset, max ?? o.pageSize, key)
}

/** @param {import('./common.js').Ctx} ctx */
function parent(ctx) {
  const o = org(ctx)
  const id = String(ctx.params.ParentId ?? '')
  if (
    !o.roots.some((/** @type {any} */ r) => r.Id === id) &&
    !o.ous.some((/** @type {any} */ u) => u.Id === id)
  ) {
    throw new SimError(
      'ParentNotFoundException',
      "We can't find a root or OU with the ParentId that you specified."
    )
  }
  return id
}

/** @param {any} a */
function accountJson(a) {
  const { parent: _parent, ...rest } = a
  return rest
}

/** @type {import('./common.js').Service} */
export const organizations = {
  operations: {
    DescribeOrganization(ctx) {
      const o = org(ctx)
      return {
        Organization: {
          Id: o.id,
          Arn: `arn:aws:organizations::${o.managementAccount}:organization/${o.id}`,
          FeatureSet: 'ALL',
          MasterAccountId: o.managementAccount,
          MasterAccountArn: `arn:aws:organizations::${o.managementAccount}:account/${o.id}/${o.managementAccount}`,
          MasterAccountEmail: `aws+${o.managementAccount}@example.com`,
          AvailablePolicyTypes: []
        }
      }
    },

    ListRoots(ctx) {
      const o = org(ctx)
      const { page, nextToken } = paged(ctx, o.roots, 'roots')
      return { Roots: page, NextToken: nextToken }
    },

    ListAccounts(ctx) {
      const o = org(ctx)
      const { page, nextToken } = paged(ctx, o.accounts, 'accounts')
      return { Accounts: page.map(accountJson), NextToken: nextToken }
    },

    ListAccountsForParent(ctx) {
      const o = org(ctx)
      const id = parent(ctx)
      const items = o.accounts.filter((/** @type {any} */ a) => a.parent === id)
      const { page, nextToken } = paged(ctx, items, 'accounts-for-parent')
      return { Accounts: page.map(accountJson), NextToken: nextToken }
    },

    ListOrganizationalUnitsForParent(ctx) {
      const o = org(ctx)
      const id = parent(ctx)
      const items = o.ous
        .filter((/** @type {any} */ u) => u.parent === id)
        .map((/** @type {any} */ u) => ({ Id: u.Id, Arn: u.Arn, Name: u.Name }))
      const { page, nextToken } = paged(ctx, items, 'ous-for-parent')
      return { OrganizationalUnits: page, NextToken: nextToken }
    },

    ListChildren(ctx) {
      const o = org(ctx)
      const id = parent(ctx)
      const type = String(ctx.params.ChildType ?? '')
      if (type !== 'ACCOUNT' && type !== 'ORGANIZATIONAL_UNIT') {
        throw new SimError(
          'InvalidInputException',
          'You provided a value that does not match the required pattern.',
          {
            fields: { Reason: 'INVALID_ENUM' }
          }
        )
      }
      const source = type === 'ACCOUNT' ? o.accounts : o.ous
      const items = source
        .filter((/** @type {any} */ x) => x.parent === id)
        .map((/** @type {any} */ x) => ({ Id: x.Id, Type: type }))
      const { page, nextToken } = paged(ctx, items, 'children')
      return { Children: page, NextToken: nextToken }
    },

    ListTagsForResource(ctx) {
      const o = org(ctx)
      const id = String(ctx.params.ResourceId ?? '')
      const exists =
        o.accounts.some((/** @type {any} */ a) => a.Id === id) ||
        o.ous.some((/** @type {any} */ u) => u.Id === id) ||
        o.roots.some((/** @type {any} */ r) => r.Id === id)
      if (!exists)
        throw new SimError(
          'TargetNotFoundException',
          "We can't find a resource with the specified ResourceId."
        )
      const tags = Object.entries(o.tags.get(id) ?? {}).map(([Key, Value]) => ({ Key, Value }))
      const { page, nextToken } = paged(ctx, tags, 'tags')
      return { Tags: page, NextToken: nextToken }
    }
  }
}
