// The error classifier over REAL SDK exceptions: each service's real client (EC2 query XML, SSM
// JSON 1.1, DRS REST-JSON from the older 3.523 line, STS query) against a local server that answers
// canned errors, resets or cuts its answers, plus the Node network failures.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DescribeSourceServersCommand, DrsClient } from '@aws-sdk/client-drs'
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2'
import { ListCommandsCommand, SSMClient } from '@aws-sdk/client-ssm'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import {
  awsErrorFacts,
  classifyAwsError,
  isRetryableKind,
  type AwsErrorKind
} from '../src/aws/errors.js'
import { CredentialChainError } from '../src/aws/credentials.js'
import { repoRoot } from '../test/e2e/harness.js'
import { SERVICES, type TransportCase } from './fixtures/transport-errors.js'

const run = promisify(execFile)

type Answer = (req: IncomingMessage, res: ServerResponse) => void
type Service = 'ec2' | 'ssm' | 'drs' | 'sts'

let server: Server
let endpoint: string
let answer: Answer = (_req, res) => res.end()

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume()
    req.on('end', () => answer(req, res))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

const credentials = { accessKeyId: 'AKIDERRORTEST', secretAccessKey: 'secret' }

/** One call of each service's real client, one attempt, no retries: the error as thrown. */
async function errorOf(service: Service, at = endpoint): Promise<unknown> {
  const config = {
    region: 'us-east-1',
    endpoint: at,
    maxAttempts: 1,
    credentials,
    requestHandler: { connectionTimeout: 500, requestTimeout: 2_000, throwOnRequestTimeout: true }
  }
  const call = (): Promise<unknown> => {
    switch (service) {
      case 'ec2':
        return new EC2Client(config).send(new DescribeInstancesCommand({}))
      case 'ssm':
        return new SSMClient(config).send(new ListCommandsCommand({}))
      case 'drs':
        return new DrsClient(config).send(new DescribeSourceServersCommand({}))
      case 'sts':
        return new STSClient(config).send(
          new AssumeRoleCommand({
            RoleArn: 'arn:aws:iam::123456789012:role/r',
            RoleSessionName: 's'
          })
        )
    }
  }
  try {
    await call()
  } catch (error) {
    return error
  }
  throw new Error(`${service}: the call succeeded`)
}

/** Each protocol's own error framing, as AWS writes it. */
function wireError(service: Service, code: string, status: number, message = 'canned'): Answer {
  return (_req, res) => {
    switch (service) {
      case 'ec2':
        res.writeHead(status, { 'content-type': 'text/xml;charset=UTF-8' })
        res.end(
          `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>r-1</RequestID></Response>`
        )
        return
      case 'sts':
        res.writeHead(status, { 'content-type': 'text/xml' })
        res.end(
          `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`
        )
        return
      case 'ssm':
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' })
        res.end(JSON.stringify({ __type: code, message }))
        return
      case 'drs':
        res.writeHead(status, {
          'content-type': 'application/json',
          'x-amzn-errortype': `${code}:http://internal.amazon.com/coral/com.amazonaws.drs/`
        })
        res.end(JSON.stringify({ message, code }))
    }
  }
}

const html503: Answer = (_req, res) => {
  res.writeHead(503, { 'content-type': 'text/html' })
  res.end('<html><body><h1>503 Service Unavailable</h1></body></html>')
}
const emptyBody500: Answer = (_req, res) => {
  res.writeHead(500, { 'content-type': 'application/json' })
  res.end()
}

const ALL: Service[] = ['ec2', 'ssm', 'drs', 'sts']

// [label, services, answer, expected kind]
const ANSWERED: [string, Service[], Answer, AwsErrorKind][] = [
  [
    'EC2 RequestLimitExceeded (503)',
    ['ec2'],
    wireError('ec2', 'RequestLimitExceeded', 503),
    'throttled'
  ],
  [
    'SSM ThrottlingException (400)',
    ['ssm'],
    wireError('ssm', 'ThrottlingException', 400),
    'throttled'
  ],
  [
    'DRS ThrottlingException (429)',
    ['drs'],
    wireError('drs', 'ThrottlingException', 429),
    'throttled'
  ],
  ['STS Throttling (400)', ['sts'], wireError('sts', 'Throttling', 400), 'throttled'],
  ['a JSON/XML 500', ['ssm'], wireError('ssm', 'InternalServerError', 500), 'transient'],
  ['a JSON 500', ['drs'], wireError('drs', 'InternalServerException', 500), 'transient'],
  ['an XML 500', ['ec2'], wireError('ec2', 'InternalError', 500), 'transient'],
  ['an XML 503', ['sts'], wireError('sts', 'ServiceUnavailable', 503), 'transient'],
  ['an HTML 503 (proxy)', ALL, html503, 'transient'],
  ['a 500 with an empty body', ALL, emptyBody500, 'transient'],
  [
    'EC2 UnauthorizedOperation',
    ['ec2'],
    wireError('ec2', 'UnauthorizedOperation', 403),
    'access-denied'
  ],
  [
    'SSM AccessDeniedException',
    ['ssm'],
    wireError('ssm', 'AccessDeniedException', 400),
    'access-denied'
  ],
  [
    'DRS AccessDeniedException',
    ['drs'],
    wireError('drs', 'AccessDeniedException', 403),
    'access-denied'
  ],
  ['STS AccessDenied', ['sts'], wireError('sts', 'AccessDenied', 403), 'access-denied'],
  ['STS ExpiredToken', ['sts'], wireError('sts', 'ExpiredToken', 400), 'bad-credentials'],
  [
    'SSM ExpiredTokenException',
    ['ssm'],
    wireError('ssm', 'ExpiredTokenException', 400),
    'bad-credentials'
  ],
  [
    'DRS ExpiredTokenException',
    ['drs'],
    wireError('drs', 'ExpiredTokenException', 403),
    'bad-credentials'
  ],
  ['EC2 RequestExpired', ['ec2'], wireError('ec2', 'RequestExpired', 400), 'bad-credentials'],
  [
    'STS RegionDisabledException',
    ['sts'],
    wireError('sts', 'RegionDisabledException', 403),
    'region-disabled'
  ],
  ['EC2 OptInRequired', ['ec2'], wireError('ec2', 'OptInRequired', 401), 'region-disabled'],
  // With a session STS issued in this run, "not recognised" means the region is not enabled.
  ['EC2 AuthFailure', ['ec2'], wireError('ec2', 'AuthFailure', 401), 'region-disabled'],
  [
    'SSM UnrecognizedClientException',
    ['ssm'],
    wireError('ssm', 'UnrecognizedClientException', 400),
    'region-disabled'
  ],
  [
    'DRS UnrecognizedClientException',
    ['drs'],
    wireError('drs', 'UnrecognizedClientException', 403),
    'region-disabled'
  ],
  [
    'STS InvalidClientTokenId',
    ['sts'],
    wireError('sts', 'InvalidClientTokenId', 403),
    'region-disabled'
  ],
  ['SSM InvalidCommandId', ['ssm'], wireError('ssm', 'InvalidCommandId', 400), 'invalid'],
  ['SSM ValidationException', ['ssm'], wireError('ssm', 'ValidationException', 400), 'invalid'],
  ['DRS ValidationException', ['drs'], wireError('drs', 'ValidationException', 400), 'invalid'],
  [
    'DRS UninitializedAccountException',
    ['drs'],
    wireError('drs', 'UninitializedAccountException', 400),
    'invalid'
  ],
  ['EC2 InvalidParameterValue', ['ec2'], wireError('ec2', 'InvalidParameterValue', 400), 'invalid'],
  ['STS ValidationError', ['sts'], wireError('sts', 'ValidationError', 400), 'invalid']
]

describe('classifyAwsError over real SDK exceptions', () => {
  const cases = ANSWERED.flatMap(([label, services, reply, kind]) =>
    services.map(service => [label, service, reply, kind] as const)
  )
  test.each(cases)('%s from %s is %s', async (_label, service, reply, kind) => {
    answer = reply
    const error = await errorOf(service)
    expect(classifyAwsError(error)).toBe(kind)
  })

  test('an HTML 503 from the DRS client is transient, with its status', async () => {
    answer = html503
    const error = await errorOf('drs')
    // A body that is not JSON: the client throws a SyntaxError rather than a service exception.
    expect((error as Error).name).toBe('SyntaxError')
    expect(awsErrorFacts(error)).toEqual({
      kind: 'transient',
      code: 'SyntaxError',
      status: 503,
      retryable: true
    })
  })

  test('the 3.523 core kept the status only on $response: still transient', () => {
    // What client-drs 3.523 threw with its own (older) SDK core, before package.json's overrides
    // gave it the shared one: a bare SyntaxError whose $metadata has no HTTP status.
    const error = Object.assign(new SyntaxError('Unexpected token < in JSON'), {
      $metadata: {},
      $response: { statusCode: 503 }
    })
    expect(awsErrorFacts(error)).toEqual({
      kind: 'transient',
      code: 'SyntaxError',
      status: 503,
      retryable: true
    })
  })

  test('facts carry the code and status AWS answered', async () => {
    answer = wireError('ssm', 'ThrottlingException', 400)
    expect(awsErrorFacts(await errorOf('ssm'))).toEqual({
      kind: 'throttled',
      code: 'ThrottlingException',
      status: 400,
      retryable: true
    })
    answer = wireError('ec2', 'UnauthorizedOperation', 403)
    expect(awsErrorFacts(await errorOf('ec2'))).toEqual({
      kind: 'access-denied',
      code: 'UnauthorizedOperation',
      status: 403,
      retryable: false
    })
  })

  test('with starting credentials, "not recognised" means the keys, not the region', async () => {
    const starting = { credentials: 'starting' } as const
    answer = wireError('sts', 'InvalidClientTokenId', 403)
    expect(classifyAwsError(await errorOf('sts'), starting)).toBe('bad-credentials')
    answer = wireError('ec2', 'AuthFailure', 401)
    expect(classifyAwsError(await errorOf('ec2'), starting)).toBe('bad-credentials')
    answer = wireError('ssm', 'UnrecognizedClientException', 400)
    expect(classifyAwsError(await errorOf('ssm'), starting)).toBe('bad-credentials')
    // Region answers stay region answers.
    answer = wireError('ec2', 'OptInRequired', 401)
    expect(classifyAwsError(await errorOf('ec2'), starting)).toBe('region-disabled')
  })
})

describe('classifyAwsError over real transport failures (clients in a plain Node process)', () => {
  let cases: TransportCase[] = []
  beforeAll(async () => {
    const fixture = join(repoRoot, '__tests__', 'fixtures', 'transport-errors.ts')
    const { stdout } = await run(process.execPath, ['--import', 'tsx', fixture], {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: '', NODE_NO_WARNINGS: '1' },
      maxBuffer: 1 << 20
    })
    cases = JSON.parse(stdout) as TransportCase[]
  })
  const byLabel = (label: string): TransportCase[] => cases.filter(c => c.label === label)

  test.each([
    ['reset before any answer', 'maybe-sent', 'ECONNRESET'],
    // Headers and half the body, then a reset: HTTP 200 and ECONNRESET.
    ['answer cut mid-body', 'maybe-sent', 'ECONNRESET'],
    ['request that never answers', 'maybe-sent', undefined],
    ['refused connection', 'not-sent', 'ECONNREFUSED'],
    ['aborted request', 'maybe-sent', undefined]
  ] as const)('a %s is %s for every service', (label, kind, code) => {
    const found = byLabel(label)
    expect(found.map(c => c.service)).toEqual(SERVICES)
    for (const c of found) {
      expect({ service: c.service, kind: c.facts.kind }).toEqual({ service: c.service, kind })
      if (code) expect({ service: c.service, code: c.code }).toEqual({ service: c.service, code })
    }
  })

  test('the cut answer had its headers (HTTP 200) on the clients that keep the status', () => {
    const cut = byLabel('answer cut mid-body').filter(c => c.service !== 'drs')
    expect(cut.map(c => c.status)).toEqual([200, 200, 200])
  })

  test('a hung request ends as the handler timeout', () => {
    expect(byLabel('request that never answers').map(c => c.name)).toEqual(
      SERVICES.map(() => 'TimeoutError')
    )
  })

  test('an unknown host was never sent', () => {
    for (const c of byLabel('unknown host')) {
      expect(c.facts.kind).toBe('not-sent')
      expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(c.code)
    }
  })
})

describe('classifyAwsError over Node network codes and the credential chain', () => {
  const withCode = (code: string, name = 'Error'): Error =>
    Object.assign(new Error(`socket ${code}`), { code, name, $metadata: {} })
  test.each([
    ['ECONNREFUSED', 'not-sent'],
    ['ENOTFOUND', 'not-sent'],
    ['EAI_AGAIN', 'not-sent'],
    ['EHOSTUNREACH', 'not-sent'],
    ['ENETUNREACH', 'not-sent'],
    ['ECONNRESET', 'maybe-sent'],
    ['EPIPE', 'maybe-sent'],
    ['ETIMEDOUT', 'maybe-sent']
  ] as const)('%s is %s', (code, kind) => {
    expect(classifyAwsError(withCode(code))).toBe(kind)
    expect(awsErrorFacts(withCode(code)).code).toBe(code)
  })

  test('a connection timeout was never sent; a socket timeout may have been', () => {
    const timeout = (message: string): Error =>
      Object.assign(new Error(message), { name: 'TimeoutError', $metadata: {} })
    expect(
      classifyAwsError(timeout('Socket timed out without establishing a connection within 500 ms'))
    ).toBe('not-sent')
    expect(
      classifyAwsError(
        timeout(
          '@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 500 ms.'
        )
      )
    ).toBe('not-sent')
    expect(classifyAwsError(timeout('Connection timed out after 2000 ms'))).toBe('maybe-sent')
  })

  test('a credential provider failure happens before sending', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError'
    })
    expect(classifyAwsError(error)).toBe('not-sent')
  })

  test('a renewal that failed for a retryable reason is not-sent; otherwise bad credentials', () => {
    const blip = new CredentialChainError(
      'STS 503',
      'target-role',
      'ServiceUnavailable',
      'transient'
    )
    expect(awsErrorFacts(blip)).toEqual({
      kind: 'not-sent',
      code: 'ServiceUnavailable',
      status: undefined,
      retryable: true
    })
    const denied = new CredentialChainError(
      'denied',
      'target-role',
      'AccessDenied',
      'access-denied'
    )
    expect(classifyAwsError(denied)).toBe('bad-credentials')
    const expired = new CredentialChainError(
      'expired',
      'target-role',
      'ExpiredToken',
      'bad-credentials'
    )
    expect(classifyAwsError(expired)).toBe('bad-credentials')
  })

  test('programming errors and odd values are invalid, never retried', () => {
    expect(classifyAwsError(new TypeError('x is not a function'))).toBe('invalid')
    expect(classifyAwsError('boom')).toBe('invalid')
    expect(classifyAwsError(null)).toBe('invalid')
  })

  test('retryable kinds', () => {
    const kinds: AwsErrorKind[] = [
      'throttled',
      'transient',
      'not-sent',
      'maybe-sent',
      'access-denied',
      'bad-credentials',
      'region-disabled',
      'invalid'
    ]
    expect(kinds.filter(isRetryableKind)).toEqual([
      'throttled',
      'transient',
      'not-sent',
      'maybe-sent'
    ])
  })
})
