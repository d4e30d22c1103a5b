// What to do about each DRS dataReplicationError code (SDK enum DataReplicationErrorString), and
// the durations DRS reports as ISO 8601 text.

const TCP_1500 =
  'open TCP 1500 from the source instance to the staging subnet (the replication server security group, network ACLs, firewalls on the way)'
const STAGING_443 =
  'let the staging subnet reach the DRS, EC2 and S3 endpoints on TCP 443 (route table, NAT gateway or VPC endpoints)'

export const REPLICATION_ERROR_ADVICE: Readonly<Record<string, string>> = {
  AGENT_NOT_SEEN:
    'DRS has not heard from the agent: check the instance runs, the aws-replication service is running on it, and it reaches the DRS endpoint of the target region on TCP 443',
  SNAPSHOTS_FAILURE:
    'EBS snapshots of the staging disks fail: check the EBS snapshot quota of the target region and that the KMS key used for EBS encryption allows the DRS service roles',
  NOT_CONVERGING:
    'the source writes faster than replication sends: remove bandwidth throttling in the replication settings, give the source more bandwidth towards the staging subnet, or use a larger (or dedicated) replication server',
  UNSTABLE_NETWORK:
    'the connection between agent and replication server keeps dropping: check packet loss and bandwidth on TCP 1500 between the source and the staging subnet',
  FAILED_TO_CREATE_SECURITY_GROUP:
    "DRS could not create the replication server's security group: check the DRS service role may call ec2:CreateSecurityGroup and the VPC's security-group quota",
  FAILED_TO_LAUNCH_REPLICATION_SERVER:
    'DRS could not launch the replication server: check the staging subnet has free IP addresses, the replication instance type is offered in its Availability Zone, the EC2 instance quota, and the EBS KMS key policy',
  FAILED_TO_BOOT_REPLICATION_SERVER: `the replication server did not come up: ${STAGING_443}, or pick another replication server instance type`,
  FAILED_TO_AUTHENTICATE_WITH_SERVICE: `the replication server could not authenticate with DRS: ${STAGING_443}, and check the policy of any DRS VPC endpoint`,
  FAILED_TO_DOWNLOAD_REPLICATION_SOFTWARE:
    'the replication server could not download its software: let the staging subnet reach S3 on TCP 443 (an S3 gateway endpoint or a NAT gateway)',
  FAILED_TO_CREATE_STAGING_DISKS:
    'DRS could not create the staging disks: check the EBS volume quota, the volume type in the replication settings, and that the EBS KMS key allows the DRS service roles',
  FAILED_TO_ATTACH_STAGING_DISKS:
    'DRS could not attach the staging disks: check the EBS KMS key policy allows the DRS service roles, then restart replication',
  FAILED_TO_PAIR_REPLICATION_SERVER_WITH_AGENT: `agent and replication server could not pair: ${TCP_1500}, and ${STAGING_443}`,
  FAILED_TO_CONNECT_AGENT_TO_REPLICATION_SERVER: TCP_1500,
  FAILED_TO_START_DATA_TRANSFER: `replication could not start sending data: ${TCP_1500}; then restart the aws-replication service on the source`
}

export const GENERIC_REPLICATION_ADVICE =
  "open the source server in the DRS console (Data replication status) for the failing step; the usual causes are TCP 1500 from the source to the staging subnet and the staging subnet's access to the DRS endpoint on TCP 443"

export function replicationErrorAdvice(code: string | undefined): string {
  return (code && REPLICATION_ERROR_ADVICE[code]) || GENERIC_REPLICATION_ADVICE
}

const DURATION =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/
// Years and months have no fixed length; DRS reports lag in days at most, so an approximation will do.
const UNIT_SECONDS = [365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1]

/** Seconds of an ISO 8601 duration (PT1H2M3S, P1DT2H, PT0.5S); null when it is not one. */
export function parseDurationSeconds(text: string | null | undefined): number | null {
  if (!text) return null
  const match = DURATION.exec(text.trim().toUpperCase())
  if (!match || text.trim().toUpperCase().endsWith('T') || text.trim().length < 3) return null
  const parts = match.slice(1)
  if (parts.every(part => part === undefined)) return null
  const seconds = parts.reduce(
    (sum, part, i) => sum + (part === undefined ? 0 : Number(part) * UNIT_SECONDS[i]),
    0
  )
  return Math.round(seconds)
}

const UNITS: readonly [string, number][] = [
  ['d', 86400],
  ['h', 3600],
  ['m', 60],
  ['s', 1]
]

/** "1h 2m", "3d 4h", "60d", "45s": the largest unit and the next one when not zero, for messages. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds))
  const first = UNITS.findIndex(([, size]) => seconds >= size)
  if (first < 0) return '0s'
  const [unit, size] = UNITS[first]
  const text = `${Math.floor(seconds / size)}${unit}`
  const next = UNITS[first + 1]
  if (!next) return text
  const rest = Math.floor((seconds % size) / next[1])
  return rest > 0 ? `${text} ${rest}${next[0]}` : text
}
