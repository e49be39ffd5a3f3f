import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // One copy of Payload for the Next app, scripts and the worker: errors keep their field details
  // (see ../shared/design/stack-notes.md).
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-postgres',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
    '@payloadcms/translations',
    'sharp',
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
