import { articleScript, type ScriptOptions } from './render/articleScript'
import type { Script } from './render/types'

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })

/**
 * The 播音稿 of a content item: an article's body, or a video's transcript (its description when it has
 * none), each paragraph of the transcript one paragraph of script. Pure.
 */
export function itemScript(item: Record<string, unknown> & { collection?: string }, options: ScriptOptions = {}): Script {
  const transcript = typeof item.transcript === 'string' ? item.transcript.trim() : ''
  const body =
    item.collection === 'videos' && transcript
      ? { root: { children: transcript.split(/\n+/).filter((line) => line.trim()).map(paragraph) } }
      : item.body
  return articleScript({ title: item.title, kicker: item.kicker, subtitle: item.subtitle, body }, options)
}
