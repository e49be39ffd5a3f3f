import { spawn } from 'node:child_process'

import { pinyin } from 'pinyin-pro'

/**
 * A rough listen to a script through espeak-ng. Its Mandarin voice (`cmn`) spells most hanzi in English, so the
 * text goes in as numbered pinyin (pinyin-pro) to the `cmn-latn-pinyin` voice, which says the right syllables
 * and tones. Optional: a machine without espeak-ng answers with a Chinese message instead (ESPEAK_NG names
 * another binary). Rate: espeak's -s is about syllables/min ÷ 1.26 (measured in the feasibility run).
 */
export const ESPEAK_MISSING = '服务器未安装 espeak-ng，暂不能生成试听音频（播音稿和串联单的下载不受影响）'

const binary = () => process.env.ESPEAK_NG || 'espeak-ng'

/** The longest text a preview reads (about three minutes at 220/min): a preview, not a recording. */
export const PREVIEW_MAX_CHARS = 700

export function toNumberedPinyin(text: string): string {
  return pinyin(text.slice(0, PREVIEW_MAX_CHARS), { toneType: 'num', type: 'array', nonZh: 'consecutive' })
    .map((syllable) => syllable.replace(/0$/, '5').replace(/ü/g, 'v').replace(/[，、；：]/g, ',').replace(/[。！？…]/g, '.').replace(/[〔〕“”《》（）]/g, ' '))
    .join(' ')
}

function run(args: string[], input?: string): Promise<{ code: number | null; stdout: Buffer; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn(binary(), args, { stdio: ['pipe', 'pipe', 'ignore'] })
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.on('error', (error) => resolve({ code: null, stdout: Buffer.alloc(0), error }))
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks) }))
    child.stdin.on('error', () => {})
    child.stdin.end(input ?? '')
  })
}

export async function espeakAvailable(): Promise<boolean> {
  const { code, error } = await run(['--version'])
  return !error && code === 0
}

/** WAV bytes of `text` read at `rate` syllables per minute, or null when espeak-ng is not installed. */
export async function previewWav(text: string, rate = 220): Promise<Buffer | null> {
  const speed = String(Math.max(80, Math.min(450, Math.round(rate / 1.26))))
  const { code, stdout, error } = await run(['-v', 'cmn-latn-pinyin', '-s', speed, '--stdout'], toNumberedPinyin(text))
  if (error) return null
  if (code !== 0 || stdout.length < 44) throw new Error(`espeak-ng 生成音频失败（退出码 ${code}）`)
  return stdout
}
