/**
 * `npm run worker`: Payload's job queue in its own process. `getPayload({ cron: true })` starts the
 * `jobs.autoRun` crons of payload.config.ts (they start only where `cron: true` is passed — never in the
 * Next server). Stops cleanly on SIGTERM/SIGINT, and on its own when the `npm start` that spawned it is gone.
 */
import { applyDefaults } from './lib/env'

applyDefaults()
// The jobs' crons run only where this is set (publishers/core/plugin.ts `shouldAutoRun`), never in `next start`.
process.env.RONGMEI_WORKER = '1'

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')

// Under `npm start` the parent prefixes every line already.
const log = (message: string) => console.log(process.env.RONGMEI_PARENT_PID ? message : `[worker] ${message}`)

const payload = await getPayload({ config, cron: true })
const jobs = payload.config.jobs
const crons = Array.isArray(jobs.autoRun) ? jobs.autoRun.length : jobs.autoRun ? 1 : 0
if (jobs.enabled) {
  log(`作业队列已启动 Job queue running: ${jobs.tasks?.length ?? 0} tasks, ${jobs.workflows?.length ?? 0} workflows, ${crons} autoRun crons`)
} else {
  // Payload enables the queue only once a task or workflow is configured (the publishers add theirs).
  log('尚未配置作业任务，等待中 No job tasks configured yet; idling')
}

log('作业进程就绪 Worker ready')

// One sweep at start: a worker restarted after a crash frees the jobs and claims it left behind now, not at the
// next five-minute tick (publishers/core/sweep.ts).
if (jobs.enabled) {
  const { createLocalReq } = await import('payload')
  const { sweepOutbox } = await import('../publishers/core/sweep')
  await sweepOutbox(await createLocalReq({}, payload))
    .then(({ created, requeued }) => log(`启动巡检 Start-up sweep: ${created.length} publications written, ${requeued.length} jobs requeued`))
    .catch((error: Error) => log(`启动巡检失败 Start-up sweep failed: ${error.message}`))
}

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  log(`收到 ${signal}，正在停止 Stopping`)
  try {
    await payload.destroy() // stops the crons and closes the database
  } finally {
    process.exit(0)
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))

// Keeps the process alive even without crons, and notices when the parent `npm start` was killed hard.
const parent = Number(process.env.RONGMEI_PARENT_PID || 0)
setInterval(() => {
  if (parent && process.ppid !== parent) void stop('parent exit')
}, 2_000)
