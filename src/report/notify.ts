// The completion message: one SNS Publish in the topic's own region, with the target-role
// credentials. A notification is a courtesy: a failed publish is a warning, never a failed run.
import { createHash } from 'node:crypto'
import { PublishCommand, type PublishCommandInput } from '@aws-sdk/client-sns'
import type { AwsClients } from '../aws/clients.js'
import { regionOfTopic, type Settings } from '../settings/index.js'
import { errorCode, errorMessage, type RunnerPort } from '../shared/port.js'
import type { Row } from '../shared/rows.js'
import { asReport, type ReportSource } from './report.js'
import { bytes, statusBreakdown } from './text.js'

/** SNS takes at most 256 KiB per message; keep room for the attributes and the envelope. */
export const MESSAGE_BUDGET_BYTES = 240 * 1024
const SUBJECT_MAX = 100
const LINE_MAX_CHARS = 600

export interface Notification {
  subject: string
  message: string
}

/** SNS subjects must be printable ASCII on one line, at most 100 characters. */
function asciiSubject(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, SUBJECT_MAX)
}

function attentionLine(row: Row, withAccount = false): string {
  const where = [
    ...(withAccount ? [row.accountId ?? '(no account)'] : []),
    row.region ?? '(no region)',
    row.instanceId ?? '(whole region)'
  ].join(' ')
  const name = row.name ? ` (${row.name})` : ''
  const message = row.message ? `: ${row.message.replace(/\s+/g, ' ')}` : ''
  const line = `- ${where}${name} ${row.status}${message}`
  return line.length > LINE_MAX_CHARS ? `${line.slice(0, LINE_MAX_CHARS - 1)}…` : line
}

/** Subject and message for the completion notification. Pure, so it can be tested as text. */
export function buildNotification(
  settings: Settings,
  source: ReportSource,
  runUrl: string
): Notification {
  const report = asReport(source)
  const { counts } = report
  const outcome = counts.failedCount > 0 ? 'needs attention' : 'done'
  // One message covers every account of a many-account run.
  const many = settings.targets.length > 1
  const who = many ? `${settings.targets.length} accounts` : settings.accountId
  const subject = asciiSubject(
    `DRS agent roll-out ${who} ${outcome}: ${counts.installedCount} installed, ` +
      `${counts.failedCount} failed, ${counts.skippedCount} skipped of ${counts.instanceCount}`
  )

  const run = settings.run
  const header = [
    `DRS agent roll-out for ${many ? who : `account ${who}`}: ${outcome}.`,
    '',
    `Run: ${runUrl || '(not available)'}`,
    ...(run.repository
      ? [
          `Repository: ${run.repository}, workflow ${run.workflow || '?'}, run ${run.runId} attempt ${run.runAttempt}`
        ]
      : []),
    many ? `Role name: ${settings.roleName ?? settings.roleArn}` : `Role: ${settings.roleArn}`,
    `Source regions: ${settings.sourceRegions.join(', ')}`,
    `Target region: ${settings.targetRegion}`,
    `Wait for: ${settings.waitFor} (bound ${settings.timeoutMinutes} min)${settings.dryRun ? ', dry run: nothing was sent' : ''}`,
    '',
    `Instances: ${counts.instanceCount}`,
    `Installed: ${counts.installedCount}`,
    `Failed or timed out: ${counts.failedCount}`,
    `Skipped: ${counts.skippedCount}`,
    `By status: ${statusBreakdown(report.byStatus, ', ', true) || 'no rows'}`
  ].join('\n')

  const { attention } = report
  if (attention.length === 0) {
    return { subject, message: `${header}\n\nNo instance needs attention.\n` }
  }
  let message = `${header}\n\nNeeds attention (${attention.length}):\n`
  // Reserve room for the closing line so it always fits.
  const budget = MESSAGE_BUDGET_BYTES - 200
  let size = bytes(message)
  let listed = 0
  for (const row of attention) {
    const line = `${attentionLine(row, many)}\n`
    size += bytes(line)
    if (size > budget) break
    message += line
    listed++
  }
  if (listed < attention.length) {
    message += `… and ${attention.length - listed} more; the run's summary and results-file list them all.\n`
  }
  return { subject, message }
}

/**
 * Publishes the completion message when notify-topic-arn is set. Never throws: a failure is
 * reported through port.warning, since the roll-out itself is already done.
 */
export async function publishNotification(
  settings: Settings,
  clients: Pick<AwsClients, 'sns'>,
  rows: readonly Row[],
  runUrl: string,
  port: RunnerPort
): Promise<void> {
  const topicArn = settings.notifyTopicArn
  if (!topicArn) return
  try {
    const { subject, message } = buildNotification(settings, rows, runUrl)
    const input: PublishCommandInput = { TopicArn: topicArn, Subject: subject, Message: message }
    if (topicArn.endsWith('.fifo')) {
      // FIFO topics need a group; the deduplication id keeps a retried publish of one run single.
      input.MessageGroupId = 'drs-orchestration'
      input.MessageDeduplicationId = createHash('sha256')
        .update(
          [settings.accountId, settings.run.runId, settings.run.runAttempt, message].join('\n')
        )
        .digest('hex')
    }
    const out = await clients.sns(regionOfTopic(topicArn)).send(new PublishCommand(input))
    port.info(
      `Notification published to ${topicArn}${out.MessageId ? ` (message ${out.MessageId})` : ''}.`
    )
  } catch (error) {
    const code = errorCode(error)
    const message = errorMessage(error)
    port.warning(
      `Could not publish the notification to ${topicArn} (${message.startsWith(code) ? message : `${code}: ${message}`}). ` +
        'The roll-out itself is unaffected. Check that the target role may sns:Publish to the topic ' +
        '(and use its KMS key, if the topic is encrypted) and that the topic policy allows it.'
    )
  }
}
