import fs from 'node:fs'
import path from 'node:path'

/**
 * What the production build is made from. If any of these is newer than .next/BUILD_ID, `npm start`
 * rebuilds. seed/ and scripts/ are not in it: they run outside Next.
 */
export const BUILD_INPUTS = [
  'collections',
  'access',
  'hooks',
  'app',
  'admin',
  'media',
  'publishers',
  'workflow',
  'db',
  'payload.config.ts',
  'package-lock.json',
  'next.config.mjs',
  'tsconfig.json',
]

type Newest = { file: string; mtimeMs: number } | null

function newestUnder(target: string, newest: Newest = null): Newest {
  let stat: fs.Stats
  try {
    stat = fs.statSync(target)
  } catch {
    return newest // inputs that do not exist yet (admin/, publishers/ …) are fine
  }
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target)) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue
      newest = newestUnder(path.join(target, entry), newest)
    }
    return newest
  }
  return !newest || stat.mtimeMs > newest.mtimeMs ? { file: target, mtimeMs: stat.mtimeMs } : newest
}

export type BuildStatus = { needed: false } | { needed: true; reason: string }

/** Is .next/ missing or older than a source file? */
export function buildStatus(root = process.cwd()): BuildStatus {
  let built: number
  try {
    built = fs.statSync(path.join(root, '.next', 'BUILD_ID')).mtimeMs
  } catch {
    return { needed: true, reason: '尚无生产构建 (no .next/BUILD_ID)' }
  }
  let newest: Newest = null
  for (const input of BUILD_INPUTS) newest = newestUnder(path.join(root, input), newest)
  if (newest && newest.mtimeMs > built) {
    return { needed: true, reason: `源文件比构建新 (${path.relative(root, newest.file)} is newer than the build)` }
  }
  return { needed: false }
}
