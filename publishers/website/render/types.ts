/** A node of serialized Lexical JSON as Payload stores it; converters read the fields they know. */
export type LexicalNode = {
  type?: string
  children?: LexicalNode[]
  [key: string]: unknown
}

/** A media document (or the fields of it the site uses). */
export type MediaDoc = {
  id?: number | string
  url?: string | null
  alt?: string | null
  caption?: string | null
  credit?: string | null
  mimeType?: string | null
  filename?: string | null
  width?: number | null
  height?: number | null
  renditions?: { card?: { url?: string | null; width?: number; height?: number } | null; [name: string]: unknown } | null
}

export type RenderOptions = {
  /** Public path of a related document (internal links, relationship nodes); null when it has no page. */
  docHref: (relationTo: string, value: unknown) => string | null
  /** The visible title of a related document, when it was populated. */
  docTitle: (value: unknown) => string | null
}

export type ConvertArgs<N extends LexicalNode = LexicalNode> = {
  node: N
  /** The node's children, converted. */
  children: () => string
  options: RenderOptions
  /** Index among the parent's children; the parent node, for converters that care (list items, table cells). */
  index: number
  parent: LexicalNode | null
}

/** One node type → HTML. It must escape every text it emits and sanitise every URL. */
export type NodeConverter<N extends LexicalNode = LexicalNode> = (args: ConvertArgs<N>) => string

export type Converters = Record<string, NodeConverter>
