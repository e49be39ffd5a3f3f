/**
 * The article body (Lexical JSON) as spoken blocks, before the spoken form: images, captions, embedded blocks
 * and horizontal rules are dropped, links keep their text, list items become sentences, small tables become
 * sentences ("表头为值"), large ones are left out with a note. No Payload import.
 */
export type SpokenBlock = { kind: 'heading' | 'text' | 'note'; text: string }

type Node = { type?: string; text?: string; tag?: string; listType?: string; headerState?: number; children?: Node[]; fields?: { url?: string } }

/** Tables up to this size are read out; anything larger is not listenable. */
const MAX_TABLE_ROWS = 6
const MAX_TABLE_COLUMNS = 4
const ORDINAL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

const isUrl = (text: string) => /^(https?:\/\/|www\.)\S+$/.test(text.trim())

function inlineText(node: Node, notes: Set<string>): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak' || node.type === 'tab') return ''
  if (node.type === 'autolink' || (node.type === 'link' && isUrl((node.children ?? []).map((c) => inlineText(c, notes)).join('')))) {
    notes.add('链接地址不宜播读，已略去')
    return ''
  }
  return (node.children ?? []).map((child) => inlineText(child, notes)).join('')
}

const terminate = (text: string) => (/[。！？；…!?;]$/.test(text) ? text : `${text}。`)

function tableBlocks(table: Node, notes: Set<string>): SpokenBlock[] {
  const rows = (table.children ?? []).map((row) => (row.children ?? []).map((cell) => inlineText(cell, notes).trim()))
  const columns = Math.max(0, ...rows.map((row) => row.length))
  const header = (table.children?.[0]?.children ?? []).every((cell) => (cell.headerState ?? 0) > 0) ? rows[0] : null
  const body = header ? rows.slice(1) : rows
  if (!header || body.length > MAX_TABLE_ROWS || columns > MAX_TABLE_COLUMNS) {
    notes.add(`表格（${rows.length} 行 × ${columns} 列）不宜播读，已略去，听众可查看网站原文`)
    return [{ kind: 'note', text: '【此处表格略】' }]
  }
  // 姓名为张三，成绩为九十分: the header names each value.
  return body.map((row) => ({ kind: 'text', text: terminate(row.map((value, i) => (header[i] ? `${header[i]}为${value}` : value)).filter(Boolean).join('，')) }))
}

export function lexicalBlocks(state: unknown, notes: Set<string>): SpokenBlock[] {
  const root = (state as { root?: Node } | null)?.root
  const blocks: SpokenBlock[] = []
  let images = 0
  const walk = (node: Node) => {
    switch (node.type) {
      case 'upload':
      case 'relationship':
        images++
        return
      case 'block':
      case 'inlineBlock':
      case 'horizontalrule':
        return
      case 'table':
        blocks.push(...tableBlocks(node, notes))
        return
      case 'list':
        ;(node.children ?? []).forEach((item, i) => {
          const text = inlineText(item, notes).trim()
          if (text) blocks.push({ kind: 'text', text: terminate(node.listType === 'number' ? `第${ORDINAL[i] ?? i + 1}，${text}` : text) })
        })
        return
      case 'heading':
      case 'paragraph':
      case 'quote': {
        const text = inlineText(node, notes).trim()
        if (text) blocks.push({ kind: node.type === 'heading' ? 'heading' : 'text', text })
        return
      }
      default:
        ;(node.children ?? []).forEach(walk)
    }
  }
  ;(root?.children ?? []).forEach(walk)
  if (images) notes.add(`略去图片 ${images} 张（含图片说明）`)
  return blocks
}
