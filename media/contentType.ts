import { fileTypeFromBuffer } from 'file-type'

import { mimeEssence } from './mediaKinds'
import { isSrt, isWebVtt } from './subtitleFormat'

/**
 * Which detected types (from the bytes, by file-type's magic numbers) honestly match a claimed type.
 * Aliases cover containers that share a signature (an .m4a is an MP4 file) and old WAV names.
 */
const MATCHING_DETECTIONS: Record<string, string[]> = {
  'image/jpeg': ['image/jpeg'],
  'image/png': ['image/png', 'image/apng'],
  'image/webp': ['image/webp'],
  'image/gif': ['image/gif'],
  'video/mp4': ['video/mp4', 'video/x-m4v'],
  'video/webm': ['video/webm'],
  'audio/mpeg': ['audio/mpeg'],
  'audio/mp4': ['audio/mp4', 'audio/x-m4a', 'video/mp4'],
  'audio/wav': ['audio/wav', 'audio/x-wav', 'audio/vnd.wave'],
  'audio/x-wav': ['audio/wav', 'audio/x-wav', 'audio/vnd.wave'],
}

/** Text formats, checked by structure; a binary signature in them is a mismatch too. */
const TEXT_CHECKS: Record<string, (bytes: Uint8Array) => boolean> = {
  'text/vtt': isWebVtt,
  'application/x-subrip': isSrt,
}

export type ContentVerdict = { ok: true } | { ok: false; detected: string | null }

/**
 * Do the bytes match the claimed MIME type? SVG is left to media/svgSafety (it parses the XML), but a
 * binary signature claimed as SVG is caught here.
 */
export async function matchesClaimedType(bytes: Uint8Array, claimed: string): Promise<ContentVerdict> {
  const type = mimeEssence(claimed)
  const detected = (await fileTypeFromBuffer(bytes))?.mime ?? null
  const textCheck = TEXT_CHECKS[type]
  // file-type knows WebVTT's header; anything else it recognises in a subtitle is binary.
  if (textCheck) return (!detected || detected === type) && textCheck(bytes) ? { ok: true } : { ok: false, detected }
  if (type === 'image/svg+xml') return !detected || detected === 'application/xml' ? { ok: true } : { ok: false, detected }
  const accepted = MATCHING_DETECTIONS[type]
  return accepted && detected && accepted.includes(detected) ? { ok: true } : { ok: false, detected }
}
