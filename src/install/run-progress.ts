// The rows known so far across every account of the run, published whole on every change: each
// region as discovery answers it, each batch as SSM answers it, each wait round. A candidate not
// yet answered is published as awaiting its send.
import { sortAccountRows } from '../accounts/index.js'
import { awaitingSendRow, type RunnerPort } from '../shared/port.js'
import type { Row } from '../shared/rows.js'
import type { RegionDiscovery } from './discover.js'

const keyOf = (row: Pick<Row, 'accountId' | 'region' | 'instanceId'>): string =>
  `${row.accountId ?? ''}/${row.region ?? ''}/${row.instanceId ?? ''}`

export class RunProgress {
  private readonly rows = new Map<string, Row>()

  constructor(private readonly port: RunnerPort) {}

  /** A source region answered: its decided rows, and its candidates as awaiting their send. */
  region(result: RegionDiscovery): void {
    for (const row of result.rows) this.set(row)
    for (const candidate of result.candidates) this.set(awaitingSendRow(candidate))
    this.publish()
  }

  /** Rows that replace what was known of them (same account, region and instance). */
  answered(rows: readonly Row[]): void {
    for (const row of rows) this.set(row)
    this.publish()
  }

  private set(row: Row): void {
    this.rows.set(keyOf(row), row)
  }

  private publish(): void {
    if (this.port.progress) this.port.progress(sortAccountRows([...this.rows.values()]))
  }
}
