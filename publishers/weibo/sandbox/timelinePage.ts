import type { SandboxStore } from './store'

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const beijing = (ms: number) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(ms))

/** Links in the text as clickable links (the submitted text keeps the original long URLs). */
const linkify = (text: string) =>
  escape(text).replace(/https?:\/\/[!-~]+?(?=$|\s|&lt;|&quot;)/g, (url) => `<a href="${url}" target="_blank" rel="noopener">${url}</a>`)

/** The sandbox's root page, in Chinese: what was posted (text, picture, time), newest first. */
export function timelinePage(store: SandboxStore, safeDomain: string | null): string {
  const rows = [...store.statuses]
    .reverse()
    .map((s) => {
      const comments = store.comments.filter((c) => c.statusId === s.id).length
      return `<article id="s${s.id}" class="post${s.deletedAt ? ' deleted' : ''}">
  <header><strong>${escape(s.screenName)}</strong><time>${beijing(s.createdAt)}</time>${s.deletedAt ? '<span class="tag">已删除</span>' : ''}</header>
  <p>${linkify(s.submitted)}</p>
  ${s.picture ? `<img src="pics/${s.id}" alt="配图" loading="lazy">` : ''}
  <footer>idstr ${s.id} · 评论 ${comments}</footer>
</article>`
    })
    .join('\n')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>微博沙箱 · 时间线</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,"PingFang SC","Noto Sans SC",sans-serif;background:#f2f2f5;margin:0;color:#333}
main{max-width:640px;margin:0 auto;padding:16px}
h1{font-size:20px;color:#e6162d} .meta{color:#888;font-size:13px}
.post{background:#fff;border-radius:8px;padding:12px 16px;margin:12px 0;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.post header{display:flex;gap:12px;align-items:baseline} .post time{color:#999;font-size:12px}
.post p{white-space:pre-wrap;line-height:1.6} .post img{max-width:100%;border-radius:4px}
.post footer{color:#aaa;font-size:12px} .deleted{opacity:.5} .tag{color:#e6162d;font-size:12px}
</style></head>
<body><main>
<h1>微博沙箱 · 时间线</h1>
<p class="meta">本页显示发到沙箱的全部微博（最新在前），共 ${store.statuses.length} 条。安全域名：${escape(safeDomain ?? '（未绑定）')}。这不是真实的微博。</p>
${rows || '<p class="meta">还没有发布任何微博。稿件终审通过并投递到微博账号后，会出现在这里。</p>'}
</main></body></html>`
}
