import type { Announcer, Programme, RundownItem } from './rundown/types'

/** The collection's block rows carry `blockType`; the rundown speaks of `kind`. */
export type ProgrammeDoc = Record<string, unknown> & {
  id: number | string
  title?: string | null
  column?: unknown
  airAt?: string | null
  slotMinutes?: number | null
  rate?: number | null
  announcers?: (Announcer & { id?: string })[] | null
  items?: (Record<string, unknown> & { blockType: string })[] | null
}

const text = (value: unknown) => (typeof value === 'string' ? value : value == null ? null : String(value))
const num = (value: unknown) => (value == null || value === '' || Number.isNaN(Number(value)) ? null : Number(value))

/** A stored block row as a rundown item (pure; used by the outputs, the admin's live timing and tests). */
export function blockToItem(row: Record<string, unknown>): RundownItem {
  return {
    kind: (row.blockType ?? row.kind) as RundownItem['kind'],
    title: text(row.title),
    segment: text(row.segment),
    announcer: text(row.announcer),
    text: text(row.text),
    hintedText: text(row.hintedText),
    syllables: num(row.syllables),
    hostRole: (text(row.hostRole) as RundownItem['hostRole']) ?? null,
    seconds: num(row.seconds),
    inCue: text(row.inCue),
    outCue: text(row.outCue),
    minSeconds: num(row.minSeconds),
    maxSeconds: num(row.maxSeconds),
    cue: text(row.cue),
  }
}

export function toProgramme(doc: ProgrammeDoc, columnName?: string | null): Programme {
  const column = doc.column && typeof doc.column === 'object' ? (doc.column as { name?: string }).name : null
  return {
    title: doc.title ?? '',
    columnName: columnName ?? column ?? null,
    airAt: doc.airAt ?? new Date(0).toISOString(),
    slotSeconds: Math.round((doc.slotMinutes ?? 15) * 60),
    rate: doc.rate ?? null,
    announcers: (doc.announcers ?? []).map(({ name, label, rate }) => ({ name, label, rate })),
    items: (doc.items ?? []).map(blockToItem),
  }
}
