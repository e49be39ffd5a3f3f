import path from 'node:path'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type DatabaseAdapterObj } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { databaseAdapter } from './db/adapter'
import { sqliteLockWait } from './db/sqliteLockWait'
import { RadioProgrammes } from './publishers/radio/programmesCollection'
import { adminNavLinks, adminViews } from './admin/views'
import { publisherPlugin, type PublisherPluginOptions } from './publishers/core/plugin'
import { reportsEndpoint } from './reports/endpoint'
import { NewspaperIssues } from './publishers/newspaper/issuesCollection'
import { smtpEmailAdapter } from './email/smtpAdapter'
import { siteCachePlugin } from './publishers/website/cache/plugin'
import { wechatBundlesPlugin } from './publishers/wechat/bundles/plugin'

const root = process.cwd()

/**
 * A known fallback secret would let anyone forge sessions, so a production server refuses to start
 * without PAYLOAD_SECRET (`npm start` makes one for the demo). Builds and tests may use the fallback.
 */
function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  if (process.env.NODE_ENV === 'production' && !building) {
    throw new Error('生产环境必须设置 PAYLOAD_SECRET（PAYLOAD_SECRET is required in production).')
  }
  return 'rongmei-development-only-secret'
}

/**
 * The whole app's config; the database is a parameter so a benchmark can open two at once, the publisher
 * options so a test can bring its own channels.
 */
export const createConfig = (db: DatabaseAdapterObj = databaseAdapter(), publisher: PublisherPluginOptions = {}) =>
  buildConfig({
    serverURL: process.env.SERVER_URL || undefined,
    secret: payloadSecret(),
    admin: {
      user: 'users',
      avatar: 'default',
      dateFormat: 'yyyy-MM-dd HH:mm',
      meta: { titleSuffix: ' — 融媒' },
      importMap: { baseDir: root },
      components: {
        beforeDashboard: ['/admin/Welcome', '/admin/dashboard/ReviewQueues', '/admin/dashboard/AdminOverview'],
        afterNavLinks: adminNavLinks,
        views: adminViews,
      },
    },
    // Chinese is the default for everyone, whatever the browser asks for; English stays available.
    i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
    // GET /api/reports (reports/endpoint.ts): the reports view's data and its CSV/XLSX exports.
    endpoints: [reportsEndpoint],
    collections: [...collections, NewspaperIssues, RadioProgrammes],
    editor: lexicalEditor(),
    // Review notices by mail when SMTP_URL / SMTP_HOST is set; otherwise Payload's console adapter.
    email: smtpEmailAdapter(),
    db,
    sharp,
    typescript: { outputFile: path.resolve(root, 'payload-types.ts') },
    graphQL: { schemaOutputFile: path.resolve(root, 'schema.graphql') },
    upload: { limits: { fileSize: 250 * 1024 * 1024 } },
    plugins: [publisherPlugin(publisher), wechatBundlesPlugin(), siteCachePlugin()],
    telemetry: false,
    // The web server and the worker share one SQLite file: wait for each other's write lock.
    onInit: sqliteLockWait,
  })

export default createConfig()
