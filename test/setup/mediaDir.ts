import { rm } from 'node:fs/promises'
import os from 'node:os'

/** Removes the temporary upload folder vitest.config.ts made for this run (never a folder outside tmp). */
export default function setup() {
  return async () => {
    const dir = process.env.MEDIA_DIR
    if (dir && dir.startsWith(os.tmpdir()) && dir.includes('rongmei-test-media-')) await rm(dir, { recursive: true, force: true })
  }
}
