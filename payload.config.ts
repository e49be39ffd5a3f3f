import path from 'node:path'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { databaseAdapter } from './db/adapter'

const root = process.cwd()

export default buildConfig({
  serverURL: process.env.SERVER_URL || undefined,
  secret: process.env.PAYLOAD_SECRET || 'rongmei-dev-secret-change-me-in-production',
  admin: {
    user: 'users',
    avatar: 'default',
    dateFormat: 'yyyy-MM-dd HH:mm',
    meta: { titleSuffix: ' — 融媒' },
    importMap: { baseDir: root },
  },
  // Chinese is the default for everyone, whatever the browser asks for; English stays available.
  i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
  collections,
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  typescript: { outputFile: path.resolve(root, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(root, 'schema.graphql') },
  upload: { limits: { fileSize: 250 * 1024 * 1024 } },
  telemetry: false,
})
