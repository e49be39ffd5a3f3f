import type { ArticleLike, LexicalNode } from '../../publishers/website/render'

const node = (type: string, extra: Record<string, unknown> = {}, children?: LexicalNode[]): LexicalNode => ({
  type,
  version: 1,
  ...(children ? { children, direction: 'ltr', format: '', indent: 0 } : {}),
  ...extra,
})
export const textNode = (text: string, format = 0): LexicalNode => node('text', { text, format, detail: 0, mode: 'normal', style: '' })
export const para = (...children: LexicalNode[]) => node('paragraph', { textFormat: 0 }, children)
export const linkNode = (url: string, label: string, newTab = false) =>
  node('link', { version: 3, fields: { linkType: 'custom', url, newTab } }, [textNode(label)])
export const editorState = (...children: LexicalNode[]) => ({ root: node('root', {}, children) })

/** A media document with `payload` in every text field and `url` as its addresses. */
export const mediaDoc = (payload: string, url: string) => ({
  id: 7,
  url,
  alt: payload,
  caption: payload,
  credit: payload,
  mimeType: 'image/jpeg',
  filename: payload,
  renditions: { card: { url, width: 1200, height: 675 } },
})

/**
 * One article with a payload in every place a writer controls: title, kicker, subtitle, summary, tags, credits,
 * rich text (plain, every format, heading, quote, list, check list, table, link text, link URL, autolink,
 * upload alt/caption/credit/URL, relationship title, node `style`/`format`/`tag` fields).
 */
export function hostileArticle(payload: string, url: string): ArticleLike {
  const body = editorState(
    para(textNode(payload), textNode(payload, 255), node('linebreak'), node('tab')),
    node('heading', { tag: payload }, [textNode(payload)]),
    node('heading', { tag: 'h3', format: payload }, [textNode(payload)]),
    node('quote', {}, [textNode(payload)]),
    node('list', { listType: 'bullet', start: payload, tag: 'ul' }, [node('listitem', { value: 1 }, [textNode(payload)])]),
    node('list', { listType: 'check', tag: 'ul' }, [node('listitem', { checked: payload }, [textNode(payload)])]),
    node('list', { listType: 'number', start: 3, tag: 'ol' }, [
      node('listitem', { value: 1 }, [node('list', { listType: 'bullet' }, [node('listitem', {}, [textNode(payload)])])]),
    ]),
    para(linkNode(url, payload, true), node('autolink', { fields: { linkType: 'custom', url } }, [textNode(url)])),
    para(node('link', { fields: { linkType: 'internal', doc: { relationTo: 'articles', value: { id: payload, title: payload } } } }, [textNode(payload)])),
    node('upload', { relationTo: 'media', value: mediaDoc(payload, url), fields: { caption: payload, alt: payload } }),
    node('upload', { relationTo: 'media', value: { ...mediaDoc(payload, url), mimeType: 'video/mp4' } }),
    node('upload', { relationTo: 'media', value: { ...mediaDoc(payload, url), mimeType: 'application/pdf' } }),
    node('relationship', { relationTo: 'articles', value: { id: 3, title: payload } }),
    node('relationship', { relationTo: payload, value: { id: payload, title: payload } }),
    node('table', {}, [node('tablerow', {}, [node('tablecell', { headerState: 1, colSpan: payload }, [para(textNode(payload))])])]),
    node(payload, { text: payload }),
    node('code', {}, [textNode(payload)]),
    node('horizontalrule'),
  )
  return {
    id: 1,
    kicker: payload,
    title: payload,
    subtitle: payload,
    summary: payload,
    body,
    cover: mediaDoc(payload, url),
    credits: [{ role: 'text', name: payload }, { role: 'photo', user: { name: payload } }],
    column: { name: payload, slug: 'xss' },
    tags: [payload],
    source: payload,
    review: { approvals: [{ stage: '1', reviewerName: payload }] },
  }
}
