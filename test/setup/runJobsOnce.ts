export {}

/**
 * A worker for one test step, as its own process (like `npm run worker`, but it runs only the jobs of the
 * publications named on the command line, then exits): the HTTP tests' server is `next start`, which never
 * runs jobs, and other test files' jobs on the same server are not ours to run. Prints `JOBS <n>`.
 *
 *   node --conditions=production --import tsx test/setup/runJobsOnce.ts <publicationId>... [bundle:<wechatBundleId>]...
 */
const ids = new Set(process.argv.slice(2))
/** A job's record: a publication by its id, a 微信组稿 as `bundle:<id>`. */
const recordOf = (input: unknown) => {
  const { publication, bundle } = (input ?? {}) as { publication?: unknown; bundle?: unknown }
  return publication != null ? String(publication) : bundle != null ? `bundle:${String(bundle)}` : ''
}

const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
// The server writes the same SQLite file: the config's onInit (db/sqliteLockWait.ts) makes this process wait for
// its lock instead of failing at once.

let ran = 0
// A delivery may queue another job for the same publication (a retry, a status check): a few rounds.
for (let round = 0; round < 5; round++) {
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, limit: 500, depth: 0, overrideAccess: true })
  const ours = docs.filter((job) => !job.hasError && ids.has(recordOf(job.input)))
  if (!ours.length) break
  for (const job of ours) {
    await payload.jobs.runByID({ id: job.id, silent: true })
    ran++
  }
}
// A job that threw is reported (the test then fails on the publication's state, with this as the reason).
const { docs: broken } = await payload.find({ collection: 'payload-jobs', where: { hasError: { equals: true } }, limit: 500, depth: 0, overrideAccess: true })
for (const job of broken.filter((job) => ids.has(recordOf(job.input)))) {
  console.error(`job ${job.id} (${job.taskSlug}) failed: ${JSON.stringify(job.error)}`)
}
// Revalidations queued by hooks go out once their transaction is over (publishers/website/cache): let them.
await new Promise((resolve) => setTimeout(resolve, 300))
console.log(`JOBS ${ran}`)
await payload.destroy()
process.exit(0)
