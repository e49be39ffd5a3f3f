import { entries } from './entries'
import { formatResult, runEntry } from './harness'

/** `npm run bench [filter]`: runs every entry, or those whose id contains the filter. */
const filter = process.argv[2]
let failures = 0
for (const { id, load } of entries) {
  if (filter && !id.includes(filter)) continue
  const entry = await load()
  if (!entry) continue
  try {
    const result = await runEntry(entry)
    console.log(formatResult(entry, result))
  } catch (error) {
    failures++
    console.log(`${entry.name}\n  error: ${(error as Error).message}`)
  }
}
process.exit(failures ? 1 : 0)
