/**
 * A programme's rundown (串联单) as plain data, free of Payload: what the timing, the outputs and the admin's
 * live editor share. The collection stores the same shapes as blocks (collections/RadioProgrammes).
 */
export type ItemKind = 'script' | 'host' | 'music' | 'sting' | 'insert' | 'float'

export const ITEM_KIND_ZH: Record<ItemKind, string> = {
  script: '稿件',
  host: '主持',
  music: '音乐',
  sting: '音效',
  insert: '录音',
  float: '垫乐',
}

export const HOST_ROLE_ZH: Record<string, string> = { open: '开场', link: '串词', close: '结束' }

export type Announcer = { name: string; label?: string | null; rate?: number | null }

export type RundownItem = {
  kind: ItemKind
  title?: string | null
  /** Segment heading (e.g. 校园新闻): the rundown groups items under it. */
  segment?: string | null
  /** Announcer name (matches Announcer.name) for script and host items. */
  announcer?: string | null
  /** What is read: the frozen spoken-form script, or the host's lines. */
  text?: string | null
  /** Syllables of `text` (a script's count is frozen with it). */
  syllables?: number | null
  /** Readings to show, as 〔〕 inline text (scripts only). */
  hintedText?: string | null
  hostRole?: 'open' | 'link' | 'close' | null
  /** Fixed length in seconds (music, sting, insert, float), or an override for read items. */
  seconds?: number | null
  /** Recorded inserts: the words it starts and ends on. */
  inCue?: string | null
  outCue?: string | null
  /** Floats: how far the bed may shrink or stretch. */
  minSeconds?: number | null
  maxSeconds?: number | null
  /** Free cue text for the operator (fade, level). */
  cue?: string | null
}

export type Programme = {
  title: string
  columnName?: string | null
  /** The start on air (ISO). */
  airAt: string
  slotSeconds: number
  announcers: Announcer[]
  items: RundownItem[]
  /** Default read rate when an announcer has none. */
  rate?: number | null
}
