// @ts-check
// SSM (awsJson1_1, X-Amz-Target AmazonSSM.<Op>): DescribeInstanceInformation, SendCommand,
// ListCommands, ListCommandInvocations, GetCommandInvocation, CancelCommand.

import { randomUUID, globMatch, pageOf, readToken, SimError } from '../util.js'
import { caller, callerRegion, optionalNumber } from './common.js'
import { faultsOf } from '../faults.js'

const INSTANCE_ID = /^(?:i-(?:\w{8}|\w{17})|mi-\w{17})$/
const MAX_CONCURRENCY = /^(?:[1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$/
const MAX_ERRORS = /^(?:[1-9][0-9]*|0|[1-9][0-9]%|[0-9]%|100%)$/
const STDOUT_LIMIT = 24000
const PLUGIN_OUTPUT_LIMIT = 2500

/** @param {string} message */
function validation(message) {
  return new SimError('ValidationException', message)
}

/**
 * @param {unknown} value
 * @param {string} member
 * @param {number} min
 * @param {number} max
 * @param {number} fallback
 */
function maxResults(value, member, min, max, fallback) {
  const n = optionalNumber(value)
  if (n === undefined) return fallback
  if (!Number.isInteger(n) || n < min) {
    throw validation(
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must have value greater than or equal to ${min}`
    )
  }
  if (n > max) {
    throw validation(
      `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must have value less than or equal to ${max}`
    )
  }
  return n
}

/**
 * True while an injected fault keeps a fresh command out of SSM's answers (eventual consistency).
 * @param {import('./common.js').Ctx} ctx
 * @param {import('../engine.js').Command} cmd
 */
function hidden(ctx, cmd) {
  const faults = faultsOf(ctx.world)
  if (!faults) return false
  return faults.hidesCommand(cmd, {
    service: ctx.service,
    operation: ctx.operation,
    region: ctx.region,
    params: ctx.params,
    principalArn: ctx.session?.principalArn ?? null,
    account: ctx.session?.account ?? null
  })
}

/** @param {string | undefined} token @param {string} key */
function offsetOf(token, key) {
  const offset = readToken(token, key)
  if (offset === null) throw new SimError('InvalidNextToken', 'The specified token is not valid.')
  return offset
}

/** @param {number} sim @param {import('./common.js').Ctx} ctx */
function epoch(sim, ctx) {
  return Math.round(ctx.clock.wallMs(sim)) / 1000
}

/** @param {number} sim @param {import('./common.js').Ctx} ctx */
function isoAt(sim, ctx) {
  return new Date(ctx.clock.wallMs(sim)).toISOString()
}

/** @param {string} text @param {number} limit */
function cap(text, limit) {
  return text.length > limit ? text.slice(0, limit) : text
}

/**
 * @param {import('../engine.js').Command} cmd
 * @param {import('./common.js').Ctx} ctx
 */
function commandJson(cmd, ctx) {
  const s = ctx.engine.commandStatus(cmd)
  return {
    CommandId: cmd.id,
    DocumentName: cmd.documentName,
    DocumentVersion: '$DEFAULT',
    Comment: cmd.comment,
    ExpiresAfter: epoch(cmd.requestedAt + cmd.timeoutSeconds, ctx),
    Parameters: cmd.parameters,
    InstanceIds: cmd.instanceIds,
    Targets: cmd.targets,
    RequestedDateTime: epoch(cmd.requestedAt, ctx),
    Status: s.status,
    StatusDetails: s.details,
    OutputS3Region: cmd.region,
    OutputS3BucketName: '',
    OutputS3KeyPrefix: '',
    MaxConcurrency: cmd.maxConcurrency,
    MaxErrors: cmd.maxErrors,
    TargetCount: s.targetCount,
    CompletedCount: s.completedCount,
    ErrorCount: s.errorCount,
    DeliveryTimedOutCount: s.deliveryTimedOutCount,
    ServiceRole: cmd.serviceRole,
    NotificationConfig: { NotificationArn: '', NotificationEvents: [], NotificationType: '' },
    CloudWatchOutputConfig: { CloudWatchLogGroupName: '', CloudWatchOutputEnabled: false },
    TimeoutSeconds: cmd.timeoutSeconds,
    TriggeredAlarms: []
  }
}

/**
 * @param {import('../engine.js').Invocation} inv
 * @param {import('./common.js').Ctx} ctx
 */
function outputs(inv, ctx) {
  const s = ctx.engine.statusOf(inv)
  if (!s.terminal) {
    return {
      s,
      stdout: s.started ? inv.stdout.split('\n')[0] : '',
      stderr: '',
      code: -1
    }
  }
  if (s.details === 'Cancelled') return { s, stdout: '', stderr: '', code: -1 }
  return { s, stdout: inv.stdout, stderr: inv.stderr, code: inv.responseCode }
}

/**
 * @param {import('../engine.js').Invocation} inv
 * @param {boolean} details
 * @param {import('./common.js').Ctx} ctx
 */
function invocationJson(inv, details, ctx) {
  const { s, stdout, stderr, code } = outputs(inv, ctx)
  /** @type {Record<string, any>} */
  const item = {
    CommandId: inv.commandId,
    InstanceId: inv.instanceId,
    InstanceName: inv.instance?.hostname ?? '',
    Comment: inv.comment,
    DocumentName: inv.documentName,
    DocumentVersion: '$DEFAULT',
    RequestedDateTime: epoch(inv.requestedAt, ctx),
    Status: s.status,
    StatusDetails: s.details,
    TraceOutput: '',
    StandardOutputUrl: '',
    StandardErrorUrl: '',
    CommandPlugins: [],
    ServiceRole: inv.command.serviceRole,
    NotificationConfig: { NotificationArn: '', NotificationEvents: [], NotificationType: '' },
    CloudWatchOutputConfig: { CloudWatchLogGroupName: '', CloudWatchOutputEnabled: false }
  }
  if (details) {
    const output = [stdout, stderr].filter(Boolean).join('\n----------ERROR-------\n')
    item.CommandPlugins = [
      {
        Name: inv.pluginName,
        Status: s.status,
        StatusDetails: s.details,
        ResponseCode: code,
        ResponseStartDateTime: s.started ? epoch(inv.startAt, ctx) : undefined,
        ResponseFinishDateTime:
          s.terminal && s.started ? epoch(ctx.engine.endOf(inv), ctx) : undefined,
        Output: cap(output, PLUGIN_OUTPUT_LIMIT),
        StandardOutputUrl: '',
        StandardErrorUrl: '',
        OutputS3Region: inv.region,
        OutputS3BucketName: '',
        OutputS3KeyPrefix: ''
      }
    ]
  }
  return item
}

/**
 * Instances a command may target: managed by SSM in the caller's account and region.
 * @param {import('../scenario.js').Region} region
 * @param {string} id
 */
function managed(region, id) {
  const inst = region.instances.get(id)
  return inst && inst.pingStatus !== null && inst.state !== 'terminated' ? inst : undefined
}

/** @type {WeakMap<import('../scenario.js').Region, Map<import('../scenario.js').Instance, number>>} */
const orders = new WeakMap()

/** Position of each managed instance in its region's list (built once per region). */
/** @param {import('../scenario.js').Region} region */
function managedOrder(region) {
  let order = orders.get(region)
  if (!order || order.size !== region.managedList.length) {
    order = new Map(region.managedList.map((inst, i) => [inst, i]))
    orders.set(region, order)
  }
  return order
}

/** @param {import('../scenario.js').Instance} inst */
function pingStatus(inst) {
  if (inst.state !== 'running') return 'ConnectionLost'
  return inst.pingStatus ?? 'ConnectionLost'
}

/** @type {import('./common.js').Service} */
export const ssm = {
  operations: {
    DescribeInstanceInformation(ctx) {
      const p = ctx.params
      const size = maxResults(p.MaxResults, 'maxResults', 5, 50, 50)
      /** @type {Array<{ key: string, values: string[] }>} */
      const filters = []
      for (const f of p.Filters ?? [])
        filters.push({ key: String(f.Key), values: (f.Values ?? []).map(String) })
      for (const f of p.InstanceInformationFilterList ?? []) {
        const key = String(f.key)
        filters.push({
          key: key === 'InstanceIds' ? 'InstanceIds' : key.replace(/s?$/, 's'),
          values: (f.valueSet ?? []).map(String)
        })
      }
      const region = callerRegion(ctx)
      /** @type {import('../scenario.js').Instance[]} */
      let list = region.managedList
      for (const f of filters) {
        if (f.values.length === 0 || f.values.length > 100) {
          throw validation(
            `1 validation error detected: Value at 'filters.member.values' failed to satisfy constraint: Member must have length between 1 and 100`
          )
        }
        const values = new Set(f.values)
        switch (f.key) {
          case 'InstanceIds': {
            const order = managedOrder(region)
            const current = list === region.managedList ? null : new Set(list)
            list = [...values]
              .map(id => managed(region, id))
              .filter(inst => inst !== undefined && (current === null || current.has(inst)))
              .map(inst => /** @type {import('../scenario.js').Instance} */ (inst))
            // keep the region's order, as SSM does
            list.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
            break
          }
          case 'PingStatus':
            list = list.filter(inst => values.has(pingStatus(inst)))
            break
          case 'PlatformTypes':
          case 'PlatformType':
            list = list.filter(inst => values.has(inst.platform))
            break
          case 'ResourceType':
          case 'ResourceTypes':
            list = list.filter(() => values.has('EC2Instance'))
            break
          case 'tag-key':
            list = list.filter(inst => Object.keys(inst.tags).some(k => values.has(k)))
            break
          default:
            if (f.key.startsWith('tag:')) {
              const key = f.key.slice(4)
              list = list.filter(inst =>
                f.values.some(v => globMatch(v, inst.tags[key] ?? '\u0000'))
              )
            } else {
              throw new SimError('InvalidFilterKey', `The filter key ${f.key} is not valid.`)
            }
        }
      }
      const key = JSON.stringify(['ssm-dii', region.account, region.name, filters])
      const { page, nextToken } = pageOf(list, offsetOf(p.NextToken, key), size, key)
      const now = ctx.clock.now()
      return {
        InstanceInformationList: page.map(inst => {
          const ping = pingStatus(inst)
          return {
            InstanceId: inst.id,
            PingStatus: ping,
            LastPingDateTime: epoch(ping === 'Online' ? now : now - 86400, ctx),
            AgentVersion: '3.3.987.0',
            IsLatestVersion: true,
            PlatformType: inst.platform,
            PlatformName:
              inst.platform === 'Windows'
                ? 'Microsoft Windows Server 2022 Datacenter'
                : 'Amazon Linux',
            PlatformVersion: inst.platform === 'Windows' ? '10.0.20348' : '2023',
            ResourceType: 'EC2Instance',
            IPAddress: inst.privateIp,
            ComputerName: inst.hostname,
            AssociationStatus: 'Success',
            SourceId: inst.id,
            SourceType: 'AWS::EC2::Instance'
          }
        }),
        NextToken: nextToken
      }
    },

    SendCommand(ctx) {
      const p = ctx.params
      const session = caller(ctx)
      /** @type {string[]} */
      const ids = (p.InstanceIds ?? []).map(String)
      /** @type {any[]} */
      const targets = p.Targets ?? []
      if (ids.length > 50) {
        throw validation(
          `1 validation error detected: Value '[${ids.join(', ')}]' at 'instanceIds' failed to satisfy constraint: Member must have length less than or equal to 50`
        )
      }
      if (targets.length > 5) {
        throw validation(
          `1 validation error detected: Value at 'targets' failed to satisfy constraint: Member must have length less than or equal to 5`
        )
      }
      if (ids.length === 0 && targets.length === 0) {
        throw validation('Either InstanceIds or Targets must be specified.')
      }
      for (const id of ids) {
        if (!INSTANCE_ID.test(id)) {
          throw validation(
            `1 validation error detected: Value '[${ids.join(', ')}]' at 'instanceIds' failed to satisfy constraint: Member must satisfy constraint: [Member must have length less than or equal to 19, Member must have length greater than or equal to 10, Member must satisfy regular expression pattern: (^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)]`
          )
        }
      }
      const comment = p.Comment === undefined ? '' : String(p.Comment)
      if (comment.length > 100) {
        throw validation(
          `1 validation error detected: Value '${comment}' at 'comment' failed to satisfy constraint: Member must have length less than or equal to 100`
        )
      }
      const maxConcurrency = p.MaxConcurrency === undefined ? '50' : String(p.MaxConcurrency)
      if (!MAX_CONCURRENCY.test(maxConcurrency)) {
        throw validation(
          `1 validation error detected: Value '${maxConcurrency}' at 'maxConcurrency' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$`
        )
      }
      const maxErrors = p.MaxErrors === undefined ? '0' : String(p.MaxErrors)
      if (!MAX_ERRORS.test(maxErrors)) {
        throw validation(
          `1 validation error detected: Value '${maxErrors}' at 'maxErrors' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$`
        )
      }
      const timeoutSeconds = optionalNumber(p.TimeoutSeconds) ?? 3600
      if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 30 || timeoutSeconds > 2592000) {
        throw validation(
          `1 validation error detected: Value '${p.TimeoutSeconds}' at 'timeoutSeconds' failed to satisfy constraint: Member must have value between 30 and 2592000`
        )
      }
      const documentArg = String(p.DocumentName ?? '')
      const documentName = documentArg.replace(/^arn:[\w-]+:ssm:[\w-]*:\d*:document\//, '')
      const doc = ctx.world.documents.get(documentName)
      if (!doc)
        throw new SimError(
          'InvalidDocument',
          `Document ${documentArg} does not exist in your account.`
        )
      /** @type {Record<string, string[]>} */
      const parameters = {}
      for (const [name, value] of Object.entries(p.Parameters ?? {})) {
        parameters[name] = Array.isArray(value) ? value.map(String) : [String(value)]
      }
      if (doc.parameters) {
        for (const name of Object.keys(parameters)) {
          if (!doc.parameters.includes(name)) {
            throw new SimError(
              'InvalidParameters',
              `Parameter "${name}" is not defined in document ${doc.name}.`
            )
          }
        }
      }
      for (const name of doc.requiredParameters) {
        if (!parameters[name] || parameters[name].length === 0 || parameters[name][0] === '') {
          throw new SimError(
            'InvalidParameters',
            `Parameters required for document ${doc.name} are missing: ${name}.`
          )
        }
      }
      const region = callerRegion(ctx)
      /** @type {import('../scenario.js').Instance[]} */
      let chosen
      if (ids.length > 0) {
        const unique = [...new Set(ids)]
        const bad = unique.filter(id => !managed(region, id))
        if (bad.length > 0) {
          throw new SimError(
            'InvalidInstanceId',
            `Instances [[${bad.join(', ')}]] not in a valid state for account ${region.account}`
          )
        }
        chosen = unique.map(
          id => /** @type {import('../scenario.js').Instance} */ (managed(region, id))
        )
      } else {
        chosen = region.managedList
        for (const t of targets) {
          const key = String(t.Key ?? '')
          const values = (t.Values ?? []).map(String)
          if (key === 'InstanceIds') chosen = chosen.filter(inst => values.includes(inst.id))
          else if (key.startsWith('tag:')) {
            const tag = key.slice(4)
            chosen = chosen.filter(inst => values.includes(inst.tags[tag]))
          } else if (key === 'tag-key')
            chosen = chosen.filter(inst => values.some((/** @type {string} */ v) => v in inst.tags))
          else
            throw new SimError(
              'InvalidTarget',
              `Target key ${key} is not supported by the simulator.`
            )
        }
      }
      /** @type {import('../engine.js').Command} */
      const cmd = {
        id: randomUUID(),
        account: region.account,
        region: region.name,
        documentName: doc.name,
        comment,
        parameters,
        instanceIds: ids.length > 0 ? [...new Set(ids)] : [],
        targets,
        requestedAt: ctx.clock.now(),
        timeoutSeconds,
        maxConcurrency,
        maxErrors,
        maxErrorsCount: 0,
        invocations: [],
        byInstance: new Map(),
        cancelledAt: null,
        serviceRole: p.ServiceRoleArn ?? '',
        principalArn: session.principalArn
      }
      ctx.engine.plan(cmd, chosen, doc)
      ctx.engine.commands.set(cmd.id, cmd)
      region.commands.set(cmd.id, cmd)
      region.commandList.push(cmd)
      return { Command: commandJson(cmd, ctx) }
    },

    ListCommands(ctx) {
      const p = ctx.params
      const size = maxResults(p.MaxResults, 'maxResults', 1, 50, 50)
      const region = callerRegion(ctx)
      /** @type {import('../engine.js').Command[]} */
      let list
      if (p.CommandId !== undefined) {
        const cmd = region.commands.get(String(p.CommandId))
        if (!cmd || hidden(ctx, cmd)) throw new SimError('InvalidCommandId', '')
        list = [cmd]
      } else {
        list = region.commandList
          .slice()
          .reverse()
          .filter(cmd => !hidden(ctx, cmd))
      }
      if (p.InstanceId !== undefined) {
        const id = String(p.InstanceId)
        list = list.filter(cmd => cmd.byInstance.has(id))
      }
      for (const f of p.Filters ?? []) {
        const key = String(f.key)
        const value = String(f.value)
        switch (key) {
          case 'Status':
            list = list.filter(cmd => ctx.engine.commandStatus(cmd).status === value)
            break
          case 'DocumentName':
            list = list.filter(cmd => cmd.documentName === value)
            break
          case 'InvokedAfter':
            list = list.filter(cmd => ctx.clock.wallMs(cmd.requestedAt) >= Date.parse(value))
            break
          case 'InvokedBefore':
            list = list.filter(cmd => ctx.clock.wallMs(cmd.requestedAt) <= Date.parse(value))
            break
          case 'ExecutionStage':
            list = list.filter(cmd => {
              const terminal =
                ctx.engine.commandStatus(cmd).completedCount === cmd.invocations.length
              return value === 'Complete' ? terminal : !terminal
            })
            break
          default:
            throw new SimError('InvalidFilterKey', `The filter key ${key} is not valid.`)
        }
      }
      const key = JSON.stringify([
        'ssm-lc',
        region.account,
        region.name,
        p.CommandId,
        p.InstanceId,
        p.Filters
      ])
      const { page, nextToken } = pageOf(list, offsetOf(p.NextToken, key), size, key)
      return { Commands: page.map(cmd => commandJson(cmd, ctx)), NextToken: nextToken }
    },

    ListCommandInvocations(ctx) {
      const p = ctx.params
      const size = maxResults(p.MaxResults, 'maxResults', 1, 50, 50)
      const region = callerRegion(ctx)
      /** @type {import('../engine.js').Invocation[]} */
      let list
      if (p.CommandId !== undefined) {
        const cmd = region.commands.get(String(p.CommandId))
        if (!cmd || hidden(ctx, cmd)) throw new SimError('InvalidCommandId', '')
        list = cmd.invocations
      } else {
        list = region.commandList.flatMap(cmd => cmd.invocations)
      }
      if (p.InstanceId !== undefined) {
        const id = String(p.InstanceId)
        list = list.filter(inv => inv.instanceId === id)
      }
      list = list.filter(inv => ctx.engine.visible(inv))
      for (const f of p.Filters ?? []) {
        const key = String(f.key)
        const value = String(f.value)
        if (key === 'Status') list = list.filter(inv => ctx.engine.statusOf(inv).status === value)
        else if (key === 'DocumentName') list = list.filter(inv => inv.documentName === value)
        else throw new SimError('InvalidFilterKey', `The filter key ${key} is not valid.`)
      }
      const key = JSON.stringify([
        'ssm-lci',
        region.account,
        region.name,
        p.CommandId,
        p.InstanceId,
        p.Filters
      ])
      const { page, nextToken } = pageOf(list, offsetOf(p.NextToken, key), size, key)
      return {
        CommandInvocations: page.map(inv => invocationJson(inv, p.Details === true, ctx)),
        NextToken: nextToken
      }
    },

    GetCommandInvocation(ctx) {
      const p = ctx.params
      const region = callerRegion(ctx)
      const cmd = region.commands.get(String(p.CommandId ?? ''))
      const inv = cmd?.byInstance.get(String(p.InstanceId ?? ''))
      if (!cmd || !inv || !ctx.engine.visible(inv)) {
        throw new SimError(
          'InvocationDoesNotExist',
          'An error occurred (InvocationDoesNotExist) when calling the GetCommandInvocation operation'
        )
      }
      if (p.PluginName !== undefined && p.PluginName !== inv.pluginName) {
        throw new SimError('InvalidPluginName', "The plugin name isn't valid.")
      }
      const { s, stdout, stderr, code } = outputs(inv, ctx)
      const end = ctx.engine.endOf(inv)
      const elapsed =
        s.terminal && s.started ? end - inv.startAt : s.started ? ctx.clock.now() - inv.startAt : 0
      return {
        CommandId: inv.commandId,
        InstanceId: inv.instanceId,
        Comment: inv.comment,
        DocumentName: inv.documentName,
        DocumentVersion: '$DEFAULT',
        PluginName: inv.pluginName,
        ResponseCode: code,
        ExecutionStartDateTime: s.started ? isoAt(inv.startAt, ctx) : '',
        ExecutionElapsedTime: s.started ? `PT${elapsed.toFixed(3)}S` : '',
        ExecutionEndDateTime: s.terminal && s.started ? isoAt(end, ctx) : '',
        Status: s.status,
        StatusDetails: s.details,
        StandardOutputContent: cap(stdout, STDOUT_LIMIT),
        StandardOutputUrl: '',
        StandardErrorContent: cap(stderr, STDOUT_LIMIT),
        StandardErrorUrl: '',
        CloudWatchOutputConfig: { CloudWatchLogGroupName: '', CloudWatchOutputEnabled: false }
      }
    },

    CancelCommand(ctx) {
      const p = ctx.params
      const region = callerRegion(ctx)
      const cmd = region.commands.get(String(p.CommandId ?? ''))
      if (!cmd) throw new SimError('InvalidCommandId', '')
      if (cmd.cancelledAt === null) cmd.cancelledAt = ctx.clock.now()
      return {}
    }
  }
}
