import sharp from 'sharp'

import type { DemoCover } from './articles'

const escapeXml = (value: string) =>
  value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)

/**
 * A pleasant placeholder cover: a diagonal gradient, soft circles and a Latin caption, rendered by sharp
 * from SVG. Latin only because a fresh machine may have no CJK font, and tofu boxes would look broken.
 */
export async function placeholderImage(cover: Pick<DemoCover, 'colors' | 'motif'>, width = 1200, height = 675): Promise<Buffer> {
  const [from, to] = cover.colors
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/>
      <stop offset="1" stop-color="${to}"/>
    </linearGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#bg)"/>
  <circle cx="${width * 0.82}" cy="${height * 0.22}" r="${height * 0.42}" fill="#ffffff" fill-opacity="0.12"/>
  <circle cx="${width * 0.12}" cy="${height * 0.95}" r="${height * 0.36}" fill="#ffffff" fill-opacity="0.10"/>
  <circle cx="${width * 0.62}" cy="${height * 0.78}" r="${height * 0.12}" fill="#ffffff" fill-opacity="0.16"/>
  <rect x="${width * 0.06}" y="${height * 0.58}" width="${width * 0.08}" height="6" fill="#ffffff" fill-opacity="0.9"/>
  <text x="${width * 0.06}" y="${height * 0.52}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"
    font-size="${Math.round(height * 0.1)}" font-weight="bold" fill="#ffffff" letter-spacing="2">${escapeXml(cover.motif)}</text>
  <text x="${width * 0.06}" y="${height * 0.68}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"
    font-size="${Math.round(height * 0.04)}" fill="#ffffff" fill-opacity="0.85" letter-spacing="6">RONGMEI · DEMO</text>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
