// @ts-check
// SNS (awsQuery): Publish.

import { el, randomUUID, SimError } from '../util.js'
import { accessDenied } from '../auth.js'
import { caller } from './common.js'

/** @type {import('./common.js').Service} */
export const sns = {
  normalize(_operation, raw) {
    const p = { ...raw }
    delete p.Action
    delete p.Version
    return p
  },

  operations: {
    Publish(ctx) {
      const session = caller(ctx)
      const p = ctx.params
      const arn = String(p.TopicArn ?? p.TargetArn ?? '')
      if (!arn)
        throw new SimError(
          'InvalidParameter',
          'Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter'
        )
      const message = p.Message
      if (message === undefined || message === '') {
        throw new SimError('InvalidParameter', 'Invalid parameter: Empty message')
      }
      if (Buffer.byteLength(String(message)) > 262144) {
        throw new SimError('InvalidParameter', 'Invalid parameter: Message too long')
      }
      const subject = p.Subject === undefined ? null : String(p.Subject)
      if (
        subject !== null &&
        (subject.length === 0 || subject.length > 100 || /[^\x20-\x7e]/.test(subject))
      ) {
        throw new SimError('InvalidParameter', 'Invalid parameter: Subject')
      }
      const match = /^arn:[\w-]+:sns:([\w-]+):(\d{12}):[\w.-]+$/.exec(arn)
      if (!match) throw new SimError('InvalidParameter', 'Invalid parameter: TopicArn')
      if (match[1] !== ctx.region) {
        // a topic is only reachable through its own region's endpoint
        throw new SimError('InvalidParameter', 'Invalid parameter: TopicArn')
      }
      const topic = ctx.world.topics.get(arn)
      if (!topic) throw new SimError('NotFound', 'Topic does not exist')
      if (!topic.allowAccounts.includes(session.account)) {
        throw accessDenied('sns', 'Publish', session.principalArn, arn)
      }
      const messageId = randomUUID()
      ctx.engine.messages.push({
        messageId,
        topicArn: arn,
        subject,
        message: String(message),
        principalArn: session.principalArn,
        account: session.account,
        region: ctx.region,
        at: ctx.clock.now()
      })
      return el('MessageId', messageId)
    }
  }
}
