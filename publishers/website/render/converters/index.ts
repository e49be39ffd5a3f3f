import type { Converters } from '../types'
import { code, heading, horizontalrule, paragraph, quote } from './blocks'
import { link } from './link'
import { list, listitem } from './list'
import { relationship, upload } from './media'
import { table, tablecell, tablerow } from './table'
import { linebreak, tab, text } from './text'

/** The converters the website uses; a caller overrides any of them by node type. */
export const defaultConverters: Converters = {
  text,
  linebreak,
  tab,
  paragraph,
  heading,
  quote,
  horizontalrule,
  code,
  list,
  listitem,
  link,
  autolink: link,
  upload,
  relationship,
  table,
  tablerow,
  tablecell,
}
