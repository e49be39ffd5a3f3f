import type { SandboxStore, StoredComment, StoredStatus } from './store'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: number) => String(n).padStart(2, '0')

/** Weibo's created_at, in Beijing time: "Wed Oct 24 23:49:17 +0800 2012". */
export function weiboDate(ms: number): string {
  const d = new Date(ms + 8 * 3600 * 1000)
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${time} +0800 ${d.getUTCFullYear()}`
}

/** A status as the API returns it: `id` a bare int64 (bigint, serialised unquoted), `idstr`/`mid` strings. */
export function statusJson(store: SandboxStore, status: StoredStatus, base: string) {
  const idstr = String(status.id)
  const pics = status.picture
    ? { thumbnail_pic: `${base}/pics/${idstr}?size=thumbnail`, bmiddle_pic: `${base}/pics/${idstr}?size=bmiddle`, original_pic: `${base}/pics/${idstr}` }
    : {}
  return {
    created_at: weiboDate(status.createdAt),
    id: status.id,
    idstr,
    mid: idstr,
    text: status.text,
    source: '<a href="https://open.weibo.com" rel="nofollow">融媒 Rongmei</a>',
    favorited: false,
    truncated: false,
    ...pics,
    user: { id: BigInt(status.uid), idstr: status.uid, screen_name: status.screenName },
    reposts_count: 0,
    comments_count: store.comments.filter((comment) => comment.statusId === status.id).length,
    attitudes_count: 0,
    visible: { type: 0, list_id: 0 },
  }
}

export function commentJson(store: SandboxStore, comment: StoredComment, base: string) {
  const status = store.statuses.find((s) => s.id === comment.statusId)!
  const idstr = String(comment.id)
  return {
    created_at: weiboDate(comment.createdAt),
    id: comment.id,
    idstr,
    mid: idstr,
    text: comment.text,
    source: '<a href="https://weibo.com" rel="nofollow">微博 weibo.com</a>',
    user: { id: BigInt(comment.uid), idstr: comment.uid, screen_name: comment.screenName },
    status: statusJson(store, status, base),
  }
}
