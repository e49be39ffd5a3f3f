import { escapeHtml } from '../../website/render/escape'
import type { WechatArtifact } from '../render/artifact'
import { replacePlaceholders } from '../render/placeholders'

export type PreviewInput = {
  artifact: WechatArtifact
  /** Which article of the post (0 = 头条). */
  index?: number
  accountName: string
  /** Local URL of each body image, by media id: the placeholders show these instead of uploadimg URLs. */
  imageUrls: ReadonlyMap<string, string>
  /** Date line as WeChat shows it, e.g. 2026年11月30日 08:00. */
  dateText: string
}

/**
 * The preview page shown in the phone frame: WeChat's article chrome (title, author, account, date, 阅读原文)
 * around the rendered content, with the image placeholders pointing at local media. Pure.
 */
export function previewPage({ artifact, index = 0, accountName, imageUrls, dateText }: PreviewInput): string {
  const article = artifact.articles[index]
  if (!article) return '<!doctype html><meta charset="utf-8"><p>没有可预览的文章</p>'
  const content = replacePlaceholders(article.content, (id) => imageUrls.get(id) ?? null)
  const author = article.author ? `<span>${escapeHtml(article.author)}</span>` : ''
  const source = article.contentSourceUrl ? `<p class="wx-source">阅读原文</p>` : ''
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>
body{margin:0;background:#fff;font-family:-apple-system,BlinkMacSystemFont,"PingFang SC","Noto Sans SC","Microsoft YaHei",sans-serif;-webkit-text-size-adjust:100%}
.wx{padding:20px 16px 32px}
.wx h1{font-size:22px;line-height:1.4;margin:0 0 14px;font-weight:500;color:#1f1f1f}
.wx-meta{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px;display:flex;gap:8px;flex-wrap:wrap}
.wx-meta .wx-acct{color:#576b95}
.wx-source{margin-top:28px;font-size:14px;color:#576b95}
</style></head>
<body><article class="wx"><h1>${escapeHtml(article.title)}</h1>
<div class="wx-meta">${author}<span class="wx-acct">${escapeHtml(accountName)}</span><span>${escapeHtml(dateText)}</span></div>
${content}${source}</article></body></html>`
}
