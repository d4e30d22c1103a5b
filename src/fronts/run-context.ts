// Facts about the workflow run, from the runner's GITHUB_* variables. Read directly rather than
// through @actions/github, whose Octokit import would cost start-up time the action never uses.
import type { RunContext } from '../settings/index.js'

export function runContextFromEnv(env: NodeJS.ProcessEnv): RunContext {
  return {
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    repository: env.GITHUB_REPOSITORY ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com'
  }
}

export function runUrl(run: RunContext): string {
  if (!run.repository || !run.runId) return ''
  const attempt = run.runAttempt && run.runAttempt !== '1' ? `/attempts/${run.runAttempt}` : ''
  return `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}${attempt}`
}
