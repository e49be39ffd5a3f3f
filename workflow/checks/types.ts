/**
 * The vocabulary of the pre-submission checks (issue #3). Pure data: a report is stored as JSON with the
 * reviewed version, so every field here must survive JSON.stringify/parse unchanged.
 */
export type FindingLevel = 'block' | 'warn'

export type FindingKind = 'sensitive-word' | 'typo' | 'channel-limit' | 'missing-alt' | 'missing-credit'

/** Where a body finding sits in the editor: top-level block index (0-based) and offset inside that block. */
export type BodyLocation = {
  /** Index of the top-level block (paragraph, heading, list, quote, …) in the Lexical root. */
  block: number
  /** The block's Lexical node type, e.g. 'paragraph', 'heading', 'list'. */
  blockType: string
  /** UTF-16 offset of the finding inside the block's plain text. */
  offset: number
  /** Child-index path of the Lexical node where the finding starts (root's children = first index). */
  path: number[]
  /** UTF-16 offset inside that node's text. */
  nodeOffset: number
}

export type Finding = {
  /** Stable across runs for the same content, so a reviewer's acknowledgement of a warning can refer to it. */
  id: string
  kind: FindingKind
  level: FindingLevel
  /**
   * The checked field: 'kicker' | 'title' | 'subtitle' | 'summary' | 'body' | 'cover' | 'credits', or for
   * channel texts 'channel.<kind>.<field>' (e.g. 'channel.wechat.title', 'channel.weibo.text').
   */
  field: string
  /** UTF-16 offsets into the field's text (body: its plain text from lexicalText), end exclusive. */
  start?: number
  end?: number
  /** The same offsets in code points; present only when they differ from the UTF-16 ones (astral characters). */
  charStart?: number
  charEnd?: number
  /** For body findings: where in the Lexical tree. */
  location?: BodyLocation
  /** The matched text (sensitive word, wrong form of a typo). */
  match?: string
  /** Typo: the correct form. */
  suggestion?: string
  /** Sensitive word: its category. */
  category?: string
  /** Channel limit: channel kind, the accounts concerned, the measured count and the limit. */
  channel?: { kind: string; names: string[] }
  count?: number
  limit?: number
  /** Chinese, names the field, e.g. `微信标题 35 字，超过上限 32 字`. */
  message: string
}

export type SensitiveWord = { word: string; level: FindingLevel; category?: string | null; note?: string | null }

/** A typo correction: `wrong` is flagged unless it lies inside one of the `except` strings (legitimate contexts). */
export type TypoPair = { wrong: string; right: string; except?: readonly string[] }

/** A media document as Payload returns it (depth ≥ 1), reduced to what the checks read. */
export type MediaDoc = {
  id?: string | number
  alt?: string | null
  credit?: string | null
  caption?: string | null
  mimeType?: string | null
  filename?: string | null
}

export type Credit = {
  role?: string | null
  name?: string | null
  /** A users document (depth ≥ 1) or its id. */
  user?: { name?: string | null; email?: string | null } | string | number | null
}

export type ChannelTarget = { kind: string; name: string }

/** Per-channel overrides keyed by channel kind, e.g. { wechat: { title, digest, author }, weibo: { text } }. */
export type ChannelOverrides = Partial<Record<string, Partial<Record<string, string | null | undefined>> | null | undefined>>

export type CheckItem = {
  title?: string | null
  subtitle?: string | null
  kicker?: string | null
  summary?: string | null
  /** Serialized Lexical editor state (Payload richText value), or null. */
  body?: unknown
  credits?: Credit[] | null
  cover?: MediaDoc | string | number | null
  overrides?: ChannelOverrides | null
}

export type CheckInput = {
  item: CheckItem
  targets: ChannelTarget[]
  words: SensitiveWord[]
  /** A key that changes whenever the word list changes (e.g. count + latest updatedAt); lets the matcher be reused. */
  wordsVersion?: string
  /** Admin-maintained typo pairs, merged over the built-in list. */
  typos?: TypoPair[]
  /** Media documents by id, for covers and body uploads that arrive unpopulated (as ids). */
  media?: MediaDoc[]
}

export type CheckReport = {
  /** No block-level finding. */
  ok: boolean
  findings: Finding[]
  counts: { block: number; warn: number }
  /** ISO timestamp. */
  checkedAt: string
}

/** Chinese field names for messages. */
export const FIELD_LABELS: Record<string, string> = {
  kicker: '眉题',
  title: '标题',
  subtitle: '副题',
  summary: '摘要',
  body: '正文',
  cover: '封面',
  credits: '署名',
}
