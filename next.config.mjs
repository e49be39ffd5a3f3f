import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The public site's cache (pages, feeds: publishers/website/cache) lives in the web server's memory only. On
  // disk it would outlive the process: a restart would serve pages whose revalidation it missed, a fresh
  // database (rm -rf data/) would be shown the old one's articles, and test servers sharing .next each other's.
  experimental: { isrFlushToDisk: false },
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
    // The newspaper's layout engine: a native (N-API) Typst binary, and the serif faces read from disk.
    '@myriaddreamin/typst-ts-node-compiler',
    '@expo-google-fonts/noto-serif-sc',
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
