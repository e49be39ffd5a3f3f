import type { BenchEntry } from '../harness'
import { approvalToLive } from './approvalToLive'
import { cachedArticlePage, cachedArticlePageThroughNginx } from './cachedPage'
import { sensitiveWordScan } from './checks'
import { postgresLocalApi, sqliteLocalApi } from './localApi'
import { radioProgramme } from './radioProgramme'
import { newspaperPdf } from './newspaper'
import { channelRenditions } from './renditions'
import { wechatRender } from './wechatRender'

/**
 * The explicit list of benchmarks, by id (`npm run bench <id-part>` runs a subset). Each loader returns an
 * entry, or null when what it needs is missing (e.g. no PostgreSQL): it says so itself.
 */
export const entries: { id: string; load: () => Promise<BenchEntry | null> }[] = [
  { id: 'renditions', load: channelRenditions },
  { id: 'checks-sensitive-words', load: sensitiveWordScan },
  { id: 'local-api-sqlite', load: sqliteLocalApi },
  { id: 'local-api-postgres', load: postgresLocalApi },
  { id: 'approval-to-live', load: approvalToLive },
  { id: 'cached-page', load: cachedArticlePage },
  { id: 'cached-page-nginx', load: cachedArticlePageThroughNginx },
  { id: 'newspaper-pdf', load: newspaperPdf },
  { id: 'radio-programme', load: radioProgramme },
  { id: 'wechat-render', load: wechatRender },
]
