// The drill's completion message (notify-topic-arn): one SNS Publish in the topic's region with the
// target-role credentials, after cleanup so it can say what is left running. A failed publish is
// a warning, never a failed drill.
import { createHash } from 'node:crypto'
import { PublishCommand, type PublishCommandInput } from '@aws-sdk/client-sns'
import type { AwsClients } from '../aws/clients.js'
import { regionOfTopic } from '../settings/index.js'
import { errorMessage, type RunnerPort } from '../shared/port.js'
import { countDrillRows, drillLogLine } from './render.js'
import { drillNeedsAttention, sortDrillRows, type DrillRow } from './rows.js'
import type { DrillSettings } from './settings.js'

/** SNS takes at most 256 KiB per message; keep room for the envelope. */
const MESSAGE_BUDGET_BYTES = 240 * 1024

export function buildDrillNotification(
  settings: DrillSettings,
  rows: readonly DrillRow[],
  runUrl: string
): { subject: string; message: string } {
  const counts = countDrillRows(rows)
  const left = rows.filter(row => row.recoveryInstanceId !== null && row.terminated !== true).length
  const outcome = counts.failed > 0 || left > 0 ? 'needs attention' : 'passed'
  const accounts = settings.targets.length
  const scope = accounts > 1 ? `${accounts} accounts` : settings.accountId
  const subject = `DRS drill ${scope} ${outcome}: ${counts.passed} passed, ${counts.failed} failed`
    .replace(/[^\x20-\x7e]/g, '')
    .slice(0, 100)
  const lines = [
    `DRS drill for ${accounts > 1 ? scope : `account ${scope}`} in ${settings.targetRegion}: ${outcome}.`,
    `Run: ${runUrl || '(not available)'}`,
    drillLogLine(rows),
    ...(left > 0
      ? [`${left} drill instance(s) still running (kept or not confirmed terminated).`]
      : []),
    '',
    'Needs attention:'
  ]
  let size = Buffer.byteLength(lines.join('\n'))
  for (const row of sortDrillRows(rows).filter(drillNeedsAttention)) {
    const line =
      `- ${accounts > 1 ? `${row.accountId ?? ''} ` : ''}${row.region ?? '(no region)'} ${row.instanceId ?? '(whole region)'} ${row.status}${row.message ? `: ${row.message}` : ''}`.slice(
        0,
        600
      )
    size += Buffer.byteLength(line) + 1
    if (size > MESSAGE_BUDGET_BYTES) break
    lines.push(line)
  }
  return { subject, message: lines.join('\n') }
}

export async function publishDrillNotification(
  settings: DrillSettings,
  clients: Pick<AwsClients, 'sns'>,
  rows: readonly DrillRow[],
  runUrl: string,
  port: RunnerPort
): Promise<void> {
  const topicArn = settings.notifyTopicArn
  if (!topicArn) return
  try {
    const { subject, message } = buildDrillNotification(settings, rows, runUrl)
    const input: PublishCommandInput = { TopicArn: topicArn, Subject: subject, Message: message }
    if (topicArn.endsWith('.fifo')) {
      input.MessageGroupId = 'drs-orchestration'
      input.MessageDeduplicationId = createHash('sha256')
        .update(
          [settings.accountId, settings.run.runId, settings.run.runAttempt, 'drill', message].join(
            '\n'
          )
        )
        .digest('hex')
    }
    await clients.sns(regionOfTopic(topicArn)).send(new PublishCommand(input))
    port.info(`Drill notification published to ${topicArn}.`)
  } catch (error) {
    port.warning(
      `Could not publish the drill notification to ${topicArn} (${errorMessage(error)}); the drill itself is unaffected. ` +
        'Check that the target role may sns:Publish to the topic.'
    )
  }
}
