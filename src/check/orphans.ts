// What EC2 says about the instances of source servers that were not among the running matches:
// one DescribeInstances per 200 ids per source region (EC2's cap on one filter's values).
import { paginateDescribeInstances, type EC2Client, type Instance } from '@aws-sdk/client-ec2'
import { EC2_FILTER_VALUES_MAX, EC2_PAGE_SIZE } from '../install/discover.js'
import { chunk } from '../shared/concurrency.js'
import type { KeyValue } from '../settings/index.js'
import type { OriginInstance } from './classify.js'

/** Which tag filter a running instance fails, e.g. `dr:enabled is "false", not "true"`. */
export function tagMismatch(instance: Instance, tagFilters: readonly KeyValue[]): string {
  const tags = new Map((instance.Tags ?? []).map(tag => [tag.Key ?? '', tag.Value ?? '']))
  const misses = tagFilters.flatMap(filter => {
    const value = tags.get(filter.key)
    if (value === filter.value) return []
    return value === undefined
      ? [`no tag ${filter.key}`]
      : [`${filter.key} is "${value}", not "${filter.value}"`]
  })
  return misses.join('; ') || 'the tags changed while the check ran'
}

export function originOf(
  instance: Instance | undefined,
  tagFilters: readonly KeyValue[]
): OriginInstance {
  if (!instance) return { kind: 'gone' }
  const state = instance.State?.Name ?? 'unknown'
  if (state !== 'running') return { kind: 'state', state }
  return { kind: 'untagged', mismatch: tagMismatch(instance, tagFilters) }
}

export interface OriginLookup {
  origin: OriginInstance
  /** The instance's Name tag, when EC2 still knows the instance. */
  name: string | null
}

/** Looks the ids up in one region, batched; ids EC2 does not return are gone (terminated). */
export async function lookUpOrigins(
  ec2: EC2Client,
  instanceIds: readonly string[],
  tagFilters: readonly KeyValue[]
): Promise<Map<string, OriginLookup>> {
  const found = new Map<string, Instance>()
  for (const ids of chunk(instanceIds, EC2_FILTER_VALUES_MAX)) {
    // The filter form, not InstanceIds: an id EC2 no longer knows would fail the whole call.
    const pages = paginateDescribeInstances(
      { client: ec2, pageSize: EC2_PAGE_SIZE },
      { Filters: [{ Name: 'instance-id', Values: ids }], MaxResults: EC2_PAGE_SIZE }
    )
    for await (const page of pages) {
      for (const reservation of page.Reservations ?? []) {
        for (const instance of reservation.Instances ?? []) {
          if (instance.InstanceId) found.set(instance.InstanceId, instance)
        }
      }
    }
  }
  return new Map(
    instanceIds.map(id => {
      const instance = found.get(id)
      const name = instance?.Tags?.find(tag => tag.Key === 'Name')?.Value ?? null
      return [id, { origin: originOf(instance, tagFilters), name }]
    })
  )
}
