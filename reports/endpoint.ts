import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { ndjsonResponse } from '../progress/ndjsonResponse'
import { CHANNEL_KINDS } from '../publishers/channelKinds'
import { buildReport } from './aggregate'
import { toCsv } from './csv'
import { loadReportInput, REPORT_STEPS, type OnProgress } from './load'
import { isRangeError, parseRange } from './range'
import { reportScope } from './scope'
import { exportName, reportSheets, type Sheet } from './sheets'
import { toXlsx } from './xlsx'

const FORMATS = ['json', 'csv', 'xlsx'] as const
type Format = (typeof FORMATS)[number]
const SHEETS = ['units', 'people', 'stages'] as const

const channelLabel = (kind: string) => CHANNEL_KINDS.find((k) => k.value === kind)?.label.zh ?? kind
const refuse = (status: number, message: string, path?: string) => new APIError(message, status, path ? [{ path, message }] : null, true)

type File = { name: string; type: string; body: Buffer | string }

/** Validates the query and checks who asks; throws the Chinese refusal (with the field) otherwise. */
async function prepare(req: PayloadRequest) {
  const q = req.searchParams
  const format = (q.get('format') || 'json') as Format
  if (!FORMATS.includes(format)) throw refuse(400, `不支持的导出格式“${format}”，可选 json、csv、xlsx`, 'format')
  const sheetKey = q.get('sheet') || 'units'
  if (!(SHEETS as readonly string[]).includes(sheetKey)) throw refuse(400, `不支持的表“${sheetKey}”，可选 units、people、stages`, 'sheet')
  const range = parseRange(q.get('from'), q.get('to'))
  if (isRangeError(range)) throw refuse(400, range.message, range.field)
  const scope = await reportScope(req, q.get('unit'))
  if (!scope.ok) throw refuse(scope.status, scope.message, scope.field)
  return { format, sheetKey, range, units: scope.units }
}

async function produce(req: PayloadRequest, prepared: Awaited<ReturnType<typeof prepare>>, onProgress?: OnProgress) {
  const input = await loadReportInput(req, prepared.range, prepared.units, onProgress)
  const report = buildReport(input)
  const sheets = reportSheets(report, channelLabel)
  return { report, sheets }
}

async function fileOf(format: Exclude<Format, 'json'>, report: { range: { from: string; to: string } }, sheets: Sheet[], sheetKey: string): Promise<File> {
  if (format === 'csv') {
    const sheet = sheets.find((s) => s.key === sheetKey)!
    return { name: exportName(report, 'csv', sheet), type: 'text/csv; charset=utf-8', body: toCsv(sheet) }
  }
  const title = exportName(report, 'xlsx').replace(/\.xlsx$/, '')
  return { name: exportName(report, 'xlsx'), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await toXlsx(sheets, { title }) }
}

const disposition = (name: string) => `attachment; filename="report.${name.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(name)}`

/**
 * The export with its progress: newline-delimited JSON, one line per step the server really takes (rows read
 * of rows to read), and a last line with the file (base64) or the error. The admin's export button reads it
 * to move its bar, then saves the file. Nothing is kept on the server between requests.
 */
function progressStream(req: PayloadRequest, prepared: Awaited<ReturnType<typeof prepare>>, format: Exclude<Format, 'json'>): Response {
  return ndjsonResponse(
    async (send) => {
      const { report, sheets } = await produce(req, prepared, (p) => send({ type: 'progress', ...p }))
      send({ type: 'progress', phase: '生成文件', step: REPORT_STEPS, steps: REPORT_STEPS })
      const file = await fileOf(format, report, sheets, prepared.sheetKey)
      send({ type: 'file', name: file.name, contentType: file.type, base64: Buffer.from(file.body).toString('base64') })
    },
    (error) => ({ type: 'error', message: (error as Error).message || '生成报表失败' }),
  )
}

/**
 * `GET /api/reports?from=YYYY-MM-DD&to=YYYY-MM-DD&unit=<id>&format=json|csv|xlsx&sheet=units|people|stages`
 * (Beijing days, both inclusive; default this month). Admins see every unit, reviewers their unit scope; see
 * reports/scope.ts. `progress=1` with csv/xlsx streams the export's progress (see progressStream).
 */
export const reportsEndpoint: Endpoint = {
  path: '/reports',
  method: 'get',
  handler: async (req) => {
    const prepared = await prepare(req)
    const { format } = prepared
    if (format !== 'json' && req.searchParams.get('progress') === '1') return progressStream(req, prepared, format)
    const { report, sheets } = await produce(req, prepared)
    if (format === 'json') return Response.json({ range: report.range, sheets, units: prepared.units.length }, { headers: { 'Cache-Control': 'no-store' } })
    const file = await fileOf(format, report, sheets, prepared.sheetKey)
    return new Response(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), {
      headers: { 'Content-Type': file.type, 'Content-Disposition': disposition(file.name), 'Cache-Control': 'no-store' },
    })
  },
}
