/** Shapes of the readable diff a reviewer sees (JSON-serialisable: stored with the review round, sent to the admin). */

export type DiffOp = 'equal' | 'insert' | 'delete'

export interface DiffPart {
  op: DiffOp
  text: string
  /** On a collapsed equal run: how many characters were left out (shown as "…"). */
  elided?: number
}

/** How a field is compared: characters (text), paragraphs then characters (richText), items (list), whole value (value). */
export type FieldKind = 'text' | 'richText' | 'list' | 'value'

export interface FieldSpec {
  /** Property name on the item, e.g. 'title'. */
  name: string
  /** Chinese label shown to the reviewer, e.g. '标题'. */
  label: string
  /** Inferred from the values when left out (Lexical state → richText, array → list, string → text, else value). */
  kind?: FieldKind
  /** Turns a list item or a value into the text shown (e.g. a credit → '文：张三'); the default picks name/title/filename/id. */
  format?: (value: unknown) => string
}

export type ParagraphChange = 'added' | 'removed' | 'changed'

export interface ParagraphDiff {
  change: ParagraphChange
  /** 1-based paragraph number in the earlier version (removed, changed). */
  before?: number
  /** 1-based paragraph number in the later version (added, changed). */
  after?: number
  parts: DiffPart[]
}

export interface FieldDiff {
  field: string
  label: string
  kind: FieldKind
  /** text/value: the character runs; list: one part per item; richText: the paragraphs' parts joined by '\n' equal parts. */
  parts: DiffPart[]
  /** richText only: the changed paragraphs, each with its own parts. */
  paragraphs?: ParagraphDiff[]
}

export type VersionDiff = FieldDiff[]
