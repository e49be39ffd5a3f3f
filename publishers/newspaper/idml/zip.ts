import { crc32, deflateRawSync } from 'node:zlib'

/**
 * A minimal ZIP writer (PKWARE APPNOTE 4.3.7): IDML needs its `mimetype` entry first and stored uncompressed,
 * the rest may be deflated. UTF-8 names (flag bit 11), no ZIP64 (an IDML page is far below 4 GB), fixed
 * timestamps so the same page gives the same bytes.
 */
export type ZipEntry = { name: string; data: Buffer | string; store?: boolean }

const DOS_TIME = 0 // 00:00:00
const DOS_DATE = (2020 - 1980) << 9 | (1 << 5) | 1 // 2020-01-01

export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data
    const method = entry.store ? 0 : 8
    const body = entry.store ? raw : deflateRawSync(raw)
    const crc = crc32(raw) >>> 0
    // The local and the central header share one run of fields: version needed … file name length.
    const shared = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at)
      header.writeUInt16LE(0x0800, at + 2)
      header.writeUInt16LE(method, at + 4)
      header.writeUInt16LE(DOS_TIME, at + 6)
      header.writeUInt16LE(DOS_DATE, at + 8)
      header.writeUInt32LE(crc, at + 10)
      header.writeUInt32LE(body.length, at + 14)
      header.writeUInt32LE(raw.length, at + 18)
      header.writeUInt16LE(name.length, at + 22)
      return header
    }
    const local = shared(Buffer.alloc(30), 4)
    local.writeUInt32LE(0x04034b50, 0)
    const central = shared(Buffer.alloc(46), 6)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
