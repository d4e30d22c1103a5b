// The terminal table, rendered from the one report value; names and messages lose any control
// sequence on the way (an EC2 Name tag could otherwise drive the user's terminal).
import { asReport, type ReportSource } from './report.js'
import { stripControl } from './text.js'

/** A plain-text table for terminals: aligned columns, one line per row, the message last. */
export function renderTerminalTable(source: ReportSource): string {
  const report = asReport(source)
  if (report.rows.length === 0) return '(no instances)'
  const oneLine = (value: string | null, max: number): string => {
    const text =
      stripControl(value ?? '-')
        .replace(/\s+/g, ' ')
        .trim() || '-'
    return text.length > max ? `${text.slice(0, max - 1)}…` : text
  }
  const header = [
    'INSTANCE',
    'NAME',
    'REGION',
    'PLATFORM',
    'STATUS',
    'SOURCE SERVER',
    'REPLICATION',
    'MESSAGE'
  ]
  const body = report.attentionFirst.map(row => [
    oneLine(row.instanceId, 19),
    oneLine(row.name, 32),
    oneLine(row.region, 16),
    oneLine(row.platform, 12),
    oneLine(row.status, 18),
    oneLine(row.sourceServerId, 20),
    oneLine(row.replicationState, 18),
    oneLine(row.message, 400)
  ])
  const widths = header.map((title, i) =>
    Math.max(title.length, ...body.map(cells => cells[i].length))
  )
  const format = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  const rule = widths.map((width, i) =>
    '-'.repeat(i === widths.length - 1 ? Math.min(width, 40) : width)
  )
  return [format(header), format(rule), ...body.map(format)].join('\n')
}
