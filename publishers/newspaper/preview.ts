import sharp from 'sharp'

import type { Geometry } from './layout/geometry'

/**
 * PNG previews of each page for the planner, from Typst's SVG (pages stacked top to bottom) rasterised by
 * sharp — no Chromium, no poppler. `scale` is pixels per point (1 ≈ 72 dpi).
 */
export async function pagePreviews(svg: string, g: Geometry, pages: number, scale = 1): Promise<Buffer[]> {
  const image = sharp(Buffer.from(svg), { density: 72 * scale, limitInputPixels: false }).flatten({ background: '#ffffff' })
  const raster = await image.png().toBuffer()
  const { width = 0, height = 0 } = await sharp(raster).metadata()
  const pageHeight = Math.floor(height / pages)
  return Promise.all(
    Array.from({ length: pages }, (_, i) =>
      sharp(raster)
        .extract({ left: 0, top: i * pageHeight, width, height: Math.min(pageHeight, height - i * pageHeight) })
        .png({ compressionLevel: 6 })
        .toBuffer(),
    ),
  )
}

/** The page size in points, to check a preview (a page is g.pageWidth × g.pageHeight). */
export const pageAspect = (g: Geometry) => g.pageHeight / g.pageWidth
