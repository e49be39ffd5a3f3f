import { weiboLength } from '../../../workflow/checks/weiboLength'
import { onSafeDomain } from '../safeDomain'
import type { SandboxOptions } from './options'
import type { SandboxStore } from './store'

/** A refusal: Weibo's error code and its (English) error text, as the platform words it. */
export type Refusal = { code: number; error: string }

const URLS = /https?:\/\/[!-~]+/g
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/

export const isIpv4 = (value: string) => IPV4.test(value)

/** JPEG, PNG or GIF by their first bytes (the file name and declared type are not trusted). */
export function pictureType(data: Uint8Array): string | null {
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg'
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'image/png'
  if (data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46 && data[3] === 0x38) return 'image/gif'
  return null
}

/** share.json's rules for the text (in Weibo's order of checking, as far as known). */
export function checkShareText(options: SandboxOptions, status: string | undefined, rip: string | undefined): Refusal | null {
  if (status === undefined) return { code: 10016, error: 'miss required parameter (status), see doc for more info.' }
  if (!status.trim()) return { code: 20008, error: 'content is null!' }
  if (rip === undefined || rip === '') return { code: 10016, error: 'miss required parameter (rip), see doc for more info.' }
  if (!isIpv4(rip)) return { code: 10017, error: 'parameter (rip)\'s value invalid, expect (ip), but get (' + rip + '), see doc for more info.' }
  if (weiboLength(status, options.counting) > options.limits.maxLength) {
    return { code: 20012, error: `Text too long, please input text less than ${options.limits.maxLength} characters!` }
  }
  if (/#[^#\s]+#/.test(status)) return { code: 10017, error: 'parameter (status)\'s value invalid, topic is not allowed!' }
  if (!options.safeDomain) return { code: 10017, error: 'appkey not bind domain!' }
  const urls = status.match(URLS) ?? []
  if (!urls.some((url) => onSafeDomain(url, options.safeDomain!))) return { code: 10017, error: 'text not find domain!' }
  return null
}

export function checkPicture(options: SandboxOptions, data: Uint8Array): Refusal | null {
  if (!pictureType(data)) return { code: 20005, error: 'Unsupported image type, only suport JPG, GIF, PNG!' }
  if (data.byteLength >= options.limits.maxPictureBytes) return { code: 20006, error: 'Image size too large.' }
  return null
}

/** 20019 when the user posted the same text lately (within the window, or as the latest status). */
export function checkDuplicate(options: SandboxOptions, store: SandboxStore, uid: string, status: string): Refusal | null {
  const mine = store.liveStatusesOf(uid)
  const since = store.now() - options.limits.duplicateWindowMs
  const candidates = options.limits.duplicateMode === 'last' ? mine.slice(-1) : mine.filter((s) => s.createdAt >= since)
  return candidates.some((s) => s.submitted === status) ? { code: 20019, error: 'repeated weibo text!' } : null
}

export const shortenLinks = (store: SandboxStore, text: string) => text.replace(URLS, (url) => store.shorten(url))
