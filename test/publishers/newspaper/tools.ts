import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { inflateRawSync } from 'node:zlib'

const run = promisify(execFile)

/** Runs a poppler tool on PDF bytes (poppler-utils is installed by .ci/run). */
async function poppler(tool: 'pdftotext' | 'pdffonts', pdf: Buffer, args: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rongmei-np-'))
  try {
    const file = path.join(dir, 'issue.pdf')
    await writeFile(file, pdf)
    const { stdout } = await run(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { maxBuffer: 64 * 1024 * 1024 })
    return stdout
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The PDF's text in content order, with every kind of whitespace removed (justified CJK gets spaces). */
export const pdfText = async (pdf: Buffer) => (await poppler('pdftotext', pdf, ['-raw', '-enc', 'UTF-8'])).replace(/\s+/g, '')
export const squash = (text: string) => text.replace(/\s+/g, '')

export type PdfFont = { name: string; type: string; embedded: boolean; subset: boolean; unicode: boolean }
export async function pdfFonts(pdf: Buffer): Promise<PdfFont[]> {
  const lines = (await poppler('pdffonts', pdf, [])).split('\n').slice(2).filter(Boolean)
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/)
    // name type… encoding emb sub uni id gen — the type may have spaces ("CID TrueType"), so read from the right.
    const [emb, sub, uni] = cols.slice(-5, -2)
    return { name: cols[0], type: cols.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' }
  })
}

/**
 * A ZIP reader written for the tests (independent of the writer): the central directory, each local header,
 * stored or deflated data, with the CRC checked by zlib on inflate and the sizes compared.
 */
export type ZipPart = { name: string; method: number; data: Buffer; offset: number }
export function readZip(buf: Buffer): ZipPart[] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd < 0) throw new Error('no end of central directory')
  const count = buf.readUInt16LE(eocd + 10)
  let at = buf.readUInt32LE(eocd + 16)
  const parts: ZipPart[] = []
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header ${i}`)
    const method = buf.readUInt16LE(at + 10)
    const compressed = buf.readUInt32LE(at + 20)
    const size = buf.readUInt32LE(at + 24)
    const nameLength = buf.readUInt16LE(at + 28)
    const extra = buf.readUInt16LE(at + 30)
    const comment = buf.readUInt16LE(at + 32)
    const offset = buf.readUInt32LE(at + 42)
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    if (buf.readUInt32LE(offset) !== 0x04034b50) throw new Error(`bad local header for ${name}`)
    const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28)
    const raw = buf.subarray(start, start + compressed)
    const data = method === 0 ? Buffer.from(raw) : inflateRawSync(raw)
    if (data.length !== size) throw new Error(`size mismatch for ${name}`)
    parts.push({ name, method, data, offset })
    at += 46 + nameLength + extra + comment
  }
  return parts
}

export { readFile }
