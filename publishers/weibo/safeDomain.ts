/** Whether a URL's host is the safe domain (安全域名) or one of its subdomains — Weibo's rule and ours. */
export function onSafeDomain(url: string, domain: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase()
    const safe = domain.toLowerCase()
    return host === safe || host.endsWith(`.${safe}`)
  } catch {
    return false
  }
}
