// The check's message: one SNS Publish in the topic's own region, with the target-role
// credentials, when notify-topic-arn is set. A failed publish is a warning, never a failed check.
import { PublishCommand } from '@aws-sdk/client-sns'
import type { AwsClients } from '../aws/clients.js'
import { MESSAGE_BUDGET_BYTES, type Notification } from '../report/notify.js'
import { regionOfTopic } from '../settings/index.js'
import { errorCode, errorMessage, type RunnerPort } from '../shared/port.js'
import { checkBreakdown } from './report.js'
import {
  countCheckStatuses,
  coverageOf,
  isCoverageRow,
  needsAttention,
  sortCheckRows,
  type CheckRow
} from './rows.js'
import type { CheckSettings } from './settings.js'

const LINE_MAX_CHARS = 600

function line(row: CheckRow): string {
  const where = [row.accountId, row.region ?? '(no region)', row.instanceId ?? '(whole region)']
  const name = row.name ? ` (${row.name})` : ''
  const text = `- ${where.join(' ')}${name} ${row.status}: ${(row.message ?? '').replace(/\s+/g, ' ')}`
  return text.length > LINE_MAX_CHARS ? `${text.slice(0, LINE_MAX_CHARS - 1)}…` : text
}

/** Subject and message of the check's notification. Pure. */
export function buildCheckNotification(
  settings: Pick<CheckSettings, 'accountId' | 'targetRegion' | 'sourceRegions' | 'failOn'> &
    Partial<Pick<CheckSettings, 'targets'>>,
  rows: readonly CheckRow[],
  runUrl: string
): Notification {
  const accounts = settings.targets?.length ?? 1
  const scope = accounts > 1 ? `${accounts} accounts` : settings.accountId
  const failOn = new Set(settings.failOn)
  const failing = rows.filter(row => failOn.has(row.status) || row.status === 'failed').length
  const coverage = coverageOf(rows)
  const outcome = failing > 0 ? 'needs attention' : 'ok'
  const subject = `DRS protection check ${scope} ${outcome}: coverage ${coverage}%`
  const attention = sortCheckRows(rows).filter(needsAttention)
  let message = [
    `DRS protection check for ${accounts > 1 ? scope : `account ${scope}`}: ${outcome}.`,
    '',
    `Run: ${runUrl || '(not available)'}`,
    `Source regions: ${settings.sourceRegions.join(', ')}; target region ${settings.targetRegion}`,
    `Coverage: ${coverage}% of ${rows.filter(isCoverageRow).length} running matching instances`,
    `By status: ${checkBreakdown(countCheckStatuses(rows)) || 'no rows'}`,
    `Failing per fail-on: ${failing}`,
    '',
    attention.length === 0 ? 'Nothing needs attention.' : `Needs attention (${attention.length}):`,
    ''
  ].join('\n')
  const budget = MESSAGE_BUDGET_BYTES - 200
  let listed = 0
  for (const row of attention) {
    const next = `${line(row)}\n`
    if (Buffer.byteLength(message + next) > budget) break
    message += next
    listed++
  }
  if (listed < attention.length) {
    message += `… and ${attention.length - listed} more; the run's summary and results-file list them all.\n`
  }
  return { subject: subject.replace(/[^\x20-\x7e]/g, '').slice(0, 100), message }
}

/** Publishes the notification; never throws (a failure is a warning). Needs loadSnsClient(). */
export async function publishCheckNotification(
  settings: CheckSettings,
  clients: Pick<AwsClients, 'sns'>,
  rows: readonly CheckRow[],
  runUrl: string,
  port: RunnerPort
): Promise<void> {
  const topicArn = settings.notifyTopicArn
  if (!topicArn) return
  try {
    const { subject, message } = buildCheckNotification(settings, rows, runUrl)
    const fifo = topicArn.endsWith('.fifo')
      ? {
          MessageGroupId: 'drs-orchestration',
          MessageDeduplicationId: `check-${settings.accountId}-${settings.run.runId}-${settings.run.runAttempt}`
        }
      : {}
    const sns = clients.sns(regionOfTopic(topicArn))
    const out = await sns.send(
      new PublishCommand({ TopicArn: topicArn, Subject: subject, Message: message, ...fifo })
    )
    port.info(
      `Notification published to ${topicArn}${out.MessageId ? ` (message ${out.MessageId})` : ''}.`
    )
  } catch (error) {
    port.warning(
      `Could not publish the notification to ${topicArn} (${errorCode(error)}: ${errorMessage(error)}). ` +
        'The check itself is unaffected. Check that the target role may sns:Publish to the topic and that the topic policy allows it.'
    )
  }
}
