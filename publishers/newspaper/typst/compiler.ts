import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler'

import { fontBlobs } from './fonts'

/** The virtual folder the data files and photos are mapped into (nothing is written to disk). */
export const WORKSPACE = '/rongmei-newspaper'

let compiler: NodeCompiler | null = null

/**
 * One long-lived Typst compiler per process: the fonts are parsed once and Typst's caches make a re-layout
 * after an edit cheap. Compiles are synchronous native calls, so two layouts never interleave in a process.
 */
export function typstCompiler(): NodeCompiler {
  compiler ??= NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs: fontBlobs() }] })
  return compiler
}

export class TypstError extends Error {
  constructor(readonly diagnostics: unknown[]) {
    super(`排版引擎（Typst）编译失败：${diagnostics.map((d) => (d as { message?: string }).message ?? String(d)).join('；')}`)
    this.name = 'TypstError'
  }
}

export type TypstDocument = {
  pages: number
  query<T = unknown>(selector: string): T[]
  pdf(): Buffer
  svg(): string
}

/**
 * Compiles `main` with `files` (virtual path → bytes) mapped in and hands the document to `use` while they are
 * mapped (Typst reads images lazily), then unmaps them so photos do not pile up in a long-lived process.
 */
export function withTypst<T>(main: string, files: Record<string, Buffer>, use: (doc: TypstDocument) => T): T {
  const typst = typstCompiler()
  const paths = Object.keys(files)
  for (const path of paths) typst.mapShadow(`${WORKSPACE}${path}`, files[path])
  try {
    const result = typst.compile({ mainFileContent: main })
    const doc = result.result
    if (!doc || result.hasError()) {
      const error = result.takeDiagnostics() ?? result.takeError()
      throw new TypstError(error?.shortDiagnostics ?? ['未知错误'])
    }
    return use({
      pages: doc.numOfPages,
      query: <Q>(selector: string) => typst.query(doc, { selector }) as Q[],
      pdf: () => typst.pdf(doc, { creationTimestamp: 0 }),
      svg: () => typst.svg(doc),
    })
  } finally {
    for (const path of paths) typst.unmapShadow(`${WORKSPACE}${path}`)
    // Typst memoises across compiles (what makes a re-layout cheap); results unused for 10 compiles are
    // dropped so a long-lived process does not grow without bound.
    typst.evictCache(10)
  }
}
