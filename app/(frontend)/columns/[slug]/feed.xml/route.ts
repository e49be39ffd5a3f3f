import { feedResponse } from '../../../_lib/feedResponse'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse('rss', decodeURIComponent((await params).slug))
}
