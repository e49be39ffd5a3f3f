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
    // The review record PDF: pdfkit reads its font metrics from its own folder at run time, which a bundle breaks.
    'pdfkit',
    'fontkit',
    // Its .ttf files are read from disk (workflow/reviewRecord/fonts.ts), never bundled.
    '@expo-google-fonts/noto-sans-sc',
    // Review notices by mail (payload.config.ts email adapter).
    'nodemailer',
    // Report exports (reports/xlsx.ts): a large CommonJS package, loaded by Node rather than bundled.
    'exceljs',
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
