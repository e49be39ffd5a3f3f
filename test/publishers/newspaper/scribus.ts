import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { FONT_FILES, fontPath } from '../../../publishers/newspaper/typst/fonts'

const run = promisify(execFile)

/** Scribus (Debian's 1.5.8) is the IDML parse check when installed; CI installs it (see .ci/run). */
export const scribusInstalled = () => existsSync('/usr/bin/scribus')

export type ScribusReport = { pages?: number; items?: number; text?: number; images?: number; columns?: number[]; sample?: string; error?: string }

/**
 * Opens an IDML file in Scribus headlessly (offscreen Qt, a private HOME whose ~/.fonts holds our npm fonts so
 * no font-replacement dialog waits for a click) and reports what it imported.
 */
export async function openInScribus(idml: Buffer): Promise<ScribusReport> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rongmei-scribus-'))
  try {
    await mkdir(path.join(dir, '.fonts'), { recursive: true })
    await mkdir(path.join(dir, 'prefs'), { recursive: true })
    for (const file of FONT_FILES) await symlink(fontPath(file), path.join(dir, '.fonts', path.basename(file)))
    const file = path.join(dir, 'page.idml')
    const result = path.join(dir, 'result.json')
    await writeFile(file, idml)
    await run('scribus', ['-g', '-ns', '-pr', path.join(dir, 'prefs'), '-py', fileURLToPath(new URL('./scribus-check.py', import.meta.url))], {
      env: { ...process.env, HOME: dir, QT_QPA_PLATFORM: 'offscreen', IDML: file, RESULT: result },
      timeout: 120_000,
    }).catch((error: { killed?: boolean }) => {
      if (error.killed) throw new Error('Scribus did not finish within 120 s')
    })
    return JSON.parse(await readFile(result, 'utf8')) as ScribusReport
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
