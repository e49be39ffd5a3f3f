/**
 * Subtitles are text, so no magic number identifies them: they are recognised by their structure.
 * Only the start of the file is looked at; players handle the rest.
 */
const head = (bytes: Uint8Array, length = 4096) => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, length))

/** WebVTT: optional BOM, then "WEBVTT" followed by a space, tab, line break or the end of the file. */
export function isWebVtt(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false
  return /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(head(bytes, 64).toString('utf8'))
}

/**
 * SRT: the first cue is a number on its own line, then "hh:mm:ss,mmm --> hh:mm:ss,mmm". Read as
 * latin1 because many Chinese .srt files are GBK; the numbers and arrows are ASCII either way.
 */
export function isSrt(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false
  const text = head(bytes).toString('latin1').replace(/^\xEF\xBB\xBF/, '')
  return /^\s*\d+[ \t]*\r?\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]+-->[ \t]+\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/.test(text)
}
